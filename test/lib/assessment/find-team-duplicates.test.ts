import { describe, expect, test } from 'vitest';
import { QUESTION_BANK } from '../../../src/lib/assessment/question-bank.ts';
import { findTeamDuplicates } from '../../../src/lib/assessment/find-team-duplicates.ts';
import type { TeamRespondent } from '../../../src/lib/assessment/team-respondent.ts';
import { makeAnswerSet } from './make-answer-set.ts';

function member(notation: string, label?: string): TeamRespondent {
  const answerSet = makeAnswerSet(QUESTION_BANK, 'quick', notation);
  return label === undefined ? answerSet : { ...answerSet, respondent: { label } };
}

describe('findTeamDuplicates', () => {
  test('the same code pasted twice is one respondent', () => {
    expect(findTeamDuplicates(QUESTION_BANK, [member('33333333'), member('22222222'), member('33333333')])).toEqual([
      { index: 2, duplicateOf: 0, reason: 'same-code' },
    ]);
  });

  test('the same label, ignoring case and spacing, is one respondent even with different answers', () => {
    expect(findTeamDuplicates(QUESTION_BANK, [member('33333333', 'Ana López'), member('44444444', '  ana   lópez ')])).toEqual([
      { index: 1, duplicateOf: 0, reason: 'same-label' },
    ]);
  });

  test('identical answers from two differently labelled people are two respondents', () => {
    expect(findTeamDuplicates(QUESTION_BANK, [member('33333333', 'Ana'), member('33333333', 'Bruno')])).toEqual([]);
  });

  test('identical answers, one labelled and one not, are reported', () => {
    expect(findTeamDuplicates(QUESTION_BANK, [member('33333333', 'Ana'), member('33333333')])).toEqual([
      { index: 1, duplicateOf: 0, reason: 'same-code' },
    ]);
  });

  test('a third copy points at the first, which is the one counted', () => {
    const copies = [member('3333333d'), member('3333333d'), member('3333333d')];
    expect(findTeamDuplicates(QUESTION_BANK, copies).map((duplicate) => duplicate.duplicateOf)).toEqual([0, 0]);
  });
});
