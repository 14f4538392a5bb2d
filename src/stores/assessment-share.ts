/**
 * Share links and files of the assessment. Answers travel in the URL fragment, which browsers never send to a server:
 * `/assessment/#r=<share code>` for one person's results and `/assessment/team/#t=<team code>` for a team.
 */
import { getFileSizeError, importAssessmentJson } from '../lib/assessment/assessment-file.ts';
import { describeInputError } from '../lib/assessment/describe-answer-set-error.ts';
import type { QuestionBank } from '../lib/assessment/question-bank-schema.ts';
import { decodeResultShareCode } from '../lib/assessment/result-share-code.ts';
import { isTeamShareCode } from '../lib/assessment/team-share-code.ts';
import { ASSESSMENT_FRAGMENT_KEYS, FRAGMENT_KEYS, getShareLink, readFragment } from '../lib/portable/fragment.ts';
import type { PortableMessage } from '../lib/portable/portable-error.ts';
import { err, ok, type Result } from '../lib/result.ts';
import { QUESTION_BANK } from '../lib/assessment/question-bank.ts';
import { openPreview } from './assessment.ts';
import type { AssessmentPreview } from '../lib/assessment/assessment-preview.ts';

/** Fragment key of one person's results. */
export const RESULT_FRAGMENT_KEY = FRAGMENT_KEYS.result;
/** Fragment key of a team's results. */
export const TEAM_FRAGMENT_KEY = FRAGMENT_KEYS.team;
export { ASSESSMENT_FRAGMENT_KEYS };

export const ASSESSMENT_PATH = '/assessment/';
export const TEAM_PATH = '/assessment/team/';

/** A problem with something that came in, worded for the page: what it was (a file name, "Entry 2 (1.f33…)") and why. */
export type InputProblem = { readonly source: string; readonly message: PortableMessage };

/** The full link that opens one person's results. */
export function getResultShareUrl(origin: string, code: string): string {
  return getShareLink(origin, ASSESSMENT_PATH, RESULT_FRAGMENT_KEY, code);
}

/** The full link that opens a team's results. */
export function getTeamShareUrl(origin: string, code: string): string {
  return getShareLink(origin, TEAM_PATH, TEAM_FRAGMENT_KEY, code);
}

/** The message for a team code opened on the single assessment page, with a link to open it where it belongs. */
function describeTeamLinkHere(code: string): AssessmentPreview {
  return {
    source: 'link-error',
    message: { headline: `This is a team result, not one person’s: open it on the team results page (${TEAM_PATH}).`, details: [] },
    teamHref: getShareLink('', TEAM_PATH, TEAM_FRAGMENT_KEY, code),
  };
}

/**
 * What the assessment page should show for a fragment: a read-only preview of shared results, an error
 * about the link, or nothing (the person's own assessment).
 */
export function getPreviewForFragment(hash: string, bank: QuestionBank = QUESTION_BANK): AssessmentPreview | undefined {
  const fragment = readFragment(hash, ASSESSMENT_FRAGMENT_KEYS);
  if (fragment.kind !== 'code') return undefined;
  // A team code under either key (they look alike): say what it is rather than name a bad character.
  if (isTeamShareCode(fragment.code)) return describeTeamLinkHere(fragment.code);
  const decoded = decodeResultShareCode(bank, fragment.code);
  return decoded.ok
    ? { source: 'link', code: fragment.code, answerSet: decoded.value }
    : { source: 'link-error', message: describeInputError(decoded.error, 'share link') };
}

/**
 * Reads an exported assessment file into a read-only preview; the person then chooses whether to import it.
 *
 * @returns the preview, or what is wrong with the file
 */
export function readAssessmentFile(fileName: string, text: string, bank: QuestionBank = QUESTION_BANK): Result<AssessmentPreview, PortableMessage> {
  const imported = importAssessmentJson(bank, text);
  return imported.ok ? ok({ source: 'file', fileName, record: imported.value }) : err(describeInputError(imported.error, 'file'));
}

/** Shows the results in a fragment read-only; returns whether there was something to show. */
export function previewFragment(hash: string): boolean {
  const preview = getPreviewForFragment(hash);
  if (preview === undefined) return false;
  openPreview(preview);
  return true;
}

/**
 * Reads chosen files as exported assessments, up to the first readable one.
 *
 * @returns what was wrong with each file before it, and the first readable one as a read-only preview
 */
export async function readAssessmentFiles(files: readonly File[]): Promise<{ problems: readonly InputProblem[]; preview: AssessmentPreview | undefined }> {
  const problems: InputProblem[] = [];
  for (const file of files) {
    const tooLarge = getFileSizeError(file.size);
    if (tooLarge !== undefined) {
      problems.push({ source: file.name, message: describeInputError(tooLarge, 'file') });
      continue;
    }
    const read = readAssessmentFile(file.name, await file.text());
    if (read.ok) return { problems, preview: read.value };
    problems.push({ source: file.name, message: read.error });
  }
  return { problems, preview: undefined };
}
