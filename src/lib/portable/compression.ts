/**
 * DEFLATE through the browser's own CompressionStream (no library shipped), with a hard limit on what
 * decompression may produce. The input is fed in small slices and output is read as it comes, so a crafted
 * code that expands to gigabytes stops at the limit plus one slice's worth of output (DEFLATE expands at most
 * about 1,032 times, so 1 KiB of input yields at most about 1 MiB), instead of being inflated whole first.
 */

/** `deflate` is zlib (RFC 1950, with an Adler-32 check); `deflate-raw` is bare DEFLATE (RFC 1951). */
export type DeflateFormat = 'deflate' | 'deflate-raw';

/** Compressed bytes handed to the decompressor at a time: bounds the output produced before the limit is checked. */
const INPUT_SLICE_BYTES = 1024;

/** Whether this browser can compress and decompress (every current browser; not some old ones). */
export function canCompress(): boolean {
  return typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';
}

/**
 * Compress bytes.
 *
 * @param bytes the bytes
 * @param format zlib or raw DEFLATE
 * @returns the compressed bytes
 * @example await compress(new TextEncoder().encode('aaaaaaaaaa'), 'deflate-raw') // a few bytes
 * @see https://www.rfc-editor.org/rfc/rfc1951
 */
export async function compress(bytes: Uint8Array, format: DeflateFormat): Promise<Uint8Array<ArrayBuffer>> {
  const result = await pump(bytes, new CompressionStream(format), Number.POSITIVE_INFINITY, Math.max(bytes.length, 1));
  if (result === 'too-large') throw new Error(`compress cannot exceed an infinite limit (${format})`);
  return result;
}

/**
 * Decompress bytes, stopping as soon as the output passes `maxBytes`. Never throws.
 *
 * @param bytes compressed bytes
 * @param format zlib or raw DEFLATE
 * @param maxBytes the largest output accepted
 * @returns the bytes; `'too-large'` past the limit; null when they are not valid compressed data
 * @example await decompress(await compress(bytes, 'deflate'), 'deflate', 1e6) // bytes
 * @see https://www.rfc-editor.org/rfc/rfc1950
 */
export async function decompress(bytes: Uint8Array, format: DeflateFormat, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | 'too-large' | null> {
  try {
    return await pump(bytes, new DecompressionStream(format), maxBytes, INPUT_SLICE_BYTES);
  } catch {
    // Not valid compressed data (or cut short): the caller reports the code as damaged.
    return null;
  }
}

async function pump(
  input: Uint8Array,
  stream: CompressionStream | DecompressionStream,
  maxBytes: number,
  sliceBytes: number,
): Promise<Uint8Array<ArrayBuffer> | 'too-large'> {
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  // Each write waits until the stream has taken the slice, and the stream takes the next only when its output
  // is read (backpressure), so at most one slice is being expanded beyond what the loop below has counted.
  const feeding = (async () => {
    for (let start = 0; start < input.length; start += sliceBytes) await writer.write(input.slice(start, start + sliceBytes));
    await writer.close();
  })();
  // Errors surface on the reading side too; this promise must not be left unhandled.
  feeding.catch(() => undefined);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      await writer.abort().catch(() => undefined);
      return 'too-large';
    }
    chunks.push(value);
  }
  await feeding;
  const output = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    output.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return output;
}
