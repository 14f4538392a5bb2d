/**
 * When answers fit another scale better than the one chosen, say which: a 1–5 CSAT fed answers up to 7, or
 * CES 2.0 (agreement, 1–7) fed CES 1.0 (effort, 1–5) data. A hint the page offers in one click, never a switch
 * made behind the person's back.
 */
import type { ParsedScores } from './score-tally.ts';
import type { ScoreScale } from './score-scale.ts';

/** Off-scale answers must be at least this share of the values, or 3 values, before another scale is offered. */
const MIN_OUTSIDE_SHARE = 0.05;
const MIN_OUTSIDE_VALUES = 3;
/** Answers needed before "no answer above 5" says anything about a 1–7 scale. */
const MIN_ANSWERS_FOR_RANGE_HINT = 10;

/** The CES 1.0 question (effort, 1–5, low is good) as its header usually reads, in English. */
const CES1_HEADER = /how much effort|effort did you (?:personally )?(?:have to )?put|amount of effort/i;
/** The CES 2.0 statement (agreement, 1–7). */
const CES2_HEADER = /made it easy|easy (?:for me )?to handle|(?:agree|disagree)/i;

/**
 * The smallest of the candidate scales that holds every whole-number answer seen (on the current scale and off
 * it), when off-scale answers are more than a slip: at least 5% of the values or 3 of them.
 *
 * @param parse the answers read on the current scale
 * @param candidates scales the calculator offers, smallest first
 * @returns a scale that fits all the answers, or null
 * @example suggestWiderScale(parseOn1to5, [CSAT_SCALES['1-3'], CSAT_SCALES['1-5'], CSAT_SCALES['1-7'], CSAT_SCALES['1-10']]) // { min: 1, max: 7, … } for answers up to 7
 */
export function suggestWiderScale<Scale extends ScoreScale>(parse: ParsedScores, candidates: readonly Scale[]): Scale | null {
  const outside = Object.entries(parse.outside).map(([value, count]) => ({ value: Number(value), count }));
  const outsideCount = outside.reduce((sum, entry) => sum + entry.count, 0);
  if (outsideCount < MIN_OUTSIDE_VALUES && outsideCount < MIN_OUTSIDE_SHARE * (parse.n + outsideCount)) return null;
  if (outsideCount === 0) return null;
  const seen = outside.map((entry) => entry.value);
  parse.counts.forEach((count, index) => {
    if (count > 0) seen.push(parse.scale.min + index);
  });
  const lowest = Math.min(...seen);
  const highest = Math.max(...seen);
  return candidates.find((scale) => scale.min <= lowest && scale.max >= highest && (scale.min !== parse.scale.min || scale.max !== parse.scale.max)) ?? null;
}

/** Why the other CES question looks like the one asked. */
export type CesVariantHint =
  | { readonly kind: 'ces-1.0'; readonly reason: 'header' | 'no-answer-above-5' }
  | { readonly kind: 'ces-2.0'; readonly reason: 'header' | 'answers-above-5' };

/**
 * Whether answers read as one CES question look like the other: a header that quotes the CES 1.0 question
 * ("How much effort did you personally…") or, from 10 answers up and without a header naming the 2.0 statement,
 * none above 5 on CES 2.0's 1–7; on CES 1.0, a header with the 2.0 statement, or answers above 5 under a header
 * that does not name the 1.0 question.
 *
 * @param variant the question the answers are read as
 * @param parse the answers read
 * @param header the column's header or question, if any
 * @returns the other variant and why, or null
 * @example suggestCesVariant('ces-2.0', parse, 'How much effort did you personally have to put forth?') // { kind: 'ces-1.0', reason: 'header' }
 * @see https://hbr.org/2010/07/stop-trying-to-delight-your-customers (Dixon, Freeman and Toman 2010: the CES 1.0 question)
 */
export function suggestCesVariant(variant: 'ces-2.0' | 'ces-1.0', parse: ParsedScores, header: string | null): CesVariantHint | null {
  if (variant === 'ces-2.0') {
    if (header !== null && CES1_HEADER.test(header) && !CES2_HEADER.test(header)) return { kind: 'ces-1.0', reason: 'header' };
    // A header with the CES 2.0 statement settles it: answers that happen to stop at 5 are still agreement.
    if (header !== null && CES2_HEADER.test(header)) return null;
    const aboveFive = parse.counts.slice(5 - parse.scale.min + 1).reduce((sum, count) => sum + count, 0);
    if (parse.n >= MIN_ANSWERS_FOR_RANGE_HINT && aboveFive === 0) return { kind: 'ces-1.0', reason: 'no-answer-above-5' };
    return null;
  }
  if (header !== null && CES2_HEADER.test(header) && !CES1_HEADER.test(header)) return { kind: 'ces-2.0', reason: 'header' };
  if (header !== null && CES1_HEADER.test(header)) return null;
  const aboveFive = Object.entries(parse.outside).filter(([value]) => Number(value) > 5 && Number(value) <= 7).reduce((sum, [, count]) => sum + count, 0);
  if (aboveFive >= MIN_OUTSIDE_VALUES || (aboveFive > 0 && aboveFive >= MIN_OUTSIDE_SHARE * (parse.n + aboveFive))) return { kind: 'ces-2.0', reason: 'answers-above-5' };
  return null;
}
