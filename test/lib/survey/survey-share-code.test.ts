import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeBase64Url } from '../../../src/lib/portable/base64url.ts';
import { writeCode } from '../../../src/lib/portable/code-envelope.ts';
import { invalid } from '../../../src/lib/portable/portable-error.ts';
import { decodeSurveyShareCode, encodeSurveyShareCode, SURVEY_CODE, type SharedSurvey } from '../../../src/lib/survey/survey-share-code.ts';
import { surveySummarySchema } from '../../../src/lib/survey/survey-summary.ts';
import { DEFAULT_SURVEY_VIEW } from '../../../src/lib/survey/survey-view.ts';

const zeros = (length: number) => new Array<number>(length).fill(0);

const shared: SharedSurvey = {
  summary: {
    metric: { kind: 'nps' },
    scoreColumn: 'How likely are you to recommend us?',
    counts: [1, 0, 2, 0, 0, 3, 4, 5, 6, 7, 8],
    leftOut: 2,
    segments: {
      column: 'Plan',
      rows: [
        { name: 'Pro <b>', counts: [0, 0, 1, 0, 0, 1, 2, 2, 3, 3, 4] },
        { name: 'Free', counts: [1, 0, 1, 0, 0, 2, 2, 3, 3, 4, 4] },
      ],
      blank: zeros(11),
    },
    dates: { column: 'Submitted', days: [{ day: 19727, counts: [1, 0, 2, 0, 0, 3, 4, 5, 6, 7, 8] }], blank: 0, unread: 0 },
  },
  view: DEFAULT_SURVEY_VIEW,
};

describe('survey share codes', () => {
  it('round-trip an analysis: counts, names and view come back equal', async () => {
    const code = await encodeSurveyShareCode(shared);
    expect(code).toMatch(/^1\.[zj][A-Za-z0-9_-]+\.[A-Za-z0-9_-]{4}$/);
    const decoded = await decodeSurveyShareCode(`#s=${code}`);
    expect(decoded).toEqual({ ok: true, value: shared });
  });

  it('refuse a code with one character changed (checksum), cut short, or empty', async () => {
    const code = await encodeSurveyShareCode(shared);
    const middle = Math.floor(code.length / 2);
    const changed = code.slice(0, middle) + (code[middle] === 'A' ? 'B' : 'A') + code.slice(middle + 1);
    for (const bad of [changed, code.slice(0, -3), '', '1.', 'not a code']) {
      const decoded = await decodeSurveyShareCode(bad);
      expect(decoded.ok).toBe(false);
    }
  });

  it('refuse counts that do not fit the scale, days out of order, and a CSAT threshold off the scale', () => {
    const bad = [
      { ...shared.summary, counts: [1, 2, 3] },
      { ...shared.summary, dates: { column: 'D', days: [{ day: 5, counts: zeros(11) }, { day: 5, counts: zeros(11) }], blank: 0, unread: 0 } },
      { ...shared.summary, metric: { kind: 'csat', scale: '1-5', threshold: 1 }, counts: zeros(5), segments: null, dates: null },
      { ...shared.summary, counts: [-1, ...zeros(10)] },
    ];
    for (const summary of bad) expect(surveySummarySchema.safeParse(summary).success).toBe(false);
    expect(surveySummarySchema.safeParse({ ...shared.summary, metric: { kind: 'csat', scale: '1-5', threshold: 4 }, counts: zeros(5), segments: null, dates: null }).success).toBe(true);
  });

  it('say which field of a damaged analysis is wrong and why, in the one describer’s words', async () => {
    const plain = (value: unknown) => writeCode(SURVEY_CODE, 1, [`j${encodeBase64Url(new TextEncoder().encode(JSON.stringify(value)))}`]);
    const decoded = await decodeSurveyShareCode(plain({ ...shared, summary: { ...shared.summary, leftOut: 'two' }, view: { ...shared.view, confidence: undefined } }));
    expect(decoded).toEqual({ ok: false, error: invalid(['summary.leftOut: should be a number, not "two"', 'view.confidence: is missing']) });
  });

  it('never throw on arbitrary text (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (text) => {
        const decoded = await decodeSurveyShareCode(text);
        expect(typeof decoded.ok).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  });
});
