import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CommentCoding, CommentSet, SurveyComment, Theme } from '../../../src/lib/comments/comment.ts';
import type { ThemeRow, ThemeStatistics } from '../../../src/lib/comments/theme-statistics.ts';
import { describeLeftOutScores, describeThemeStatisticsError, getThemeStatistics } from '../../../src/lib/comments/theme-statistics.ts';
import { compareMetric, estimateMetric } from '../../../src/lib/survey/metric-estimate.ts';
import type { SurveyMetric } from '../../../src/lib/survey/survey-summary.ts';
import reference from '../../fixtures/comments/theme-statistics-reference.json';

const NPS: SurveyMetric = { kind: 'nps' };
const CSAT: SurveyMetric = { kind: 'csat', scale: '1-5', threshold: 4 };
const TOLERANCE = 1e-9;

function theme(id: string, name = id): Theme {
  return { id, name, rules: [] };
}

function comment(row: number, group: number, score: number | null): SurveyComment {
  return { row, responseId: `R_${String(row)}`, text: `comment ${String(row)}`, score, group };
}

/** Every number in a value, anywhere inside it. */
function collectNumbers(value: unknown, found: number[] = []): number[] {
  if (typeof value === 'number') found.push(value);
  else if (Array.isArray(value)) for (const item of value) collectNumbers(item, found);
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) collectNumbers(item, found);
  return found;
}

function getStatistics(set: CommentSet, themes: readonly Theme[], coding: CommentCoding, metric: SurveyMetric = NPS, minAnswers?: number): ThemeStatistics {
  const result = getThemeStatistics(set, themes, coding, metric, 95, minAnswers === undefined ? {} : { minAnswers });
  if (!result.ok) throw new Error(`unexpected ${result.error.kind}`);
  expect(collectNumbers(result.value).every(Number.isFinite)).toBe(true);
  return result.value;
}

function expectShare(row: { count: number; total: number; share: number | null; lower: number | null; upper: number | null }, expected: readonly number[]) {
  const [count, total, low, high] = expected;
  expect(row.count).toBe(count);
  expect(row.total).toBe(total);
  expect(row.share).toBeCloseTo((count ?? 0) / (total ?? 1), 12);
  expect(Math.abs((row.lower ?? NaN) - (low ?? NaN))).toBeLessThan(TOLERANCE);
  expect(Math.abs((row.upper ?? NaN) - (high ?? NaN))).toBeLessThan(TOLERANCE);
}

describe('getThemeStatistics on a tiny set (by hand)', () => {
  // Price: comments 0 and 1 (both group A); Speed: 1 and 3 (3 in no group, hand-coded); comment 2 has no theme
  // and no score. Wilson 95% intervals from the Python script's `wilson` (z = 1.9599639845400536):
  // 2 of 4 → 0.15003898915214958 to 0.8499610108478504; 1 of 4 → 0.0455872608097006 to 0.699358157417598;
  // 2 of 2 → 0.34238022750665315 to 1; 0 of 1 → 0 to 0.7934506856227626; 1 of 1 → 0.20654931437723745 to 1.
  const set: CommentSet = { groups: ['A', 'B'], comments: [comment(2, 0, 10), comment(3, 0, 3), comment(4, 1, null), comment(5, -1, 9)] };
  const coding: CommentCoding = { themes: [[0], [0, 1], [], [1]], byHand: [false, false, false, true] };
  const themes = [theme('price', 'Price'), theme('speed', 'Speed')];

  it('counts each theme overall and per group with Wilson intervals', () => {
    const statistics = getStatistics(set, themes, coding);
    const [price, speed] = statistics.rows as [ThemeRow, ThemeRow];
    expect(statistics.comments).toBe(4);
    expect(statistics.groupTotals).toEqual([2, 1]);
    expect(statistics.outsideGroups).toBe(1);
    expectShare(price.share, [2, 4, 0.15003898915214958, 0.8499610108478504]);
    expectShare(price.byGroup[0]!, [2, 2, 0.34238022750665315, 1]);
    expectShare(price.byGroup[1]!, [0, 1, 0, 0.7934506856227626]);
    expect(speed.count).toBe(2);
    expect(speed.outsideGroups).toBe(1);
    expectShare(statistics.uncoded.share, [1, 4, 0.0455872608097006, 0.699358157417598]);
    expectShare(statistics.uncoded.byGroup[1]!, [1, 1, 0.20654931437723745, 1]);
  });

  it('leaves the comment without a score out of the metric and says so', () => {
    const statistics = getStatistics(set, themes, coding);
    expect([statistics.scoredComments, statistics.unscoredComments, statistics.offScaleComments]).toEqual([3, 1, 0]);
    expect(describeLeftOutScores(statistics, 'NPS')).toBe('1 comment has no score: they count in the themes’ shares but not in the NPS comparisons.');
    // Price mentioned by a 10 and a 3 (NPS 0), not by the 9 (NPS 100); the blank score is on neither side.
    const price = statistics.rows[0]!.metric;
    expect([price.mentioningN, price.notMentioningN, price.mentioning?.value, price.notMentioning?.value]).toEqual([2, 1, 0, 100]);
  });

  it('says which side is short instead of comparing', () => {
    const price = getStatistics(set, themes, coding).rows[0]!.metric;
    expect(price.kind).toBe('too-few');
    expect(price.sentence).toBe('Not compared: the group that mentions “Price” has 2 scored answers and the rest have 1 scored answer, fewer than the 30 each side needs');
    const uncoded = getStatistics(set, themes, coding).uncoded.metric;
    expect(uncoded.mentioning).toBeNull();
    expect(uncoded.sentence).toBe('Not compared: the group whose comment has no theme has 0 scored answers and the rest have 3 scored answers, fewer than the 30 each side needs');
  });

  it('compares through compareMetric when the minimum allows it', () => {
    const price = getStatistics(set, themes, coding, NPS, 1).rows[0]!.metric;
    expect(price.kind).toBe('compared');
    if (price.kind !== 'compared') return;
    expect(price.comparison).toEqual(compareMetric(NPS, [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0], [0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1], 95));
    expect(price.comparison.difference).toBe(-100);
    // Two themes were compared, so the p-value is corrected for two tests (Holm): never below the raw one.
    expect(price.adjustedPValue).toBeGreaterThanOrEqual(price.comparison.pValue);
    expect(price.sentence).toMatch(/^The group that mentions “Price” is lower than the rest by 100 points: could be chance after correcting for 2 comparisons \(adjusted p = /);
  });
});

/** The set the Python script generates: 200 comments, 3 groups, 2 themes (see its docstring). */
function buildGeneratedSet(metric: 'nps' | 'csat'): { set: CommentSet; coding: CommentCoding } {
  const comments: SurveyComment[] = [];
  const themes: number[][] = [];
  for (let index = 0; index < 200; index += 1) {
    const score = index % 17 === 0 ? null : metric === 'nps' ? (index * 7) % 11 : ((index * 3) % 5) + 1;
    comments.push(comment(index + 2, index % 3, score));
    themes.push([...(index % 4 === 0 ? [0] : []), ...([1, 2].includes(index % 5) ? [1] : [])]);
  }
  return { set: { groups: ['G0', 'G1', 'G2'], comments }, coding: { themes, byHand: themes.map(() => false) } };
}

describe('getThemeStatistics against the Python reference (test/fixtures/comments)', () => {
  for (const [kind, metric] of [['nps', NPS], ['csat', CSAT]] as const) {
    it(`matches every count, share, interval, ${kind.toUpperCase()} and p-value to 1e-9`, () => {
      const { set, coding } = buildGeneratedSet(kind);
      const statistics = getStatistics(set, [theme('a'), theme('b')], coding, metric);
      const rows = [...statistics.rows, statistics.uncoded];
      reference[kind].forEach((expected, index) => {
        const row = rows[index]!;
        expect(row.count).toBe(expected.count);
        const [share, low, high] = expected.share;
        expectShare(row.share, [expected.count, 200, low!, high!]);
        expect(Math.abs((row.share.share ?? NaN) - share!)).toBeLessThan(TOLERANCE);
        expected.byGroup.forEach((cell, group) => expectShare(row.byGroup[group]!, cell));
        const { metric: compared } = row;
        for (const side of ['mentioning', 'notMentioning'] as const) {
          for (const field of ['n', 'value', 'lower', 'upper'] as const) {
            expect(Math.abs((compared[side]?.[field] ?? NaN) - expected[side][field])).toBeLessThan(TOLERANCE);
          }
        }
        expect(compared.kind).toBe('compared');
        if (compared.kind !== 'compared') return;
        expect(compared.comparison.test).not.toBe('exact-permutation');
        expect(Math.abs(compared.comparison.difference - expected.comparison.difference)).toBeLessThan(TOLERANCE);
        expect(Math.abs(compared.comparison.pValue - expected.comparison.pValue)).toBeLessThan(TOLERANCE);
        // Holm over the two themes, by its formula on the reference p-values: the smaller one times 2, the larger
        // one at least that (capped at 1); the no-theme row is not in the family and keeps its own p.
        const themeP = reference[kind].slice(0, 2).map((entry) => entry.comparison.pValue);
        const first = Math.min(1, 2 * Math.min(...themeP));
        const holm = index === 2 ? expected.comparison.pValue : expected.comparison.pValue === Math.min(...themeP) ? first : Math.max(first, Math.min(1, Math.max(...themeP)));
        expect(Math.abs(compared.adjustedPValue - holm)).toBeLessThan(TOLERANCE);
      });
    });
  }

  it('names a significant CSAT gap as real after correcting for the two themes (theme b: +17.0 percentage points, p = 0.0197, Holm 0.039)', () => {
    const { set, coding } = buildGeneratedSet('csat');
    const statistics = getStatistics(set, [theme('a'), theme('b', 'Billing')], coding, CSAT);
    expect(statistics.rows[1]!.metric.sentence).toBe('The group that mentions “Billing” is higher than the rest by 17 percentage points: a real gap at 95% confidence after correcting for 2 comparisons (adjusted p = 0.039)');
    expect(describeLeftOutScores(statistics, 'CSAT')).toBe('12 comments have no score: they count in the themes’ shares but not in the CSAT comparisons.');
  });

  it('wires CES through estimateMetric and compareMetric (Welch t)', () => {
    const comments = Array.from({ length: 80 }, (_, index) => comment(index + 2, 0, (index % 7) + 1));
    const themes = comments.map((_, index) => (index % 2 === 0 && index % 7 > 2 ? [0] : []));
    const statistics = getStatistics({ groups: ['All'], comments }, [theme('effort')], { themes, byHand: themes.map(() => false) }, { kind: 'ces' }, 10);
    const inTheme = [0, 0, 0, 0, 0, 0, 0];
    const rest = [0, 0, 0, 0, 0, 0, 0];
    comments.forEach((entry, index) => {
      const counts = themes[index]!.length > 0 ? inTheme : rest;
      counts[entry.score! - 1]! += 1;
    });
    const row = statistics.rows[0]!.metric;
    expect(row.mentioning).toEqual(estimateMetric({ kind: 'ces' }, inTheme, 95));
    expect(row.kind === 'compared' && row.comparison).toEqual(compareMetric({ kind: 'ces' }, rest, inTheme, 95));
    expect(row.sentence).toMatch(/scale points/);
  });
});

describe('getThemeStatistics edge cases', () => {
  const two = [theme('a', 'A'), theme('b', 'B')];

  it('gives null shares and no comparison for no comments', () => {
    const statistics = getStatistics({ groups: ['P'], comments: [] }, two, { themes: [], byHand: [] });
    expect(statistics.rows.map((row) => row.share)).toEqual([0, 1].map(() => ({ count: 0, total: 0, share: null, lower: null, upper: null })));
    expect(statistics.rows[0]!.byGroup[0]!.share).toBeNull();
    expect(statistics.uncoded.metric.kind).toBe('too-few');
    expect(describeLeftOutScores(statistics, 'NPS')).toBeNull();
  });

  it('gives a theme with no comments 0% and one with every comment 100%, without NaN', () => {
    const comments = Array.from({ length: 40 }, (_, index) => comment(index + 2, 0, index % 11));
    const themes = comments.map(() => [1]);
    const statistics = getStatistics({ groups: ['All'], comments }, two, { themes, byHand: themes.map(() => false) });
    const [none, all] = statistics.rows as [ThemeRow, ThemeRow];
    expect([none.share.share, none.share.lower, all.share.share, all.share.upper]).toEqual([0, 0, 1, 1]);
    expect(none.metric.mentioning).toBeNull();
    expect(all.metric.notMentioning).toBeNull();
    expect([none.metric.kind, all.metric.kind, statistics.uncoded.count]).toEqual(['too-few', 'too-few', 0]);
  });

  it('leaves every comment out of the metric when no score is given', () => {
    const comments = Array.from({ length: 50 }, (_, index) => comment(index + 2, index % 2, null));
    const themes = comments.map((_, index) => (index % 2 === 0 ? [0] : []));
    const statistics = getStatistics({ groups: ['X', 'Y'], comments }, two, { themes, byHand: themes.map(() => false) });
    expect([statistics.scoredComments, statistics.unscoredComments]).toEqual([0, 50]);
    expect(statistics.rows[0]!.count).toBe(25);
    expect(statistics.rows[0]!.metric.sentence).toContain('has 0 scored answers and the rest have 0 scored answers');
    expect(describeLeftOutScores(statistics, 'NPS')).toBe('50 comments have no score: they count in the themes’ shares but not in the NPS comparisons.');
  });

  it('handles 200 groups, most of them empty', () => {
    const groups = Array.from({ length: 200 }, (_, index) => `Segment ${String(index)}`);
    const comments = Array.from({ length: 30 }, (_, index) => comment(index + 2, index * 3, 9));
    const themes = comments.map((_, index) => (index % 3 === 0 ? [0] : []));
    const statistics = getStatistics({ groups, comments }, two, { themes, byHand: themes.map(() => false) });
    expect(statistics.groupTotals.reduce((a, b) => a + b, 0)).toBe(30);
    expect(statistics.rows[0]!.byGroup).toHaveLength(200);
    expect(statistics.rows[0]!.byGroup[1]!.share).toBeNull();
    expect(statistics.rows[0]!.byGroup[0]!.share).toBe(1);
  });

  it('counts off-scale scores and bad group indexes apart, and a repeated theme once', () => {
    const comments = [comment(2, 0, 11), comment(3, 7, 2.5), comment(4, 0.5, 8)];
    const coding = { themes: [[0, 0], [0], []], byHand: [false, false, true] };
    const statistics = getStatistics({ groups: ['Only'], comments }, two, coding);
    expect([statistics.offScaleComments, statistics.scoredComments, statistics.outsideGroups]).toEqual([2, 1, 2]);
    expect(statistics.rows[0]!.count).toBe(2);
    expect(describeLeftOutScores(statistics, 'NPS')).toBe('2 comments have scores off the NPS scale: they count in the themes’ shares but not in the NPS comparisons.');
  });

  it('refuses a coding of another list, naming the comment and the theme', () => {
    const set: CommentSet = { groups: [], comments: [comment(2, -1, 5), comment(9, -1, 5)] };
    const short = getThemeStatistics(set, two, { themes: [[]], byHand: [false] }, NPS, 95);
    expect(short).toEqual({ ok: false, error: { kind: 'coding-length', comments: 2, codedComments: 1, byHandComments: 1 } });
    const unknown = getThemeStatistics(set, two, { themes: [[], [2]], byHand: [false, false] }, NPS, 95);
    expect(unknown.ok).toBe(false);
    if (unknown.ok) return;
    expect(describeThemeStatisticsError(unknown.error)).toBe('The comment in row 9 is coded with theme 3, but the codebook has 2 themes. Code the comments again.');
    if (!short.ok) expect(describeThemeStatisticsError(short.error)).toBe('The coding covers 1 comments but the list has 2: it belongs to another list. Code the comments again.');
  });
});

const commentArbitrary = fc.record({
  group: fc.integer({ min: -1, max: 3 }),
  score: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
  themes: fc.subarray([0, 1, 2]),
});

describe('getThemeStatistics properties', () => {
  const themes = [theme('a'), theme('b'), theme('c')];
  const build = (entries: readonly { group: number; score: number | null; themes: number[] }[]) => ({
    set: { groups: ['W', 'X', 'Y', 'Z'], comments: entries.map((entry, index) => comment(index + 2, entry.group, entry.score)) },
    coding: { themes: entries.map((entry) => entry.themes), byHand: entries.map(() => false) },
  });

  it('never changes a count or statistic when the comments are reordered', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.array(commentArbitrary, { maxLength: 60 }).chain((entries) => fc.tuple(fc.constant(entries), fc.shuffledSubarray(entries, { minLength: entries.length, maxLength: entries.length }))), ([entries, shuffled]) => {
        const first = build(entries);
        const second = build(shuffled);
        expect(getStatistics(second.set, themes, second.coding, NPS, 5)).toEqual(getStatistics(first.set, themes, first.coding, NPS, 5));
      }),
      { numRuns: 100 },
    );
  });

  it('sums each row across groups (plus no group) to its count, and the groups to all comments', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.array(commentArbitrary, { maxLength: 60 }), (entries) => {
        const { set, coding } = build(entries);
        const statistics = getStatistics(set, themes, coding, NPS, 5);
        for (const row of [...statistics.rows, statistics.uncoded]) {
          expect(row.byGroup.reduce((total, cell) => total + cell.count, 0) + row.outsideGroups).toBe(row.count);
          expect(row.metric.mentioningN + row.metric.notMentioningN).toBe(statistics.scoredComments);
        }
        expect(statistics.groupTotals.reduce((a, b) => a + b, 0) + statistics.outsideGroups).toBe(entries.length);
        expect(statistics.uncoded.count).toBe(entries.filter((entry) => entry.themes.length === 0).length);
      }),
      { numRuns: 100 },
    );
  });
});
