/**
 * Raw DEFLATE (RFC 1951) through the browser's own CompressionStream: no library shipped. Share links of a
 * map compress to about a third of their JSON.
 */

/** Whether this browser can compress and decompress (every current browser; not some old ones). */
export function canDeflate(): boolean {
  return typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';
}

/**
 * Compress bytes with raw DEFLATE.
 *
 * @param bytes the bytes
 * @returns the compressed bytes
 * @example await deflateRaw(new TextEncoder().encode('aaaaaaaaaa')) // a few bytes
 * @see https://www.rfc-editor.org/rfc/rfc1951
 */
export async function deflateRaw(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const result = await pipe(bytes, new CompressionStream('deflate-raw'), Number.POSITIVE_INFINITY);
  if (result === null) throw new Error('deflateRaw failed to compress');
  return result;
}

/**
 * Decompress raw DEFLATE, stopping as soon as the output passes `maxBytes` (a crafted link cannot fill
 * the memory). Never throws.
 *
 * @param bytes compressed bytes
 * @param maxBytes the largest output accepted
 * @returns the bytes, or null when they are not valid DEFLATE or too large
 * @example await inflateRaw(await deflateRaw(bytes), 1e6) // bytes
 * @see https://www.rfc-editor.org/rfc/rfc1951
 */
export async function inflateRaw(bytes: Uint8Array<ArrayBuffer>, maxBytes: number): Promise<Uint8Array | null> {
  try {
    return await pipe(bytes, new DecompressionStream('deflate-raw'), maxBytes);
  } catch {
    // Not valid DEFLATE data: the caller reports the code as unreadable.
    return null;
  }
}

async function pipe(bytes: Uint8Array<ArrayBuffer>, stream: CompressionStream | DecompressionStream, maxBytes: number): Promise<Uint8Array | null> {
  const writer = stream.writable.getWriter();
  // Errors surface on the reading side; these promises must not be left unhandled.
  writer.write(bytes).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const output = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    output.set(chunk, offset);
    offset += chunk.length;
  }
  return output;
}
