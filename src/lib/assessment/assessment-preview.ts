/**
 * Results shown read-only, apart from the person's own (a shared link, an imported file, an entry from
 * history), and the answers they show. Pure; the store holds which preview is open.
 */
import type { PortableMessage } from '../portable/portable-error.ts';
import { err, ok, type Result } from '../result.ts';
import { readAnswerSet } from './answer-set-migrations.ts';
import type { AnswerSet } from './answer-set.ts';
import type { AssessmentRecord } from './assessment-record.ts';
import type { Respondent } from './respondent.ts';
import type { SharedResult } from './shared-results.ts';
import type { TeamRespondent } from './team-respondent.ts';
import { describeInputError } from './describe-answer-set-error.ts';
import { QUESTION_BANK } from './question-bank.ts';
import type { QuestionBank } from './question-bank-schema.ts';
import { scoreAssessment, type AssessmentResult } from './score-assessment.ts';

/**
 * Results shown read-only, apart from the person's own: a shared link, an imported file, an entry from
 * history, or a result someone shared that was kept. Not persisted: closing it (or reloading without the link) shows the person's own assessment.
 */
export type AssessmentPreview =
  /** `answerSet.respondent`: who answered, when the link carries it (format 2 links). */
  | { readonly source: 'link'; readonly code: string; readonly answerSet: TeamRespondent }
  | { readonly source: 'file'; readonly fileName: string; readonly record: AssessmentRecord }
  | { readonly source: 'history'; readonly record: AssessmentRecord }
  /** A result someone shared that you kept (see shared-results.ts). */
  | { readonly source: 'shared'; readonly entry: SharedResult }
  /** `teamHref`: the link was a team's, and this opens it on the team page. */
  | { readonly source: 'link-error'; readonly message: PortableMessage; readonly teamHref?: string };

/**
 * The answers of a preview, carried to the current bank version, or why they cannot be shown.
 *
 * @param preview what is previewed
 * @param bank the bank in use
 * @returns the answers, or a message for the person
 * @example getPreviewAnswerSet({ source: 'link-error', message }) // { ok: false, error: message }
 */
export function getPreviewAnswerSet(preview: AssessmentPreview, bank: QuestionBank = QUESTION_BANK): Result<AnswerSet, PortableMessage> {
  switch (preview.source) {
    case 'link':
      return ok(preview.answerSet);
    case 'file':
      return ok(preview.record);
    case 'history':
    case 'shared': {
      const answers = readAnswerSet(bank, preview.source === 'history' ? preview.record : preview.entry.record);
      return answers.ok ? answers : err(describeInputError(answers.error, 'saved assessment'));
    }
    case 'link-error':
      return err(preview.message);
    default:
      return preview satisfies never;
  }
}

/**
 * Scores an entry of history (carried to the current bank version) with default targets, for the history list.
 *
 * @param record a finished assessment from history
 * @param bank the bank in use
 * @returns the result, or why the entry cannot be read by this version of the assessment
 * @example scoreHistoryEntry(record) // { ok: true, value: { overall: …, dimensions: […] } }
 */
export function scoreHistoryEntry(record: AssessmentRecord, bank: QuestionBank = QUESTION_BANK): Result<AssessmentResult, PortableMessage> {
  const answerSet = getPreviewAnswerSet({ source: 'history', record }, bank);
  return answerSet.ok ? ok(scoreAssessment(bank, answerSet.value)) : answerSet;
}

/**
 * Who answered, as the link, file or kept entry says.
 *
 * @param preview the results shown read-only
 * @returns the respondent, or undefined when the link, file or entry names nobody
 */
export function getPreviewRespondent(preview: AssessmentPreview): Respondent | undefined {
  switch (preview.source) {
    case 'link':
      return preview.answerSet.respondent;
    case 'file':
    case 'history':
      return preview.record.respondent;
    case 'shared':
      return preview.entry.record.respondent;
    default:
      return undefined;
  }
}
