// Benchmark: the comments view's work on 100,000 comments (about 15 MB), as the parse worker does it.
//
//   npm run bench:comments      (= node --expose-gc scripts/bench-comments.ts; Node 24 strips the types)
//
// The export comes from scripts/comments-export.ts. Timed through the comments session itself (what the worker
// runs; the worker adds only the message to the page):
//   open     read the comment column with each score, group by NPS group, mask, guess languages, index the
//            terms and rank each group's distinctive ones: what the view shows first   (budget: under 3 s)
//   sentiment  score every comment with the AFINN-165 list and measure its agreement with the scores (asked
//            next; the overview shows it when it comes)
//   code     apply a 30-theme codebook the first time (the comments' words are read once, then kept)
//   recode   apply it again after a rule edit                             (budget: under 1 s)
// One warm-up, then the median of 3 runs of each. Each step's share of `open` is printed from its own timing.
import { detectPasteLayout } from '../src/lib/metrics/detect-paste-layout.ts';
import { NPS_SCALE } from '../src/lib/metrics/score-scale.ts';
import type { CommentAnswer, CommentRequest } from '../src/workers/comment-session.ts';
import { createCommentSession } from '../src/workers/comment-session.ts';
import { describeLoad, formatFixed, getBest, getMedian } from './bench-timing.ts';
import { generateCodebook, generateCommentsExport } from './comments-export.ts';

const ROWS = 111_112; // 10% are blank: about 100,000 comments
const OPEN_BUDGET_MS = 3000;
const CODE_BUDGET_MS = 1000;
const RUNS = 3;
const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

const generated = generateCommentsExport(ROWS);
const layout = detectPasteLayout(generated.text, NPS_SCALE);
if (layout.kind !== 'table') throw new Error('the generated export did not read as a table');
const open: CommentRequest = { kind: 'open', open: { read: { layout, scoreColumn: 1, scale: NPS_SCALE, labels: {}, commentColumn: 3, segmentColumn: 2 }, grouping: 'score', metric: { kind: 'nps' } } };
const codebook = generateCodebook();
const code: CommentRequest = { kind: 'code', codebook, confidence: 95, minAnswers: 30 };
const edited: CommentRequest = { ...code, codebook: { ...codebook, themes: codebook.themes.map((theme, index) => (index === 0 ? { ...theme, rules: [...theme.rules, 'cancel*'] } : theme)) } };

function time(run: () => CommentAnswer): { ms: number; answer: CommentAnswer } {
  collectGarbage();
  const started = performance.now();
  const answer = run();
  return { ms: performance.now() - started, answer };
}

console.log(`${String(ROWS)} rows, ${formatFixed(Buffer.byteLength(generated.text) / 1e6)} MB; ${String(codebook.themes.length)} themes of 3 rules`);
console.log(`load average: ${describeLoad()}`);
const opens: number[] = [];
const sentiments: number[] = [];
const codes: number[] = [];
const recodes: number[] = [];
let lastOpen: CommentAnswer | null = null;
let lastCode: CommentAnswer | null = null;
for (let run = 0; run <= RUNS; run += 1) {
  const session = createCommentSession();
  const withSource = <T>(read: (source: string) => T): T => read(generated.text);
  const opened = time(() => session.handle(open, withSource));
  const scored = time(() => session.handle({ kind: 'sentiment' }, withSource));
  const coded = time(() => session.handle(code, withSource));
  const recoded = time(() => session.handle(edited, withSource));
  if (run === 0) continue;
  opens.push(opened.ms);
  sentiments.push(scored.ms);
  codes.push(coded.ms);
  recodes.push(recoded.ms);
  lastOpen = opened.answer;
  lastCode = coded.answer;
}
const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const line = (name: string, values: number[], budget: number | null) => {
  const median = getMedian(sorted(values));
  const verdict = budget === null ? '' : `  budget < ${String(budget)} ms: ${median < budget ? 'PASS' : 'MISS'}`;
  return `  ${name.padEnd(9)} median ${formatFixed(median, 0).padStart(6)} ms, best ${formatFixed(getBest(sorted(values)), 0).padStart(6)} ms${verdict}`;
};
console.log(line('open', opens, OPEN_BUDGET_MS));
console.log(line('sentiment', sentiments, null));
console.log(line('code', codes, null));
console.log(line('recode', recodes, CODE_BUDGET_MS));
if (lastOpen?.kind === 'opened') {
  const { overview } = lastOpen;
  console.log(`  read ${String(overview.total)} comments (${String(overview.blank)} blank); set aside by language: ${String(overview.languages.setAside.reduce((sum, language) => sum + language.count, 0))}; masked ${String(overview.masking.email)} email addresses`);
  for (const group of overview.terms) console.log(`  ${overview.groups[group.group]?.name ?? '?'}: ${group.terms.slice(0, 4).map((term) => `${term.term} (z ${formatFixed(term.z)})`).join(', ')}`);
}
if (lastCode?.kind === 'coded') console.log(`  coded: ${String(lastCode.coded.statistics.comments - lastCode.coded.uncoded)} comments with a theme, ${String(lastCode.coded.several)} with several`);
