import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analysePaste } from '../../../src/lib/metrics/analyse-paste.ts';
import { NPS_SCALE } from '../../../src/lib/metrics/score-scale.ts';
import { analyseBreakdown } from '../../../src/lib/survey/analyse-breakdown.ts';
import { describeQualtricsResponses } from '../../../src/lib/survey/describe-survey.ts';
import { findQualtricsResponses } from '../../../src/lib/survey/qualtrics-responses.ts';

const folder = new URL('../../fixtures/survey-review/', import.meta.url);

function readExport(file: string) {
  const text = readFileSync(new URL(file, folder), 'utf8');
  const analysis = analysePaste({ text, scale: NPS_SCALE, readAs: 'list', column: null, metric: 'nps' });
  if (analysis.kind !== 'table') throw new Error(`${file} was not read as a table`);
  return { text, analysis };
}

describe('findQualtricsResponses', () => {
  // Counted with Python's csv module (see the fixtures' README): 5 previews in rows 4–8, 7 unfinished in rows 9–15.
  it.each(['qualtrics-previews-text.csv', 'qualtrics-previews-numeric.csv'])('finds the previews and the unfinished responses of %s', (file) => {
    const { text, analysis } = readExport(file);
    expect(findQualtricsResponses(text, analysis.layout)).toEqual({ notReal: { count: 5, firstRows: [4, 5, 6, 7, 8] }, unfinished: { count: 7, firstRows: [9, 10, 11, 12, 13] } });
    // The same from the file's bytes, as a large file is read.
    expect(findQualtricsResponses(new TextEncoder().encode(text), analysis.layout)?.notReal.count).toBe(5);
  });

  it('says what it found, under the workbench’s columns', () => {
    const { text, analysis } = readExport('qualtrics-previews-text.csv');
    const breakdown = analyseBreakdown(text, { layout: analysis.layout, scoreColumn: analysis.column, scale: NPS_SCALE, labels: {}, segmentColumn: null, dateColumn: null, dateOrder: null });
    expect(describeQualtricsResponses(breakdown)).toEqual([
      '5 responses are Qualtrics survey previews, tests or spam, rows 4, 5, 6, 7 and 8, counted like the others. Remove them from the export, or filter them out in Qualtrics, if they are not real answers.',
      '7 responses were not finished (Finished is False), rows 9, 10, 11, 12 and 13 (first 5 of 7): what they answered is counted.',
    ]);
  });

  it('finds nothing in other tables, or in a Qualtrics export without the columns', () => {
    const { analysis } = readExport('qualtrics-previews-text.csv');
    const plain = analysePaste({ text: 'Status,Finished,NPS\nSurvey Preview,False,9\nIP Address,True,10', scale: NPS_SCALE, readAs: 'list', column: null });
    if (plain.kind !== 'table') throw new Error('expected a table');
    expect(findQualtricsResponses('Status,Finished,NPS\nSurvey Preview,False,9', plain.layout)).toBeNull();
    const withoutColumns = { ...analysis.layout, columns: analysis.layout.columns.map((column) => ({ ...column, name: column.name === 'Status' || column.name === 'Finished' ? 'Other' : column.name })) };
    expect(findQualtricsResponses('', withoutColumns)).toBeNull();
  });
});

describe('a Qualtrics export with only the NPS group column and a 1–5 satisfaction question', () => {
  // Counted with Python's csv module: Q1_NPS_GROUP holds 38 × 1 (detractor), 15 × 2 (passive), 13 × 3 (promoter).
  it('is read as groups on the NPS page, and gives no figure where groups are not read', () => {
    const text = readFileSync(new URL('qualtrics-group-only.csv', folder), 'utf8');
    const calculator = analysePaste({ text, scale: NPS_SCALE, readAs: 'list', column: null, metric: 'nps' });
    expect(calculator.kind === 'table' && calculator.groups?.groups).toEqual({ promoters: 13, passives: 15, detractors: 38 });
    // The satisfaction question is not taken for the NPS one: the workbench asks for the column.
    const workbench = analysePaste({ text, scale: NPS_SCALE, readAs: 'list', column: null, metric: 'nps', groups: false });
    expect(workbench.kind === 'table' && workbench.chosenBy).toBe('first');
  });
});
