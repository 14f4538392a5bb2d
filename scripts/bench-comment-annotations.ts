// Benchmark: mask personal details in, guess the language of, and score the sentiment of 100,000 comments of about
// 150 characters each (what a large survey export's comment column holds).
//
//   node scripts/bench-comment-annotations.ts        (Node 24 strips the types)
//
// The comments are built from everyday survey phrases, with an email address in about 1 in 20, a phone number in
// about 1 in 25, a card or account number in about 1 in 50, and prices, dates and times in many. Each step is
// warmed up, then timed several times round-robin; per step it prints the best and median ms over all 100,000.
// Budget: masking well under 1 s (the run fails, throws, if the median is over 1,000 ms).

import { guessCommentLanguage } from '../src/lib/comments/comment-language.ts';
import { getCommentSentiment } from '../src/lib/comments/comment-sentiment.ts';
import { maskPersonalDetails } from '../src/lib/comments/mask-personal-details.ts';
import { describeLoad, formatFixed, getBest, getMedian, measureInterleaved } from './bench-timing.ts';
import { createRandom } from './seeded-random.ts';

const COMMENTS = 100_000;
const TARGET_LENGTH = 150;
const MASKING_BUDGET_MS = 1_000;

const PHRASES = [
  'The delivery was late and nobody answered the phone when I called.',
  'Staff were friendly but the checkout took ages,',
  'I paid £1,299.00 on 2026-12-01 and waited 20 minutes at 10:30.',
  'Great service, would recommend to friends.',
  'The app crashed 3 times before my order went through!',
  'El envío llegó tarde y nadie me contestó por teléfono.',
  'Refund of 45.50 took 14 days, about 99% of my patience.',
  'Not good enough for the price.',
] as const;
const DETAILS = ['email me at jo.smith@example.com', 'call 555-123-4567', 'card 4111 1111 1111 1111'] as const;

function generateComments(): string[] {
  const random = createRandom(20260601);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const comments: string[] = [];
  for (let index = 0; index < COMMENTS; index += 1) {
    let comment = '';
    while (comment.length < TARGET_LENGTH - 25) comment += `${pick(PHRASES)} `;
    const chance = random();
    if (chance < 0.05) comment += DETAILS[0];
    else if (chance < 0.09) comment += DETAILS[1];
    else if (chance < 0.11) comment += DETAILS[2];
    comments.push(comment.trim());
  }
  return comments;
}

const comments = generateComments();
const averageLength = comments.reduce((sum, comment) => sum + comment.length, 0) / comments.length;
console.log(`${COMMENTS.toLocaleString('en-GB')} comments, ${formatFixed(averageLength, 0)} characters on average. Load average: ${describeLoad()}`);

const countMasks = (): number => {
  let total = 0;
  for (const comment of comments) {
    const { masked } = maskPersonalDetails(comment);
    total += masked.email + masked.phone + masked.number;
  }
  return total;
};
const countEnglish = (): number => comments.reduce((sum, comment) => sum + (guessCommentLanguage(comment).language === 'en' ? 1 : 0), 0);
const sumSentiment = (): number => comments.reduce((sum, comment) => sum + getCommentSentiment(comment).score, 0);

const measurements = measureInterleaved(
  [
    { name: 'maskPersonalDetails', run: countMasks },
    { name: 'guessCommentLanguage', run: countEnglish },
    { name: 'getCommentSentiment', run: sumSentiment },
  ],
  { warmUps: 2, runs: 7 },
);
for (const measurement of measurements) {
  console.log(
    `${measurement.name.padEnd(22)} best ${formatFixed(getBest(measurement.durations), 0)} ms, median ${formatFixed(getMedian(measurement.durations), 0)} ms (result ${String(measurement.result)})`,
  );
}
const maskingMedian = getMedian(measurements[0]?.durations ?? []);
if (maskingMedian > MASKING_BUDGET_MS) {
  throw new Error(`masking took ${formatFixed(maskingMedian, 0)} ms for ${String(COMMENTS)} comments, over the ${String(MASKING_BUDGET_MS)} ms budget`);
}
console.log(`Masking: ${formatFixed(maskingMedian, 0)} ms median, budget ${String(MASKING_BUDGET_MS)} ms: PASS`);
