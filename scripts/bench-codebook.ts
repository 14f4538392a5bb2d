// Benchmark: a codebook of 30 themes applied to 100,000 comments, as the comments view re-applies it after each
// rule edit.
//
//   npm run bench:codebook      (= node scripts/bench-codebook.ts; Node 24 strips the types)
//
// Comments are generated from a fixed seed: about 150 characters each, sentences of a 400-word vocabulary with
// inflections (deliver, delivery, delivered…), punctuation, capitals, curly apostrophes and an emoji now and then.
// The codebook has 30 themes of 3 rules: plain words, wildcards at the start, middle and end, and 2–3 word phrases.
//
//   index   `indexCommentWords`: every comment read once into word ids (done once per comment list)
//   apply   `applyCodebook` with that index: what a rule edit costs (target: under 1 s)
//
// Prints the median and best of 3 timed runs after 1 warm-up, and checks that index and apply agree with a
// plain scan of the comments for one word rule and one phrase rule.

import { applyCodebook } from '../src/lib/comments/apply-codebook.ts';
import type { Codebook, SurveyComment, Theme } from '../src/lib/comments/comment.ts';
import { readCommentWords } from '../src/lib/comments/comment-words.ts';
import { indexCommentWords } from '../src/lib/comments/comment-words-index.ts';
import { describeLoad, formatFixed, getBest, getMedian, measureInterleaved } from './bench-timing.ts';
import { createRandom } from './seeded-random.ts';

const COMMENTS = 100_000;
const TARGET_MS = 1000;
const STEMS = ['deliver', 'charge', 'price', 'support', 'refund', 'wait', 'colour', 'order', 'pack', 'call', 'app', 'login', 'staff', 'help', 'ship', 'return', 'bill', 'account', 'track', 'cancel'];
const ENDINGS = ['', 's', 'ed', 'ing', 'y', 'er', 'ment'];
const FILLER = Array.from({ length: 380 }, (_, index) => `w${index.toString(36)}x`);
const COMMON = ['the', 'was', 'and', 'very', 'too', 'not', 'my', 'it', 'is', 'late', 'slow', 'great', 'bad', 'good', 'expensive', 'again', 'never', 'always'];

function generateComments(): SurveyComment[] {
  const random = createRandom(20260301);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const comments: SurveyComment[] = [];
  for (let row = 2; comments.length < COMMENTS; row += 1) {
    let text = '';
    while (text.length < 140) {
      const roll = random();
      const word = roll < 0.25 ? pick(STEMS) + pick(ENDINGS) : roll < 0.6 ? pick(COMMON) : pick(FILLER);
      text += text === '' ? word[0]?.toUpperCase() + word.slice(1) : random() < 0.08 ? `, ${word}` : random() < 0.03 ? ` don’t ${word}` : ` ${word}`;
    }
    text += random() < 0.1 ? '! 😠' : '.';
    comments.push({ row, responseId: `R_${row.toString(36)}`, text, score: Math.floor(random() * 11), group: -1 });
  }
  return comments;
}

function generateCodebook(): Codebook {
  const themes: Theme[] = [];
  for (let index = 0; index < 30; index += 1) {
    const stem = STEMS[index % STEMS.length] ?? 'x';
    const other = STEMS[(index * 7 + 3) % STEMS.length] ?? 'y';
    const rules =
      index % 3 === 0
        ? [`${stem}*`, `too ${COMMON[index % COMMON.length] ?? 'slow'}`, `*${other.slice(1)}ed`]
        : index % 3 === 1
          ? [`${stem}ed late`, `very ${other}* again`, `${FILLER[index] ?? 'q'}`]
          : [`${stem.slice(0, 2)}*${stem.slice(-2)}`, `not ${COMMON[(index + 3) % COMMON.length] ?? 'good'}`, `"don't ${other}"`];
    themes.push({ id: `t${String(index)}`, name: `Theme ${String(index + 1)}`, rules });
  }
  return { themes, handCodes: { 'id:R_2': [], 'id:R_3': ['t1', 'gone'] } };
}

/** A plain scan for one rule (its words, next to each other), to check the index's answer. */
function countByScan(comments: readonly SurveyComment[], phrase: readonly string[]): number {
  let count = 0;
  for (const comment of comments) {
    const words = readCommentWords(comment.text);
    if (words.some((_, start) => phrase.every((word, offset) => words[start + offset] === word))) count += 1;
  }
  return count;
}

const comments = generateComments();
const codebook = generateCodebook();
const characters = comments.reduce((total, comment) => total + comment.text.length, 0);
console.log(`${String(COMMENTS)} comments, ${formatFixed(characters / COMMENTS, 0)} characters on average; ${String(codebook.themes.length)} themes, ${String(codebook.themes.reduce((total, theme) => total + theme.rules.length, 0))} rules`);
console.log(`load average: ${describeLoad()}`);

let index = indexCommentWords(comments);
const [indexing, applying] = measureInterleaved(
  [
    { name: 'index', run: () => { index = indexCommentWords(comments); return index.vocabulary.length; } },
    { name: 'apply', run: () => applyCodebook(comments, codebook, index).perTheme.reduce((total, theme) => total + theme.matched, 0) },
  ],
  { warmUps: 1, runs: 3 },
);
for (const measurement of [indexing, applying]) {
  if (measurement === undefined) continue;
  console.log(`  ${measurement.name.padEnd(6)} median ${formatFixed(getMedian(measurement.durations)).padStart(7)} ms, best ${formatFixed(getBest(measurement.durations)).padStart(7)} ms  (result ${String(measurement.result)})`);
}

const applied = applyCodebook(comments, codebook, index);
const checks = [
  { theme: 1, rule: 0, phrase: readCommentWords(codebook.themes[1]?.rules[0] ?? '') },
  { theme: 2, rule: 1, phrase: readCommentWords(codebook.themes[2]?.rules[1] ?? '') },
];
for (const check of checks) {
  const expected = countByScan(comments, check.phrase);
  const found = applied.perTheme[check.theme]?.byRule[check.rule];
  if (found !== expected) throw new Error(`rule “${check.phrase.join(' ')}”: index says ${String(found)}, a plain scan ${String(expected)}`);
}
console.log(`  checked against a plain scan: ${checks.map((check) => `“${check.phrase.join(' ')}” ${String(applied.perTheme[check.theme]?.byRule[check.rule])}`).join(', ')}`);
const median = getMedian(applying?.durations ?? []);
console.log(`  apply: ${formatFixed(median)} ms by median, target < ${String(TARGET_MS)} ms: ${median < TARGET_MS ? 'PASS' : 'MISS'}`);
