/**
 * A comment's words as the codebook's rules see them: surface words (not stems), in order, folded for case and
 * Unicode compatibility forms (NFKC: "ＡＢＣ" is "abc", a decomposed "café" is the composed one) and for
 * apostrophes (’ ‘ ʼ are '), so "don’t" and "don't" are one word. Accents are kept: "café" and "cafe" are two
 * words (in many languages an accent tells words apart; a rule can cover both with `caf*`).
 *
 * Words are Unicode word boundaries (UAX #29) through `Intl.Segmenter`: punctuation, spaces, emoji and symbols
 * separate words and are dropped; "e-mail" is "e", "mail"; "3.5", "e.g" and "customer's" stay whole. The
 * segmenter's locale is fixed ('en': the Unicode defaults, the same for every language that spaces its words),
 * so a rule matches the same comments in every browser.
 */

/** One segmenter for every comment and rule: creating one per call costs more than segmenting a short comment. */
const WORD_SEGMENTER = new Intl.Segmenter('en', { granularity: 'word' });

/** Apostrophe look-alikes people type or keyboards substitute, all read as U+0027. */
const APOSTROPHES = /[\u2019\u2018\u02BC\uFF07]/g;

/**
 * Plain ASCII text (most comments; curly apostrophes allowed) takes a regular expression that reads the same words as the segmenter, about
 * 15 times faster: letters and digits, joined across one `.` `'` `:` between letters and one `.` `'` `,` `;`
 * between digits (Unicode's rules WB5–WB12 restricted to ASCII). Text with `_` goes to the segmenter, whose
 * treatment of underscores alone ("_" is no word, "___" is one) is not worth copying. A test checks the two agree.
 */
const ASCII_WITHOUT_UNDERSCORE = /^[\x00-\x5E\x60-\x7F]*$/;
const ASCII_WORD = /[a-z0-9]+(?:(?:(?<=[a-z])[.':](?=[a-z])|(?<=[0-9])[.',;](?=[0-9]))[a-z0-9]+)*/g;

/**
 * Fold text the way comment words are folded: NFKC, lower case, apostrophes as '.
 *
 * @param text any text
 * @returns the folded text
 * @example foldCommentText('DON’T') // "don't"
 */
export function foldCommentText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(APOSTROPHES, "'");
}

/**
 * The words of a comment, in order, folded (see the module comment).
 *
 * @param text a comment
 * @returns its words; empty when it has none (only emoji or punctuation)
 * @example readCommentWords('Delivery was LATE, e-mail didn’t help 😠') // ['delivery', 'was', 'late', 'e', 'mail', "didn't", 'help']
 */
export function readCommentWords(text: string): string[] {
  const straightened = text.replace(APOSTROPHES, "'");
  if (ASCII_WITHOUT_UNDERSCORE.test(straightened)) return straightened.toLowerCase().match(ASCII_WORD) ?? [];
  const words: string[] = [];
  for (const segment of WORD_SEGMENTER.segment(foldCommentText(text))) {
    if (segment.isWordLike === true) words.push(segment.segment);
  }
  return words;
}
