import { describe, expect, it } from 'vitest';
import { describeTableColumns } from '../../../src/lib/metrics/describe-table-columns.ts';
import { suggestScoreColumn } from '../../../src/lib/metrics/suggest-score-column.ts';
import type { ScoreScale } from '../../../src/lib/metrics/score-scale.ts';
import { NPS_SCALE } from '../../../src/lib/metrics/score-scale.ts';
import type { ScoreMetric } from '../../../src/lib/metrics/score-metric.ts';

/** Suggest a column of a table given as a header row and data rows. */
function suggest(header: string[] | null, rows: string[][], scale: ScoreScale = NPS_SCALE, metric?: ScoreMetric) {
  const all = header === null ? rows : [header, ...rows];
  const width = Math.max(...all.map((row) => row.length));
  return suggestScoreColumn(describeTableColumns(all, width, { headerRows: header === null ? 0 : 1 }, scale), scale, metric);
}

describe('suggestScoreColumn', () => {
  it('picks the column whose values fit the scale, not a count that looks like scores (Customer, Tenure, Seats, Q3)', () => {
    // Tenure holds 0-12 whole years (mostly inside 0-10); Q3 holds the answers. Header words decide what values cannot.
    const rows = [
      ['Acme', '3', '40', '9'],
      ['Birch', '12', '5', '10'],
      ['Cobalt', '1', '12', '6'],
      ['Dune', '7', '150', '8'],
      ['Elm', '11', '22', '3'],
      ['Fjord', '2', '9', '10'],
    ];
    expect(suggest(['Customer', 'Tenure (years)', 'Seats', 'Q3'], rows)).toMatchObject({ index: 3, fitting: 6, filled: 6, headerWord: null });
  });

  it('passes over a respondent ID and reads labelled answers as fitting (SurveyMonkey)', () => {
    const rows = [
      ['11402876278', '10 - Extremely likely'],
      ['11402876291', '9'],
      ['11402876302', '0 - Not at all likely'],
      ['11402876315', '7'],
    ];
    expect(suggest(['Respondent ID', 'How likely is it that you would recommend us?'], rows)).toEqual({ index: 1, fitting: 4, filled: 4, headerWord: 'recommend', otherFits: 0 });
  });

  it('passes over row numbers, flags with one value, and metric words inside other words', () => {
    expect(suggest(null, [['1', '9'], ['2', '7'], ['3', '10'], ['4', '3']])?.index).toBe(1);
    const flags = ['9', '4', '10', '7', '3', '8'].map((answer) => ['1', answer]);
    expect(suggest(['Finished', 'value'], flags)?.index).toBe(1);
    expect(suggest(['process', 'value'], [['5', '9'], ['3', '8'], ['4', '7']])?.headerWord).toBeNull();
  });

  it('prefers the column that uses more of the scale when two fit (a 0-10 question over a 1-5 one)', () => {
    const rows = [['0', '1'], ['10', '5'], ['7', '3'], ['9', '4'], ['3', '2'], ['8', '5']];
    expect(suggest(['Quelle est la probabilité que vous nous recommandiez ?', 'Dans quelle mesure êtes-vous satisfait ?'], rows)?.index).toBe(0);
  });

  it('reads the question of the page: the recommend question for NPS, the satisfaction one for CSAT, in other languages too', () => {
    // Recommend answers 7-10, satisfaction answers 1-5: both fit 0-10, only the header says which is which.
    const rows = [['7', '2'], ['10', '5'], ['9', '1'], ['8', '4'], ['10', '3'], ['9', '5']];
    expect(suggest(['How satisfied are you with support?', 'How likely are you to recommend Acme?'].reverse(), rows, NPS_SCALE, 'nps')).toMatchObject({ index: 0, headerWord: 'recommend' });
    expect(suggest(['How likely are you to recommend Acme?', 'How satisfied are you with support?'], rows, { min: 1, max: 5 }, 'csat')).toMatchObject({ index: 1, headerWord: 'satisfied' });
    expect(suggest(['¿Qué tan satisfecho está?', '¿Qué probabilidad hay de que nos recomiende?'], rows.map(([a = '', b = '']) => [b, a]), NPS_SCALE, 'nps')?.index).toBe(1);
    // CES 1.0's question on the CES 2.0 page is read (it is the only one) but its word is not given as the reason.
    expect(suggest(['Ticket', 'How much effort did you personally have to put forth?'], [['T1', '2'], ['T2', '1'], ['T3', '4']], { min: 1, max: 7 }, 'ces2')).toMatchObject({ index: 1, headerWord: null });
  });

  it('never suggests another question’s column, which fits the scale but would give a sure-looking wrong figure', () => {
    // A Qualtrics export with the NPS group column and a 1–5 satisfaction question, no 0–10 one: NPS −100 from it.
    const rows = [['1', '5'], ['3', '4'], ['2', '2'], ['1', '1'], ['3', '3'], ['1', '5']];
    expect(suggest(['Q1_NPS_GROUP', 'Overall, how satisfied are you with Acme?'], rows, NPS_SCALE, 'nps')).toBeNull();
    expect(suggest(['Q1_NPS_GROUP', 'How much effort did it take?'], rows, { min: 1, max: 5 }, 'csat')).toBeNull();
    // Without the page's question, any rating question is a candidate.
    expect(suggest(['Q1_NPS_GROUP', 'Overall, how satisfied are you with Acme?'], rows)?.index).toBe(1);
  });

  it('prefers the column named for the question over another 0–10 question, and says another one fits', () => {
    // Onboarding answers spread over 0-10; recommend answers bunch at 6-10, as real NPS answers do.
    const rows = [['0', '9'], ['1', '10'], ['2', '9'], ['3', '10'], ['4', '8'], ['5', '9'], ['6', '10'], ['7', '7'], ['8', '9'], ['9', '10'], ['10', '9'], ['3', '6']];
    const header = ['On a scale of 0-10 how would you rate onboarding?', 'Would you recommend us to a colleague? (0-10)'];
    expect(suggest(header, rows, NPS_SCALE, 'nps')).toMatchObject({ index: 1, headerWord: 'recommend', otherFits: 1 });
    // "Likely" is shared with other questions: "recommend" wins over "how likely are you to renew?".
    expect(suggest(['Would you recommend us? (0-10)', 'How likely are you to renew? (0-10)'], rows.map(([a = '', b = '']) => [b, a]), NPS_SCALE, 'nps')?.index).toBe(0);
  });

  it('counts common wordings of the scale as fitting', () => {
    const rows = [['3', 'Very satisfied'], ['12', 'Dissatisfied'], ['5', 'Satisfied']];
    expect(suggest(['Years as a customer', 'Overall satisfaction'], rows, { min: 1, max: 5 })).toMatchObject({ index: 1, fitting: 3 });
  });

  it('still suggests a rating question answered on another scale, so the page can offer that scale', () => {
    const rows = [['6'], ['7'], ['7'], ['2'], ['6'], ['5']].map((row, index) => [String(1000 + index * 7), ...row]);
    expect(suggest(['Ticket', 'Satisfaction'], rows, { min: 1, max: 5 })?.index).toBe(1);
    expect(suggest(['Ticket', 'Answer'], rows, { min: 1, max: 5 })).toBeNull();
  });

  it('never suggests a count, an amount or an ID, even when it is the only column of small whole numbers', () => {
    expect(suggest(['Name', 'Visits'], [['Ann', '3'], ['Bo', '7'], ['Cy', '1'], ['Di', '9']])).toBeNull();
    expect(suggest(['Name', 'Visits to rate'], [['Ann', '3'], ['Bo', '7'], ['Cy', '1'], ['Di', '9']])?.index).toBe(1);
  });

  it('suggests nothing when no column fits, so the person is asked', () => {
    expect(suggest(['Order', 'Amount'], [['1001', '55.20'], ['1002', '61.00'], ['1003', '17.45']])).toBeNull();
    expect(suggest(['Name', 'Comment'], [['Ann', 'fine'], ['Bo', 'slow']])).toBeNull();
  });

  it('never suggests a Net Promoter group column over the question', () => {
    const rows = [['9', '3'], ['3', '1'], ['7', '2'], ['10', '3']];
    expect(suggest(['Q1_NPS_GROUP', 'Q1'].reverse(), rows.map((row) => [...row]))?.index).toBe(0);
    expect(suggest(['Q1_NPS_GROUP'], [['1'], ['2'], ['3']].map((row) => [...row, 'x']))).toBeNull();
  });
});
