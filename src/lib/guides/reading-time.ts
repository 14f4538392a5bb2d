/** Silent reading speed for non-fiction in English, words per minute (Brysbaert 2019, doi:10.1016/j.jml.2019.104047). */
export const WORDS_PER_MINUTE = 238;

/**
 * Count the words a reader reads in an MDX body: prose and list text, not import lines, JSX tags, comments
 * or Markdown punctuation.
 *
 * @param mdxBody raw MDX source without frontmatter
 * @returns number of words
 * @example countWords('Hello <Callout type="tip">dear reader</Callout>') // 3
 */
export function countWords(mdxBody: string): number {
  const prose = mdxBody
    .replace(/^\s*(import|export)\s.*$/gm, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/[#*_`>|[\]-]+/g, ' ');
  const words = prose.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,%−-]*/gu);
  return words ? words.length : 0;
}

/**
 * Estimated reading time in whole minutes, never less than one.
 *
 * @param wordCount words in the text
 * @returns minutes, rounded up
 * @example getReadingMinutes(500) // 3
 */
export function getReadingMinutes(wordCount: number): number {
  if (!Number.isFinite(wordCount) || wordCount <= 0) return 1;
  return Math.max(1, Math.ceil(wordCount / WORDS_PER_MINUTE));
}
