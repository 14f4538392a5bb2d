// Benchmark: theme statistics and the comment exports for a large coded comment list.
//
//   node scripts/bench-theme-statistics.ts   (Node 24 strips the types)
//
// 50,000 comments (NPS scores, 1 in 20 blank), 5 groups, 40 themes, each comment coded with 0–3 themes, built
// from a fixed formula so every run is the same. Prints the median of 7 runs (after 2 warm-ups) in ms of
// `getThemeStatistics` (41 rows, each compared through `compareMetric`), `getCodedCommentsCsv` and the theme
// table's CSV and Markdown. No target is asserted: the figures are for the report and for spotting regressions.
import type { CommentSet, SurveyComment, Theme } from '../src/lib/comments/comment.ts';
import { getCodedCommentsCsv, getThemeTableCsv, getThemeTableMarkdown } from '../src/lib/comments/comment-exports.ts';
import { getThemeStatistics } from '../src/lib/comments/theme-statistics.ts';

const COMMENTS = 50_000;
const THEMES = 40;
const groups = ['Promoters', 'Passives', 'Detractors', 'Trial', 'Other'];
const themes: Theme[] = Array.from({ length: THEMES }, (_, index) => ({ id: `t${String(index)}`, name: `Theme ${String(index)}`, rules: [] }));
const comments: SurveyComment[] = [];
const coded: number[][] = [];
for (let index = 0; index < COMMENTS; index += 1) {
  comments.push({ row: index + 2, responseId: `R_${String(index)}`, text: `Comment ${String(index)}, "quoted"\nsecond line`, score: index % 20 === 0 ? null : (index * 7) % 11, group: index % 6 === 5 ? -1 : index % 5 });
  const count = index % 4;
  coded.push(Array.from(new Set(Array.from({ length: count }, (_, step) => (index * (step + 3)) % THEMES))).sort((a, b) => a - b));
}
const set: CommentSet = { groups, comments };
const coding = { themes: coded, byHand: coded.map((_, index) => index % 50 === 0) };

function time(label: string, run: () => unknown): void {
  for (let warm = 0; warm < 2; warm += 1) run();
  const times: number[] = [];
  for (let round = 0; round < 7; round += 1) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`${label.padEnd(28)} median ${(times[3] ?? 0).toFixed(1)} ms, best ${(times[0] ?? 0).toFixed(1)} ms`);
}

const result = getThemeStatistics(set, themes, coding, { kind: 'nps' }, 95);
if (!result.ok) throw new Error(`unexpected ${result.error.kind}`);
const input = { statistics: result.value, groups, metric: { kind: 'nps' } as const, confidence: 95 as const, masked: true };
console.log(`${String(COMMENTS)} comments, ${String(groups.length)} groups, ${String(THEMES)} themes`);
time('getThemeStatistics', () => getThemeStatistics(set, themes, coding, { kind: 'nps' }, 95));
time('getCodedCommentsCsv', () => getCodedCommentsCsv({ set, themes, coding, shownText: (index) => comments[index]?.text ?? '' }));
time('getThemeTableCsv', () => getThemeTableCsv(input));
time('getThemeTableMarkdown', () => getThemeTableMarkdown(input));
