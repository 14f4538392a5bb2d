/**
 * Real-shaped survey exports (test/fixtures/survey-exports/, our own files written from the published layouts by
 * make_fixtures.py) read end to end: the layout recognised, the column chosen, the counts and the figure. The
 * expected values in expected.json were computed in Python from the answers the generator drew, not by this code.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analysePaste } from '../../../src/lib/metrics/analyse-paste.ts';
import type { PasteAnalysis } from '../../../src/lib/metrics/analyse-paste.ts';
import { calculateNps, calculateNpsFromGroups } from '../../../src/lib/metrics/nps.ts';
import { calculateCsat } from '../../../src/lib/metrics/csat.ts';
import { calculateCes } from '../../../src/lib/metrics/ces.ts';
import { calculateCesEffort } from '../../../src/lib/metrics/ces-effort.ts';
import { getLabelScore } from '../../../src/lib/metrics/scale-labels.ts';
import { suggestCesVariant, suggestWiderScale } from '../../../src/lib/metrics/suggest-scale.ts';
import { CSAT_SCALES } from '../../../src/lib/metrics/csat-scale.ts';
import type { ScoreScale } from '../../../src/lib/metrics/score-scale.ts';
import type { ParsedScores } from '../../../src/lib/metrics/score-tally.ts';
import { decodeFileText } from '../../../src/lib/score-input/score-file.ts';

type Expected = {
  readonly file: string;
  readonly tool: string;
  readonly headerRows: number;
  readonly responses: number;
  readonly metric: 'nps' | 'nps-group' | 'csat' | 'ces';
  readonly scale: ScoreScale;
  readonly column: string;
  readonly columnIndex: number;
  readonly n: number;
  readonly blank: number;
  readonly counts: readonly number[];
  readonly value: number;
  readonly labels: boolean;
  readonly reversed?: boolean;
  readonly valueOn1to5Misread?: number;
};

const folder = new URL('../../fixtures/survey-exports/', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('expected.json', folder), 'utf8')) as Expected[];
const readFixture = (file: string) => decodeFileText(new Uint8Array(readFileSync(new URL(file, folder))));
const TOOLS: Readonly<Record<string, string | null>> = { plain: null, sheet: null };

function scores(analysis: PasteAnalysis): ParsedScores {
  if (analysis.kind === 'empty' || analysis.parse.kind === 'empty') throw new Error('expected answers');
  return analysis.parse;
}

/** The figure each metric headlines, from counts on the expected scale. */
function figure(entry: Expected, counts: readonly number[]): number {
  if (entry.metric === 'nps') {
    const result = calculateNps(counts);
    if (!result.ok) throw new Error('no NPS');
    return result.value.nps;
  }
  if (entry.metric === 'csat') {
    const id = `${String(entry.scale.min)}-${String(entry.scale.max)}` as keyof typeof CSAT_SCALES;
    const result = calculateCsat(counts, { scale: id });
    if (!result.ok) throw new Error('no CSAT');
    return result.value.csat * 100;
  }
  const result = entry.reversed ? calculateCesEffort(counts) : calculateCes(counts);
  if (!result.ok) throw new Error('no CES');
  return 'meanEffort' in result.value ? result.value.meanEffort : result.value.meanAgreement;
}

/** Whether an entry is the first one for its file and metric: the column the reader should suggest. */
const isFirstOfItsKind = (entry: Expected) => expected.find((other) => other.file === entry.file && other.metric === entry.metric) === entry;

describe('survey exports', () => {
  for (const entry of expected.filter((candidate) => candidate.metric !== 'nps-group')) {
    it(`${entry.file}: ${entry.metric} from “${entry.column.slice(0, 40)}”`, () => {
      const text = readFixture(entry.file);
      const column = isFirstOfItsKind(entry) ? null : { index: entry.columnIndex, name: entry.column };
      let analysis = analysePaste({ text, scale: entry.scale, readAs: 'list', column });
      if (analysis.kind === 'table') {
        expect(analysis.layout.tool).toBe(entry.tool in TOOLS ? TOOLS[entry.tool] : entry.tool);
        expect(analysis.layout.headerRows).toBe(entry.headerRows);
        expect(analysis.column).toBe(entry.columnIndex);
        expect(analysis.layout.columns[analysis.column]?.name).toBe(entry.column);
      } else {
        // A one-column sheet: the header line names the column and is not an answer.
        expect(analysis.kind === 'list' && analysis.header).toBe(entry.column);
      }
      if (entry.labels && scores(analysis).n < entry.n) {
        // Answers written only as words count once the person accepts the prefilled mapping.
        const labels = Object.fromEntries(scores(analysis).textLabels.map(({ key, label }) => [key, getLabelScore(label, entry.scale)]));
        analysis = analysePaste({ text, scale: entry.scale, readAs: 'list', column, labels });
      }
      const parse = scores(analysis);
      expect(parse.counts).toEqual(entry.counts);
      expect(parse.n).toBe(entry.n);
      expect(parse.leftOut).toBe(0);
      if (analysis.kind === 'table' && analysis.parse.kind === 'parsed') {
        const { blankCells } = analysis.parse;
        expect(blankCells).toBe(entry.blank);
        expect(parse.n + parse.leftOut + blankCells).toBe(entry.responses);
      }
      expect(figure(entry, parse.counts)).toBeCloseTo(entry.value, 5);
    });
  }

  for (const entry of expected.filter((candidate) => candidate.metric === 'nps-group')) {
    it(`${entry.file}: Net Promoter groups from “${entry.column}”`, () => {
      const analysis = analysePaste({ text: readFixture(entry.file), scale: { min: 0, max: 10 }, readAs: 'list', column: { index: entry.columnIndex, name: entry.column } });
      if (analysis.kind !== 'table' || analysis.groups === null) throw new Error('expected a group column');
      const { groups } = analysis.groups;
      expect([groups.detractors, groups.passives, groups.promoters]).toEqual(entry.counts);
      const nps = calculateNpsFromGroups(groups);
      if (!nps.ok) throw new Error('no NPS');
      expect(nps.value.nps).toBeCloseTo(entry.value, 5);
    });
  }

  it('csat-1-to-7.csv read on 1-5 offers the 1-7 scale, and the misread share is what a 1-5 reading gives', () => {
    const entry = expected.find((candidate) => candidate.file === 'csat-1-to-7.csv');
    if (!entry?.valueOn1to5Misread) throw new Error('fixture missing');
    const parse = scores(analysePaste({ text: readFixture(entry.file), scale: { min: 1, max: 5 }, readAs: 'list', column: null }));
    expect(figure({ ...entry, scale: { min: 1, max: 5 } }, parse.counts)).toBeCloseTo(entry.valueOn1to5Misread, 5);
    expect(parse.leftOut).toBe((entry.counts[5] ?? 0) + (entry.counts[6] ?? 0));
    expect(suggestWiderScale(parse, Object.values(CSAT_SCALES))).toEqual(CSAT_SCALES['1-7']);
  });

  it('ces1-effort.csv read as CES 2.0 says it looks like the CES 1.0 question', () => {
    const analysis = analysePaste({ text: readFixture('ces1-effort.csv'), scale: { min: 1, max: 7 }, readAs: 'list', column: null });
    if (analysis.kind !== 'table') throw new Error('expected a table');
    const column = analysis.layout.columns[analysis.column];
    expect(suggestCesVariant('ces-2.0', scores(analysis), column?.name ?? null)).toEqual({ kind: 'ces-1.0', reason: 'header' });
    expect(suggestCesVariant('ces-2.0', scores(analysis), null)).toEqual({ kind: 'ces-1.0', reason: 'no-answer-above-5' });
    // Under the CES 2.0 statement, answers that stop at 5 are still agreement: no offer.
    expect(suggestCesVariant('ces-2.0', scores(analysis), 'The company made it easy for me to handle my issue.')).toBeNull();
  });
});

describe('survey exports: what never changes the result', () => {
  /** Split a CSV into its header lines and its records (every fixture writes one record per line outside quotes). */
  const typeform = readFixture('typeform-nps.csv');
  const headerLine = typeform.slice(0, typeform.indexOf('\n') + 1);
  const records = typeform.slice(headerLine.length).split(/\n(?=[0-9a-f]{32},)/);
  const countsOf = (text: string) => scores(analysePaste({ text, scale: { min: 0, max: 10 }, readAs: 'list', column: null })).counts;
  const reference = countsOf(typeform);

  it('shuffling the rows or switching CRLF and LF', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(records, { minLength: records.length, maxLength: records.length }), fc.boolean(), (shuffled, crlf) => {
        const body = shuffled.map((record) => record.replace(/\n$/, '')).join('\n');
        const text = `${headerLine}${body}\n`;
        expect(countsOf(crlf ? text.replace(/\r?\n/g, '\r\n') : text)).toEqual(reference);
      }),
      { numRuns: 25 },
    );
  });

  it('adding a header row to a header-less table', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1000, max: 99999 }), fc.integer({ min: 0, max: 10 })), { minLength: 3, maxLength: 40 }), (rows) => {
        const body = rows.map(([id, score]) => `${String(id)}\t${String(score)}`).join('\n');
        expect(countsOf(`Customer\tHow likely are you to recommend us?\n${body}`)).toEqual(countsOf(body));
      }),
      { numRuns: 50 },
    );
  });

  it('any bytes give a result, never a throw', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.constantFrom<ScoreScale>({ min: 0, max: 10 }, { min: 1, max: 5 }, { min: 1, max: 7 }), (bytes, scale) => {
        expect(() => analysePaste({ text: decodeFileText(bytes), scale, readAs: 'list', column: null })).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
