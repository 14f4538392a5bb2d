import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countLines } from '../../../src/lib/metrics/analyse-paste.ts';
import { measureUtf8 } from '../../../src/lib/metrics/measure-utf8.ts';

/** The rule one byte at a time, as measureUtf8 was written before it read words: the reference. */
function measureByteByByte(bytes: Uint8Array): { characters: number; lines: number } {
  let characters = 0;
  let lines = bytes.length === 0 ? 0 : 1;
  for (let index = 0; index < bytes.length; index += 1) {
    const byte = bytes[index] as number;
    if ((byte & 0xc0) !== 0x80) characters += byte >= 0xf0 ? 2 : 1;
    if (byte === 13 || (byte === 10 && bytes[index - 1] !== 13)) lines += 1;
  }
  const last = bytes[bytes.length - 1];
  if (last === 10 || last === 13) lines -= 1;
  return { characters, lines };
}

const encode = (text: string) => new TextEncoder().encode(text);

describe('measureUtf8', () => {
  it('counts characters as UTF-16 code units and lines as countLines does', () => {
    expect(measureUtf8(encode('a,é\r\n😀\n'))).toEqual({ characters: 8, lines: 2 });
    expect(measureUtf8(encode(''))).toEqual({ characters: 0, lines: 0 });
    expect(measureUtf8(encode('\r\n'))).toEqual({ characters: 2, lines: 1 });
    expect(measureUtf8(encode('\n\r'))).toEqual({ characters: 2, lines: 2 });
    expect(measureUtf8(encode('\ufeffid,NPS\r\n1,9\r\n2,10'))).toEqual({ characters: 18, lines: 3 });
  });

  it('finds CRLF pairs that straddle the four-byte words, at every offset in the buffer', () => {
    const text = 'ab\r\ncd\re\nf\r\r\n\n\r\rgh\r\n';
    const buffer = new Uint8Array(64);
    for (let offset = 0; offset < 8; offset += 1) {
      const bytes = buffer.subarray(offset, offset + encode(text).length);
      bytes.set(encode(text));
      expect(measureUtf8(bytes), `offset ${String(offset)}`).toEqual({ characters: text.length, lines: countLines(text) });
    }
  });

  it('agrees with the byte-by-byte rule on any bytes at any offset, valid UTF-8 or not', () => {
    const byte = fc.oneof(fc.constantFrom(10, 13, 0x80, 0xbf, 0xc3, 0xe2, 0xf0, 0xf4, 0xff), fc.integer({ min: 0, max: 255 }));
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 300 }), fc.integer({ min: 0, max: 7 }), (values, offset) => {
        const buffer = new Uint8Array(values.length + 8);
        const bytes = buffer.subarray(offset, offset + values.length);
        bytes.set(values);
        expect(measureUtf8(bytes)).toEqual(measureByteByByte(bytes));
      }),
      { numRuns: 2_000, interruptAfterTimeLimit: 5_000 },
    );
  });

  it('gives the decoded text’s length and line count for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(fc.constantFrom('\r', '\n', '\r\n', 'é', '😀', '€', '\ufeff'), fc.string({ maxLength: 3 })), maxLength: 200 }), (text) => {
        // Lone surrogates are not UTF-8: the encoder writes U+FFFD for them, one character each.
        const wellFormed = new TextDecoder().decode(encode(text)) === text;
        fc.pre(wellFormed);
        expect(measureUtf8(encode(text))).toEqual({ characters: text.length, lines: countLines(text) });
      }),
      { numRuns: 1_000, interruptAfterTimeLimit: 5_000 },
    );
  });
});
