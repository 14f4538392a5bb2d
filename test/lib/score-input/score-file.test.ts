import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, checkFileBeforeReading, decodeFileText, looksBinary } from '../../../src/lib/score-input/score-file.ts';

describe('checkFileBeforeReading', () => {
  it('lets CSV, TSV and text files through', () => {
    expect(checkFileBeforeReading({ name: 'answers.csv', size: 10, type: '' })).toBeNull();
    expect(checkFileBeforeReading({ name: 'ANSWERS.TXT', size: 10, type: '' })).toBeNull();
    expect(checkFileBeforeReading({ name: 'export', size: 10, type: 'text/plain' })).toBeNull();
    expect(checkFileBeforeReading({ name: 'noending', size: 10, type: '' })).toBeNull();
    expect(checkFileBeforeReading({ name: 'noending', size: 10, type: 'application/octet-stream' })).toBeNull();
    expect(checkFileBeforeReading({ name: 'blob.bin', size: 10, type: 'application/octet-stream' })).toEqual({ kind: 'not-text', type: 'application/octet-stream' });
    expect(checkFileBeforeReading({ name: 'big.csv', size: MAX_FILE_BYTES, type: 'text/csv' })).toBeNull();
  });

  it('refuses a file over the size limit, saying how big', () => {
    expect(MAX_FILE_BYTES).toBe(104_857_600);
    expect(checkFileBeforeReading({ name: 'huge.csv', size: MAX_FILE_BYTES + 1, type: 'text/csv' })).toEqual({ kind: 'too-large', bytes: MAX_FILE_BYTES + 1, max: MAX_FILE_BYTES });
  });

  it('says a 0-byte file is empty instead of reading it as no answers', () => {
    expect(checkFileBeforeReading({ name: 'answers.csv', size: 0, type: 'text/csv' })).toEqual({ kind: 'empty' });
    // What it is comes first: an empty spreadsheet still needs exporting.
    expect(checkFileBeforeReading({ name: 'Survey.xlsx', size: 0, type: '' })).toEqual({ kind: 'spreadsheet', ending: 'xlsx' });
  });

  it('sends spreadsheets to “export as CSV” and refuses other files', () => {
    expect(checkFileBeforeReading({ name: 'Survey.XLSX', size: 10, type: 'application/vnd.ms-excel' })).toEqual({ kind: 'spreadsheet', ending: 'xlsx' });
    expect(checkFileBeforeReading({ name: 'photo.png', size: 10, type: 'image/png' })).toEqual({ kind: 'not-text', type: 'image/png' });
    expect(checkFileBeforeReading({ name: 'run.exe', size: 10, type: '' })).toEqual({ kind: 'not-text', type: 'exe' });
  });
});

describe('looksBinary', () => {
  it('refuses text with a NUL in its first 4,096 characters only', () => {
    expect(looksBinary('PK\u0000\u0003')).toBe(true);
    expect(looksBinary('9\n10\n')).toBe(false);
    expect(looksBinary('')).toBe(false);
    expect(looksBinary(`${'9'.repeat(4095)}\u0000`)).toBe(true);
    expect(looksBinary(`${'9'.repeat(4096)}\u0000`)).toBe(false);
  });
});

describe('decodeFileText', () => {
  // Byte values from the encodings' code charts: UTF-8 é is C3 A9, Windows-1252 è is E8, ó is F3.
  const ascii = (text: string) => [...text].map((character) => character.charCodeAt(0));

  it('reads UTF-8 and drops its byte-order mark', () => {
    expect(decodeFileText(new Uint8Array([0xef, 0xbb, 0xbf, 0x37, 0x0a, 0xc3, 0xa9]))).toBe('7\né');
    expect(decodeFileText(new Uint8Array([]))).toBe('');
  });

  it('reads UTF-16 by its byte-order mark, little- and big-endian', () => {
    expect(decodeFileText(new Uint8Array([0xff, 0xfe, ...ascii('9\n10').flatMap((code) => [code, 0])]))).toBe('9\n10');
    expect(decodeFileText(new Uint8Array([0xfe, 0xff, ...ascii('9\n10').flatMap((code) => [0, code])]))).toBe('9\n10');
  });

  it('falls back to Windows-1252 when the bytes are not valid UTF-8', () => {
    expect(decodeFileText(new Uint8Array([0x54, 0x72, 0xe8, 0x73]))).toBe('Très');
    expect(decodeFileText(new Uint8Array([...ascii('Satisfacci'), 0xf3, 0x6e]))).toBe('Satisfacción');
  });

  // Large UTF-8 is decoded 64 KiB (65,536 bytes) at a time: characters split across a piece boundary stay whole.
  it('keeps a character split between two 64 KiB pieces whole, and a byte-order mark only at the start is dropped', () => {
    // 65,535 ASCII bytes, then 👍 (F0 9F 91 8D, U+1F44D) across the boundary, then é (C3 A9) as byte 65,540.
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new Array<number>(65_532).fill(0x39), 0xf0, 0x9f, 0x91, 0x8d, 0xc3, 0xa9, 0x0a]);
    expect(decodeFileText(bytes)).toBe(`${'9'.repeat(65_532)}\u{1F44D}é\n`);
  });

  it('falls back to Windows-1252 for the whole file when a later 64 KiB piece, or the end, is not UTF-8', () => {
    // "é" as valid UTF-8 in the first piece, then a lone E8 (Windows-1252 è) in the third: the whole file is 1252,
    // so the first é reads as its two 1252 characters C3 → Ã, A9 → ©.
    const later = new Uint8Array([0xc3, 0xa9, ...new Array<number>(140_000).fill(0x37), 0xe8]);
    expect(decodeFileText(later)).toBe(`Ã©${'7'.repeat(140_000)}è`);
    // A two-byte character cut off by the end of the file: not UTF-8 either (C3 alone is Windows-1252 Ã).
    const cut = new Uint8Array([...new Array<number>(70_000).fill(0x38), 0xc3]);
    expect(decodeFileText(cut)).toBe(`${'8'.repeat(70_000)}Ã`);
  });

  it('reads a UTF-8 file with a line saved in Windows-1252 line by line, each line in its own encoding', () => {
    // "Café,9" in UTF-8 (é = C3 A9) on two lines, then "Café,10" in Windows-1252 (é = E9), then "Thé,8" in UTF-8.
    const utf8Line = [...ascii('Caf'), 0xc3, 0xa9, ...ascii(',9\r\n')];
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...ascii('Plan,NPS\n'), ...utf8Line, ...utf8Line, ...ascii('Caf'), 0xe9, ...ascii(',10\n'), ...ascii('Th'), 0xc3, 0xa9, ...ascii(',8')]);
    expect(decodeFileText(bytes)).toBe('Plan,NPS\nCafé,9\r\nCafé,9\r\nCafé,10\nThé,8');
    // No line shows UTF-8: the whole file is Windows-1252, as before (C3 A9 in a 1252 file is "Ã©").
    expect(decodeFileText(new Uint8Array([...ascii('Caf'), 0xe9, 0x0a, 0xc3, 0xa9, 0xe8]))).toBe('Café\nÃ©è');
  });
});
