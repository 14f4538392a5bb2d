import { encodeShareCode } from './share-code.ts';
import type { QuestionBank } from './question-bank-schema.ts';
import { normalizeRespondentLabel } from './respondent.ts';
import type { TeamRespondent } from './team-respondent.ts';

/** A respondent left out of team results because they repeat an earlier one. */
export type TeamDuplicate = {
  /** Position of the repeat in the input list (0-based). */
  readonly index: number;
  /** Position of the earlier respondent it repeats; that one is counted. */
  readonly duplicateOf: number;
  /**
   * `same-label`: the same label (ignoring case and spacing), e.g. someone who answered twice;
   * `same-code`: identical answers (the same share code) and no different labels to tell them apart,
   * e.g. one code pasted twice.
   */
  readonly reason: 'same-label' | 'same-code';
};

/**
 * Finds respondents that repeat an earlier one, so they are reported rather than counted twice.
 * The first occurrence is kept. Two respondents with identical answers but different labels are
 * different people and both count.
 *
 * @param bank the question bank the answers are on
 * @param respondents respondents with answers on `bank.version`
 * @returns the duplicates, in input order
 * @example
 * findTeamDuplicates(QUESTION_BANK, [ana, bruno, anaAgain]); // => [{ index: 2, duplicateOf: 0, reason: 'same-label' }]
 */
export function findTeamDuplicates(bank: QuestionBank, respondents: readonly TeamRespondent[]): readonly TeamDuplicate[] {
  const kept: { index: number; label: string | undefined; code: string }[] = [];
  const duplicates: TeamDuplicate[] = [];
  respondents.forEach((respondent, index) => {
    const rawLabel = respondent.respondent?.label;
    const label = rawLabel === undefined ? undefined : normalizeRespondentLabel(rawLabel);
    const code = encodeShareCode(bank, respondent);
    const sameLabel = kept.find((earlier) => label !== undefined && earlier.label === label);
    if (sameLabel !== undefined) {
      duplicates.push({ index, duplicateOf: sameLabel.index, reason: 'same-label' });
      return;
    }
    const sameCode = kept.find(
      (earlier) => earlier.code === code && (label === undefined || earlier.label === undefined),
    );
    if (sameCode !== undefined) {
      duplicates.push({ index, duplicateOf: sameCode.index, reason: 'same-code' });
      return;
    }
    kept.push({ index, label, code });
  });
  return duplicates;
}
