import { describe, expect, it } from 'vitest';
import { analysePaste } from '../../src/lib/metrics/analyse-paste.ts';
import { NPS_SCALE } from '../../src/lib/metrics/score-scale.ts';
import { createScoreSources, type PasteReadOptions, type SourceAnswer } from '../../src/workers/score-sources.ts';

const OPTIONS: PasteReadOptions = { scale: NPS_SCALE, readAs: 'list', column: null };
// A header and three rows: "A" holds 9, 10, 3 and "B" holds 0, 0, 10 (counted by hand).
const TABLE = 'id,A,B\n1,9,0\n2,10,0\n3,3,10\n';

/** The analysis of a `read` answer, or a failure naming what came instead. */
function getAnalysis(answer: SourceAnswer) {
  if (answer.kind !== 'read') throw new Error(`expected a read, got ${answer.kind}`);
  return answer.analysis;
}

/** counts[score] of an analysis' parse, for the checks below. */
function getCounts(answer: SourceAnswer): readonly number[] {
  const analysis = getAnalysis(answer);
  if (analysis.kind === 'empty' || analysis.parse.kind === 'empty') throw new Error('expected answers');
  return analysis.parse.counts;
}

describe('createScoreSources', () => {
  it('keeps a pasted text and reads it again with other options, from the id alone', async () => {
    const sources = createScoreSources();
    const first = await sources.handle({ kind: 'read-text', sourceId: 7, text: TABLE, options: OPTIONS });
    expect(first).toEqual({ kind: 'read', analysis: analysePaste({ ...OPTIONS, text: TABLE }), characters: TABLE.length });
    expect(sources.size).toBe(1);
    const columnB = await sources.handle({ kind: 'reread', sourceId: 7, options: { ...OPTIONS, column: { index: 2, name: 'B' } } });
    // B: two 0s and one 10.
    expect(getCounts(columnB)).toEqual([2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(getAnalysis(columnB)).toEqual(analysePaste({ ...OPTIONS, column: { index: 2, name: 'B' }, text: TABLE }));
  });

  it('passes the label mapping through to the reader', async () => {
    const sources = createScoreSources();
    // A score first: a first line of words alone would be read as the column's name.
    const text = '3\nLove it\nLove it\nMeh\n';
    const unmapped = await sources.handle({ kind: 'read-text', sourceId: 1, text, options: OPTIONS });
    // Without a mapping only the 3 counts.
    expect(getCounts(unmapped).reduce((sum, count) => sum + count, 0)).toBe(1);
    const mapped = await sources.handle({ kind: 'reread', sourceId: 1, options: { ...OPTIONS, labels: { 'love it': 10, meh: 5 } } });
    // Love it → 10 (twice), Meh → 5, and the 3.
    expect(getCounts(mapped)).toEqual([0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 2]);
  });

  it('forgets a text, freeing it: a re-read then answers missing, and an unknown id is ignored', async () => {
    const sources = createScoreSources();
    await sources.handle({ kind: 'read-text', sourceId: 3, text: '9', options: OPTIONS });
    sources.forget(3);
    sources.forget(99);
    expect(sources.size).toBe(0);
    await expect(sources.handle({ kind: 'reread', sourceId: 3, options: OPTIONS })).resolves.toEqual({ kind: 'missing' });
  });

  it('sends a short file’s text back for the box without keeping it', async () => {
    const sources = createScoreSources();
    const file = new Blob([new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('9\r\n10\r\n')])]);
    const answer = await sources.handle({ kind: 'read-file', sourceId: 1, file, options: OPTIONS, shownCharacters: 100 });
    // The byte-order mark is dropped (decodeFileText).
    expect(answer).toEqual({ kind: 'short-file', text: '9\r\n10\r\n' });
    expect(sources.size).toBe(0);
  });

  it('reads and keeps a file longer than the box shows, so a column switch needs no text', async () => {
    const sources = createScoreSources();
    const file = new Blob([TABLE]);
    const answer = await sources.handle({ kind: 'read-file', sourceId: 5, file, options: OPTIONS, shownCharacters: 10 });
    expect(answer).toEqual({ kind: 'read', analysis: analysePaste({ ...OPTIONS, text: TABLE }), characters: TABLE.length });
    const columnA = await sources.handle({ kind: 'reread', sourceId: 5, options: { ...OPTIONS, column: { index: 1, name: 'A' } } });
    // A: 3, 9 and 10.
    expect(getCounts(columnA)).toEqual([0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 1]);
  });

  it('decodes a Windows-1252 file in the worker, as on the main thread', async () => {
    const sources = createScoreSources();
    // "Très" with è as E8 (not UTF-8), then a score.
    const file = new Blob([new Uint8Array([0x54, 0x72, 0xe8, 0x73, 0x0a, 0x39])]);
    await expect(sources.handle({ kind: 'read-file', sourceId: 1, file, options: OPTIONS, shownCharacters: 100 })).resolves.toEqual({ kind: 'short-file', text: 'Très\n9' });
  });

  it('refuses a binary file and one the browser cannot read, keeping neither', async () => {
    const sources = createScoreSources();
    const binary = new Blob([new Uint8Array([0x50, 0x4b, 0x00, 0x03])]);
    await expect(sources.handle({ kind: 'read-file', sourceId: 1, file: binary, options: OPTIONS, shownCharacters: 0 })).resolves.toEqual({
      kind: 'refused-file',
      problem: { kind: 'binary' },
    });
    // A file removed from the disk after it was chosen: Chromium rejects the read with NotFoundError.
    const gone = { arrayBuffer: () => Promise.reject(new Error('A requested file or directory could not be found')) } as unknown as Blob;
    await expect(sources.handle({ kind: 'read-file', sourceId: 2, file: gone, options: OPTIONS, shownCharacters: 0 })).resolves.toEqual({
      kind: 'refused-file',
      problem: { kind: 'unreadable', message: 'A requested file or directory could not be found' },
    });
    expect(sources.size).toBe(0);
  });
});

describe('createScoreSources: large UTF-8 files read from their bytes', () => {
  /** A table over 4 MiB: id, comment (quoted, with commas and a two-line cell), NPS. Row i answers i % 11. */
  function bigTable(rows: number, comment: string): string {
    const lines = ['id,comment,How likely are you to recommend us?'];
    for (let row = 1; row <= rows; row += 1) lines.push(`${String(row)},"${comment}",${String(row % 11)}`);
    return `${lines.join('\r\n')}\r\n`;
  }

  it('gives what reading the decoded text gives, and switches column from the kept bytes', async () => {
    const text = bigTable(80_000, 'Fine, “mostly”; the app\nis slow é 🙂');
    const bytes = new TextEncoder().encode(text);
    expect(bytes.length).toBeGreaterThan(4 * 1024 * 1024);
    const sources = createScoreSources();
    const answer = await sources.handle({ kind: 'read-file', sourceId: 3, file: new Blob([bytes]), options: OPTIONS, shownCharacters: 100_000 });
    expect(getAnalysis(answer)).toEqual(analysePaste({ ...OPTIONS, text }));
    // Row r answers r % 11: rows 1-79,992 give each score 7,272 times (11 × 7,272), rows 79,993-80,000 add one to scores 1-8.
    expect(getCounts(answer)[1]).toBe(7_273);
    expect(getCounts(answer)[9]).toBe(7_272);
    const idColumn = await sources.handle({ kind: 'reread', sourceId: 3, options: { ...OPTIONS, column: { index: 0, name: 'id' } } });
    expect(getAnalysis(idColumn)).toEqual(analysePaste({ ...OPTIONS, column: { index: 0, name: 'id' }, text }));
  });

  it('reads a file whose bytes are not UTF-8 as Windows-1252 text, even when the first 256 KiB are plain ASCII', async () => {
    // Plain ASCII comments first, then "Très bien" with è as the single byte 0xE8 (Windows-1252), past the decoded start.
    const text = `${bigTable(80_000, 'Good, really good').trimEnd()}\r\n${bigTable(80_000, 'Tr\u00e8s bien, vraiment').split('\r\n').slice(1).join('\r\n')}`;
    const bytes = Uint8Array.from(text, (char) => char.charCodeAt(0));
    expect(bytes.length).toBeGreaterThan(4 * 1024 * 1024);
    const sources = createScoreSources();
    const answer = await sources.handle({ kind: 'read-file', sourceId: 4, file: new Blob([bytes]), options: { ...OPTIONS, column: { index: 1, name: 'comment' } }, shownCharacters: 100_000 });
    const analysis = getAnalysis(answer);
    expect(analysis.kind === 'table' && analysis.parse.kind === 'parsed' && analysis.parse.textLabels.map((label) => label.label)).toEqual(['Good, really good', 'Très bien, vraiment']);
  });
});
