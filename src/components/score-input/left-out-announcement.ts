import { formatCount } from './format.ts';

/**
 * The sentence the live region adds to a result when pasted values were left out, so a screen-reader user
 * hears it with the result rather than finding it only in the report under the box.
 *
 * @param leftOut how many values cannot count
 * @param answers whose answers, e.g. "the earlier period’s answers"
 * @returns one sentence, or '' when nothing was left out
 */
export function getLeftOutAnnouncement(leftOut: number, answers = 'the answers'): string {
  if (leftOut === 0) return '';
  const values = leftOut === 1 ? 'value that cannot count was' : 'values that cannot count were';
  return `${formatCount(leftOut)} ${values} left out of ${answers}: the notes by the answers say which and why.`;
}

/** A result's announcement followed by whatever was left out, as one text for the live region. */
export function joinAnnouncements(...sentences: readonly string[]): string {
  return sentences.filter((sentence) => sentence !== '').join(' ');
}
