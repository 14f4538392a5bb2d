import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analysePaste, analyseTableBytes, decodeUtf8Head } from '../../../src/lib/metrics/analyse-paste.ts';
import type { PasteAnalysis } from '../../../src/lib/metrics/analyse-paste.ts';
import { NotUtf8Error } from '../../../src/lib/metrics/read-column-cells.ts';
import type { ScoreScale } from '../../../src/lib/metrics/score-scale.ts';

/** Read the same table from its text and from its UTF-8 bytes. */
function bothWays(text: string, scale: ScoreScale, column: { index: number; name: string | null } | null = null) {
  const bytes = new TextEncoder().encode(text);
  const head = decodeUtf8Head(bytes);
  if (head === null) throw new Error('expected UTF-8');
  const request = { scale, readAs: 'list' as const, column };
  return { fromText: analysePaste({ ...request, text }), fromBytes: analyseTableBytes(bytes, head, request) };
}

/** The parts of an analysis both readers must agree on. */
function essentials(analysis: PasteAnalysis | null) {
  if (analysis === null || analysis.kind !== 'table') return analysis?.kind ?? null;
  return { column: analysis.column, parse: analysis.parse, groups: analysis.groups, size: analysis.size };
}

const folder = new URL('../../fixtures/survey-exports/', import.meta.url);

describe('analyseTableBytes', () => {
  it('gives what the text reader gives for every UTF-8 fixture export', () => {
    for (const file of ['qualtrics-nps.csv', 'qualtrics-german.csv', 'surveymonkey-nps-labelled.csv', 'typeform-nps.csv', 'google-forms-french.csv', 'customer-tenure-q3.csv']) {
      const text = readFileSync(new URL(file, folder), 'utf8');
      for (const scale of [{ min: 0, max: 10 }, { min: 1, max: 5 }]) {
        const { fromText, fromBytes } = bothWays(text, scale);
        expect(essentials(fromBytes), file).toEqual(essentials(fromText));
      }
    }
  });

  it('gives what the text reader gives for any table: quotes, line breaks in cells, blank lines, labels, other scripts', () => {
    const cell = fc.oneof(
      fc.integer({ min: 0, max: 12 }).map(String),
      fc.constantFrom('', ' ', '007', '10 - Extremely likely', 'Promoter', 'n/a', '4,5', '"9"', '"a, b"', '"x ""y"""', '"two\nlines"', '９', 'é', '🙂', '-3', '"3" x'),
      fc.string({ maxLength: 6 }).map((text) => text.replace(/[\r\n",]/g, '')),
    );
    const table = fc.tuple(fc.integer({ min: 2, max: 4 }), fc.array(fc.array(cell, { minLength: 4, maxLength: 4 }), { minLength: 2, maxLength: 12 }), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean());
    fc.assert(
      fc.property(table, fc.nat(3), ([width, rows, lineEnd, blankLine], pick) => {
        const lines = [Array.from({ length: width }, (_, index) => `Q${String(index + 1)}`).join(','), ...rows.map((row) => row.slice(0, width).join(','))];
        if (blankLine) lines.splice(2, 0, '');
        const text = `${lines.join(lineEnd)}${lineEnd}`;
        const column = { index: pick % width, name: `Q${String((pick % width) + 1)}` };
        const { fromText, fromBytes } = bothWays(text, { min: 0, max: 10 }, column);
        if (fromText.kind === 'table') expect(essentials(fromBytes)).toEqual(essentials(fromText));
        else expect(fromBytes === null || fromText.kind === 'list').toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('throws NotUtf8Error when a cell it reads is not UTF-8, so the caller can decode the file another way', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('id,NPS\n1,9\n2,'), 0xe9, ...new TextEncoder().encode('\n3,10\n')]);
    expect(() => analyseTableBytes(bytes, 'id,NPS\n1,9\n', { scale: { min: 0, max: 10 }, readAs: 'list', column: null })).toThrow(NotUtf8Error);
    expect(decodeUtf8Head(bytes)).toBeNull();
  });

  it('leaves a list to the text reader', () => {
    const bytes = new TextEncoder().encode('9\n10\n8\n');
    expect(analyseTableBytes(bytes, '9\n10\n8\n', { scale: { min: 0, max: 10 }, readAs: 'list', column: null })).toBeNull();
  });
});
