/**
 * Why a score calculator has no result yet, for what only a paste, a file or typed counts lead to: loaded with the
 * input's later parts (score-input-parts.ts), which the input asks for as soon as there is one.
 */

/** When something was given but no answer can count. */
export const NO_VALUES_REASONS = {
  'all-left-out': 'None of the values can count, so there is no result yet: the list under the box says why for each one.',
  'words-unscored': 'The answers are written as words: check the score given to each word above, then choose “Count these answers”.',
  'no-responses': 'The export has no responses yet, only its header rows.',
  'empty-column': 'The chosen column has no values: choose another column.',
  'choose-column': 'No column looks like answers on this scale: choose the column to read.',
  'group-column': 'The chosen column holds Net Promoter groups, not answers on this scale: choose the column of the question itself.',
  'zero-counts': 'Every count is 0: type how many gave each answer.',
  'kept-other-scale': 'The counts kept from your large paste were read on another scale. Paste the answers again to read them on this one.',
} as const;

/** When a typed count is wrong (the field says which). */
export const INVALID_COUNTS = 'Fix the counts marked above to see the result.';
