import { formatSigned } from '../text/format.ts';
import { EMOTION_LABELS, type EmotionScore } from './journey-vocabulary.ts';

/**
 * An emotion score in words and numbers: "−2 (very negative)". A touchpoint average between two scores
 * is shown with one decimal and the nearest word: "−1.5 (negative to very negative)".
 *
 * @param score −2 to +2, possibly fractional
 * @returns the text
 * @example formatEmotion(-2) // '−2 (very negative)'
 */
export function formatEmotion(score: number): string {
  if (Number.isInteger(score)) return `${formatSigned(score)} (${getEmotionWord(score)})`;
  const lower = getEmotionWord(Math.floor(score));
  const upper = getEmotionWord(Math.ceil(score));
  const [near, far] = score < 0 ? [upper, lower] : [lower, upper];
  return `${formatSigned(score, { decimals: 1 })} (${near} to ${far})`;
}

function getEmotionWord(score: number): string {
  const clamped = Math.max(-2, Math.min(2, Math.round(score))) as EmotionScore;
  return EMOTION_LABELS[clamped].toLowerCase();
}
