/**
 * Whether a dropped or chosen file can be read as answers, and its bytes as text. Pure; the store reads the
 * file (FileReader) and calls these.
 */

/** Largest file read (bytes). A million answers is about 3 MB. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;
/** File name endings read as text. */
const TEXT_FILE_ENDINGS = ['csv', 'tsv', 'tab', 'txt', 'text', 'dat'] as const;
/** Spreadsheet files people often try first: told to export as CSV. */
const SPREADSHEET_ENDINGS = ['xlsx', 'xlsm', 'xls', 'ods', 'numbers'] as const;
/** How much of a file's text is searched for a NUL character. */
const BINARY_SNIFF_CHARACTERS = 4096;

/** Why a file was not read. */
export type FileProblem =
  | { readonly kind: 'too-large'; readonly bytes: number; readonly max: number }
  /** 0 bytes: nothing to read (an export saved before it finished, or a new empty file). */
  | { readonly kind: 'empty' }
  | { readonly kind: 'spreadsheet'; readonly ending: string }
  | { readonly kind: 'not-text'; readonly type: string }
  | { readonly kind: 'binary' }
  | { readonly kind: 'unreadable'; readonly message: string };

/** The lower-case ending of a file name ("csv"), or '' without one. */
function getFileEnding(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/**
 * Why a file cannot be read as text, before reading it; null when it can be tried.
 *
 * @param file the dropped or chosen file
 * @returns the problem, or null
 * @example checkFileBeforeReading({ name: 'Survey.xlsx', size: 10, type: '' }) // { kind: 'spreadsheet', ending: 'xlsx' }
 */
export function checkFileBeforeReading(file: Pick<File, 'name' | 'size' | 'type'>): FileProblem | null {
  const ending = getFileEnding(file.name);
  if (SPREADSHEET_ENDINGS.some((known) => known === ending)) return { kind: 'spreadsheet', ending };
  // A file with no ending gets no type, or application/octet-stream from some systems: try it (the bytes are
  // checked for binary content once read).
  const isUntyped = file.type === '' || file.type === 'application/octet-stream';
  const isText = TEXT_FILE_ENDINGS.some((known) => known === ending) || file.type.startsWith('text/') || (ending === '' && isUntyped);
  if (!isText) return { kind: 'not-text', type: file.type === '' ? ending : file.type };
  if (file.size > MAX_FILE_BYTES) return { kind: 'too-large', bytes: file.size, max: MAX_FILE_BYTES };
  if (file.size === 0) return { kind: 'empty' };
  return null;
}

/**
 * Whether a file's text is really binary content with a text-like name: a NUL character never occurs in
 * CSV or text, so one in the first 4,096 characters gives it away.
 *
 * @param text the file's decoded text
 * @returns true when the file should be refused as binary
 * @example looksBinary('PK\u0000\u0003') // true
 */
export function looksBinary(text: string): boolean {
  return text.slice(0, BINARY_SNIFF_CHARACTERS).includes('\u0000');
}

/**
 * A file's bytes as text. UTF-8 (a byte-order mark removed) when the bytes are valid UTF-8; UTF-16 when a
 * UTF-16 byte-order mark says so; otherwise Windows-1252, the encoding Excel on Windows uses for "CSV" (not
 * "CSV UTF-8"), so "Satisfacción" stays readable instead of turning into "Satisfacci�n". A UTF-8 file with a few
 * lines saved in Windows-1252 (rows added in another program) is read line by line, each in its own encoding,
 * so one such line does not turn every "Café" of the file into "CafÃ©".
 *
 * @param bytes the file's content
 * @returns the text
 * @example decodeFileText(new Uint8Array([0x54, 0x72, 0xe8, 0x73])) // 'Très'
 */
export function decodeFileText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return decodeUtf8InChunks(bytes);
  } catch {
    return decodeMixedLines(bytes) ?? new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * Bytes that are not all UTF-8, line by line: a line with characters beyond ASCII that is valid UTF-8 stays
 * UTF-8, any other line is Windows-1252. Null when no line shows UTF-8 (the whole file is Windows-1252). O(length).
 */
function decodeMixedLines(bytes: Uint8Array): string | null {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const windows1252 = new TextDecoder('windows-1252');
  const parts: string[] = [];
  let sawUtf8 = false;
  let start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (start < bytes.length) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline === -1 ? bytes.length : newline + 1;
    const line = bytes.subarray(start, end);
    if (line.some((byte) => byte >= 0x80)) {
      try {
        parts.push(utf8.decode(line));
        sawUtf8 = true;
      } catch {
        parts.push(windows1252.decode(line));
      }
    } else parts.push(windows1252.decode(line));
    start = end;
  }
  return sawUtf8 ? parts.join('') : null;
}

/** Bytes decoded per call by `decodeUtf8InChunks`. */
const UTF8_CHUNK_BYTES = 64 * 1024;

/**
 * Strict UTF-8 decoding (throws on invalid bytes; a byte-order mark removed), 64 KiB at a time. Same text as one
 * `decode` call, faster in Chromium: a 50 MB export with a few accented letters and emoji took it 1.5–2.2 s in one
 * call (it becomes one 16-bit string) and 0.5 s in 64 KiB pieces joined by `+` (measured in a Chromium 156 worker on
 * the export of `npm run bench:export`). A streaming decoder keeps a character split between pieces whole.
 */
function decodeUtf8InChunks(bytes: Uint8Array): string {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  if (bytes.length <= UTF8_CHUNK_BYTES) return decoder.decode(bytes);
  let text = '';
  for (let start = 0; start < bytes.length; start += UTF8_CHUNK_BYTES) {
    const end = start + UTF8_CHUNK_BYTES;
    text += decoder.decode(bytes.subarray(start, end), { stream: end < bytes.length });
  }
  return text;
}
