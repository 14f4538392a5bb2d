import { describe, expect, test, vi } from 'vitest';
import { parseJson, readExportFile, writeExportFile, type ExportFileFormat } from '../../../src/lib/portable/export-file.ts';

const FORMAT: ExportFileFormat = {
  format: 'touchpoint-things',
  itemsKey: 'things',
  maxBytes: 1000,
  version: 2,
  readBare: (data) => (Array.isArray(data) ? data : typeof data === 'object' && data !== null && 'name' in data ? [data] : undefined),
};
const NOW = new Date('2026-12-01T10:00:00Z');

describe('writeExportFile and readExportFile', () => {
  test('write pretty JSON that reads back with its version', () => {
    const text = writeExportFile(FORMAT, [{ name: 'a' }], NOW);
    expect(text).toBe('{\n  "format": "touchpoint-things",\n  "version": 2,\n  "exportedAt": "2026-12-01T10:00:00.000Z",\n  "things": [\n    {\n      "name": "a"\n    }\n  ]\n}\n');
    expect(readExportFile(text, FORMAT)).toEqual({ ok: true, value: { version: 2, items: [{ name: 'a' }] } });
    expect(readExportFile(`\uFEFF${text}`, FORMAT).ok).toBe(true);
  });

  test('read bare data the tool recognises as the current version', () => {
    expect(readExportFile('[{"name":"a"}]', FORMAT)).toEqual({ ok: true, value: { version: 2, items: [{ name: 'a' }] } });
    expect(readExportFile('{"name":"a"}', FORMAT)).toEqual({ ok: true, value: { version: 2, items: [{ name: 'a' }] } });
  });

  test('name what is wrong with a file', () => {
    expect(readExportFile('x'.repeat(1001), FORMAT)).toEqual({ ok: false, error: { kind: 'too-large', bytes: 1001, limit: 1000 } });
    expect(readExportFile('é'.repeat(600), FORMAT)).toEqual({ ok: false, error: { kind: 'too-large', bytes: 1200, limit: 1000 } });
    expect(readExportFile('  ', FORMAT)).toEqual({ ok: false, error: { kind: 'empty' } });
    expect(readExportFile('{"format":"touchpoint-personas","version":1}', FORMAT)).toEqual({ ok: false, error: { kind: 'other-tool', found: 'the persona builder (/tools/personas/)' } });
    expect(readExportFile('{"format":3}', FORMAT)).toEqual({ ok: false, error: { kind: 'malformed', part: 'format field' } });
    expect(readExportFile('{"format":"touchpoint-things","version":"2","things":[]}', FORMAT)).toEqual({ ok: false, error: { kind: 'malformed', part: 'version' } });
    expect(readExportFile('{"format":"touchpoint-things","version":3,"things":[]}', FORMAT)).toEqual({ ok: false, error: { kind: 'future-version', found: 3, supported: 2 } });
    expect(readExportFile('{"format":"touchpoint-things","version":1}', FORMAT)).toEqual({ ok: false, error: { kind: 'malformed', part: '“things” list' } });
    expect(readExportFile('{"other":1}', FORMAT)).toEqual({ ok: false, error: { kind: 'other-tool' } });
    expect(readExportFile('{"format":"acme-export"}', FORMAT)).toEqual({ ok: false, error: { kind: 'other-tool', found: 'another tool (its format is “acme-export”)' } });
  });
});

describe('a format whose field holds one object (single)', () => {
  const SINGLE: ExportFileFormat = { format: 'touchpoint-thing', itemsKey: 'thing', single: true, maxBytes: 1000, version: 1 };

  test('writes the object itself and reads it back as a list of one', () => {
    const text = writeExportFile(SINGLE, [{ name: 'a' }], NOW);
    expect(JSON.parse(text)).toEqual({ format: 'touchpoint-thing', version: 1, exportedAt: '2026-12-01T10:00:00.000Z', thing: { name: 'a' } });
    expect(readExportFile(text, SINGLE)).toEqual({ ok: true, value: { version: 1, items: [{ name: 'a' }] } });
  });

  test('refuses a list, null or nothing in the field', () => {
    for (const thing of ['[{"name":"a"}]', 'null', '"a"']) {
      expect(readExportFile(`{"format":"touchpoint-thing","version":1,"thing":${thing}}`, SINGLE)).toEqual({ ok: false, error: { kind: 'malformed', part: '“thing” field' } });
    }
    expect(readExportFile('{"format":"touchpoint-thing","version":1}', SINGLE)).toEqual({ ok: false, error: { kind: 'malformed', part: '“thing” field' } });
  });

  test('names the codebook when its file is opened in another tool', () => {
    expect(readExportFile('{"format":"touchpoint-codebook","version":1,"codebook":{}}', FORMAT)).toEqual({ ok: false, error: { kind: 'other-tool', found: 'the comments view of the survey workbench (/tools/survey/)' } });
  });
});

describe('parseJson', () => {
  test('says where the JSON breaks when the engine says so', () => {
    expect(parseJson('{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
    const broken = parseJson('{\n  "a": 1\n  "b": 2\n}');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.error).toEqual({ kind: 'not-json', line: 3, column: 3 });
  });

  test('counts the line and column itself when the engine gives only an offset, and says nothing when it gives none', () => {
    // Older engines word it "Unexpected token } in JSON at position 14"; Safari gives no place at all.
    const parse = vi.spyOn(JSON, 'parse');
    parse.mockImplementationOnce(() => {
      throw new SyntaxError('Unexpected token } in JSON at position 14');
    });
    expect(parseJson('{\n  "a": 1,\n  }')).toEqual({ ok: false, error: { kind: 'not-json', line: 3, column: 3 } });
    parse.mockImplementationOnce(() => {
      throw new SyntaxError('JSON Parse error: Expected \'}\'');
    });
    expect(parseJson('{')).toEqual({ ok: false, error: { kind: 'not-json' } });
    parse.mockRestore();
  });
});
