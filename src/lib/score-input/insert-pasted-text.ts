/**
 * Where pasted text lands in the paste box, with a line break wherever it would otherwise run into the answers
 * around it: "9 10 1" with "0 8 9" pasted at its end must stay six answers, not become "9 10 10 8 9" (five).
 */

/** When a line break goes between the pasted text and the text beside it. */
export type SeparateWhen =
  /**
   * Wherever neither side has white space at the seam. For text the page inserts itself (a long paste, "Add to
   * them"), where the person cannot see the seam before it is read.
   */
  | 'touching'
  /**
   * Only where two digits would meet at a caret and fuse into one number. For a short paste the browser would
   * otherwise insert: a selection pasted over (part of a number replaced) is an edit, and left alone.
   */
  | 'digits-at-caret';

/** The box's text after a paste, where the caret goes (just after the pasted text) and how many line breaks were added. */
export type PastedBoxText = { readonly text: string; readonly caret: number; readonly addedBreaks: number };

const LINE_BREAK = '\n';
const WHITE_SPACE = /\s/;
/** Digits the parser reads (`read-answer-text.ts`): ASCII, full-width, Arabic-Indic, Persian, Devanagari, Bengali. */
const DIGIT = /[0-9０-９٠-٩۰-۹०-९০-৯]/;

function needsBreak(left: string | undefined, right: string | undefined, when: SeparateWhen): boolean {
  if (left === undefined || right === undefined) return false;
  return when === 'touching' ? !WHITE_SPACE.test(left) && !WHITE_SPACE.test(right) : DIGIT.test(left) && DIGIT.test(right);
}

/**
 * Put pasted text in place of the box's selection, adding a line break before and after it where it would
 * touch the text beside it (see `SeparateWhen`).
 *
 * @param value the box's text
 * @param start the selection's start (the caret when nothing is selected)
 * @param end the selection's end
 * @param pasted the pasted text
 * @param when which seams get a line break
 * @returns the new text, the caret just after the pasted text, and how many line breaks were added
 * @example insertPastedText('9 10 1', 6, 6, '0 8 9', 'digits-at-caret') // { text: '9 10 1\n0 8 9', caret: 12, addedBreaks: 1 }
 * @example insertPastedText('9 10 1\n', 7, 7, '0 8 9', 'touching') // { text: '9 10 1\n0 8 9', caret: 12, addedBreaks: 0 }
 */
export function insertPastedText(value: string, start: number, end: number, pasted: string, when: SeparateWhen): PastedBoxText {
  const before = value.slice(0, start);
  const after = value.slice(end);
  const checksSeams = pasted !== '' && (when === 'touching' || start === end);
  const lead = checksSeams && needsBreak(before.at(-1), pasted.at(0), when) ? LINE_BREAK : '';
  const trail = checksSeams && needsBreak(pasted.at(-1), after.at(0), when) ? LINE_BREAK : '';
  return {
    text: before + lead + pasted + trail + after,
    caret: before.length + lead.length + pasted.length,
    addedBreaks: lead.length + trail.length,
  };
}
