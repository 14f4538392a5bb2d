/**
 * State of the team results page: the respondents combined so far, from pasted links or codes and dropped files.
 *
 * Data shape in localStorage: `touchpoint:assessment-team` v1 = `{ respondents: TeamRespondent[] }` (answers on
 * the current bank version, with an optional label and role each). When the question bank gets a new version,
 * stored respondents are carried forward with migrateAnswerSet when read; if one cannot be, the whole list is
 * kept aside with a notice rather than shortened.
 */
import { z } from '../lib/schema/zod.ts';
import { aggregateTeamResults, type TeamResult } from '../lib/assessment/aggregate-team-results.ts';
import { readAnswerSet } from '../lib/assessment/answer-set-migrations.ts';
import { ASSESSMENT_FILE_MAX_BYTES, getFileSizeError, importTeamJson } from '../lib/assessment/assessment-file.ts';
import { describeInputError, forRespondent } from '../lib/assessment/describe-answer-set-error.ts';
import { resolveTargets, type DimensionTargets } from '../lib/assessment/dimension-targets.ts';
import { getTeamDisagreement } from '../lib/assessment/get-team-disagreement.ts';
import type { MaturityLevel } from '../lib/assessment/maturity-level.ts';
import type { QuestionBank } from '../lib/assessment/question-bank-schema.ts';
import { rankPriorities, type DimensionDisagreement, type PriorityGap } from '../lib/assessment/rank-priorities.ts';
import type { Respondent } from '../lib/assessment/respondent.ts';
import { roundScore } from '../lib/assessment/round-score.ts';
import type { DimensionScore } from '../lib/assessment/score-dimension.ts';
import { decodeResultShareCode } from '../lib/assessment/result-share-code.ts';
import { rankDisagreement, type QuestionDisagreement } from '../lib/assessment/rank-disagreement.ts';
import { teamRespondentSchema, type TeamRespondent } from '../lib/assessment/team-respondent.ts';
import { decodeTeamShareCode, getPastedCode, isTeamShareCode, MAX_TEAM_RESPONDENTS, splitPastedEntries } from '../lib/assessment/team-share-code.ts';
import { readFragment } from '../lib/portable/fragment.ts';
import { formatPortableMessage, type PortableError } from '../lib/portable/portable-error.ts';
import { err, ok, type Result } from '../lib/result.ts';
import { schemaParser } from '../lib/storage/schema-parser.ts';
import { QUESTION_BANK } from '../lib/assessment/question-bank.ts';
import type { TeamPreview } from './assessment.ts';
import { ASSESSMENT_FRAGMENT_KEYS, type InputProblem } from './assessment-share.ts';
import { persistedAtom } from './persisted-atom.ts';

const teamStateSchema = z.object({
  /** The respondents in the order they were added. */
  respondents: z.readonly(z.array(teamRespondentSchema)),
});

/** The team being combined. */
export type TeamState = z.output<typeof teamStateSchema>;

export const INITIAL_TEAM_STATE: TeamState = { respondents: [] };

const parseTeamShape = schemaParser(teamStateSchema);

/** Reads the stored team, carrying every respondent to the current bank version. */
export function parseTeamState(data: unknown, bank: QuestionBank = QUESTION_BANK): Result<TeamState, string> {
  const shape = parseTeamShape(data);
  if (!shape.ok) return shape;
  const respondents: TeamRespondent[] = [];
  for (const [index, member] of shape.value.respondents.entries()) {
    const answers = readAnswerSet(bank, member);
    if (!answers.ok) return err(formatPortableMessage(describeInputError(forRespondent(index, answers.error, 'entry'), 'saved team')));
    respondents.push({ ...member, ...answers.value });
  }
  return ok({ respondents });
}

/** The respondents combined on the team page. */
export const $teamState = persistedAtom<TeamState>({
  key: 'assessment-team',
  version: 1,
  initial: INITIAL_TEAM_STATE,
  parse: (data) => parseTeamState(data),
});

/** What reading pasted text or files produced. */
export type TeamInputOutcome = {
  readonly respondents: readonly TeamRespondent[];
  readonly problems: readonly InputProblem[];
  /** The pasted entries that could not be read, to leave in the box for correcting. */
  readonly unreadEntries: readonly string[];
};

const PREVIEW_CHARACTERS = 12;

function describeEntry(index: number, entry: string): string {
  const preview = entry.length > PREVIEW_CHARACTERS ? `${entry.slice(0, PREVIEW_CHARACTERS)}…` : entry;
  return `Entry ${index + 1} (${preview})`;
}

/** One person's code or a team's, read by what the code is: the respondents in it, or why it cannot be read. */
function decodeAnyCode(code: string, bank: QuestionBank): Result<readonly TeamRespondent[], PortableError> {
  if (isTeamShareCode(code)) return decodeTeamShareCode(bank, code);
  const decoded = decodeResultShareCode(bank, code);
  return decoded.ok ? ok([decoded.value]) : decoded;
}

/**
 * Reads pasted share links, team links or bare codes. Links and codes never contain spaces, so entries may
 * be separated by line breaks or spaces; words around them on a line are left out (see splitPastedEntries).
 *
 * @example
 * readPastedCodes('https://…/assessment/#r=1.q3…\n1.q45…'); // => { respondents: [2 respondents], problems: [], unreadEntries: [] }
 */
export function readPastedCodes(text: string, bank: QuestionBank = QUESTION_BANK): TeamInputOutcome {
  const respondents: TeamRespondent[] = [];
  const problems: InputProblem[] = [];
  const unreadEntries: string[] = [];
  splitPastedEntries(text).forEach(({ text: entry, code }, index) => {
    if (!code) {
      problems.push({ source: describeEntry(index, entry), message: { headline: 'This line has no share link or code in it.', details: [] } });
      unreadEntries.push(entry);
      return;
    }
    const pasted = getPastedCode(entry);
    const decoded = decodeAnyCode(pasted.code, bank);
    if (decoded.ok) respondents.push(...decoded.value);
    else {
      problems.push({ source: describeEntry(index, entry), message: describeInputError(decoded.error, pasted.kind === 'team' ? 'team code' : 'code') });
      unreadEntries.push(entry);
    }
  });
  return { respondents, problems, unreadEntries };
}

/** Reads several files (name, size and text; no text when too large to read), reporting each one that cannot be used. */
export function readTeamFiles(
  files: readonly { readonly name: string; readonly size: number; readonly text: string | undefined }[],
  bank: QuestionBank = QUESTION_BANK,
): TeamInputOutcome {
  const respondents: TeamRespondent[] = [];
  const problems: InputProblem[] = [];
  for (const file of files) {
    const read: Result<readonly TeamRespondent[], PortableError> =
      file.text === undefined ? err(getFileSizeError(file.size) ?? { kind: 'empty' }) : importTeamJson(bank, file.text);
    if (read.ok) respondents.push(...read.value);
    else problems.push({ source: file.name, message: describeInputError(read.error, 'file') });
  }
  return { respondents, problems, unreadEntries: [] };
}

/** Reads chosen or dropped files (a file too large to read is named, not read). */
export async function readChosenTeamFiles(files: readonly File[], bank: QuestionBank = QUESTION_BANK): Promise<TeamInputOutcome> {
  const read = await Promise.all(
    files.map(async (file) => ({ name: file.name, size: file.size, text: file.size > ASSESSMENT_FILE_MAX_BYTES ? undefined : await file.text() })),
  );
  return readTeamFiles(read, bank);
}

/**
 * Adds respondents to the team, up to the most a team link can carry.
 *
 * @returns how many were added and how many did not fit
 */
export function addTeamRespondents(respondents: readonly TeamRespondent[]): { added: number; notAdded: number } {
  const current = $teamState.get().respondents;
  const room = Math.max(MAX_TEAM_RESPONDENTS - current.length, 0);
  const added = respondents.slice(0, room);
  if (added.length > 0) $teamState.set({ respondents: [...current, ...added] });
  return { added: added.length, notAdded: respondents.length - added.length };
}

/** Sets one respondent's optional label and role (empty fields removed). */
export function updateTeamRespondent(index: number, respondent: Respondent): void {
  const label = respondent.label?.trim();
  const cleaned: Respondent = {
    ...(label === undefined || label === '' ? {} : { label }),
    ...(respondent.role === undefined ? {} : { role: respondent.role }),
  };
  $teamState.set({
    respondents: $teamState.get().respondents.map((member, position) => {
      if (position !== index) return member;
      const { respondent: _previous, ...answers } = member;
      return Object.keys(cleaned).length === 0 ? answers : { ...answers, respondent: cleaned };
    }),
  });
}

/** Removes one respondent, returning it so the person can undo. */
export function removeTeamRespondent(index: number): TeamRespondent | undefined {
  const respondents = $teamState.get().respondents;
  const removed = respondents[index];
  $teamState.set({ respondents: respondents.filter((_, position) => position !== index) });
  return removed;
}

/** Puts a removed respondent back where it was. */
export function restoreTeamRespondent(index: number, respondent: TeamRespondent): void {
  const respondents = [...$teamState.get().respondents];
  respondents.splice(Math.min(index, respondents.length), 0, respondent);
  $teamState.set({ respondents });
}

/** Removes every respondent. */
export function clearTeam(): void {
  $teamState.set(INITIAL_TEAM_STATE);
}

/** Team results with what the page shows beside them. */
export type TeamView = {
  readonly team: TeamResult;
  readonly disagreement: DimensionDisagreement;
  /** Dimensions whose median level is below target, ranked like a person's priorities. */
  readonly priorities: readonly PriorityGap[];
  /** Target level per dimension with a median (chosen or default). */
  readonly targets: Readonly<Record<string, MaturityLevel>>;
  /** Questions with disagreement, widest first (see rank-disagreement.ts); positions are those of `team.members`. */
  readonly discussFirst: readonly QuestionDisagreement[];
};

/**
 * The team's median dimension results as dimension scores, so a team's priorities rank by the same rules
 * as a person's: level gap, then disagreement, then the lower score, then bank order.
 */
function getMedianScores(team: TeamResult): readonly DimensionScore[] {
  return team.dimensions.map((dimension): DimensionScore => {
    const counts = {
      asked: team.countedRespondents,
      answered: dimension.summary?.count ?? 0,
      dontKnow: 0,
      notApplicable: 0,
      unanswered: dimension.notEnoughAnswers,
    };
    if (dimension.summary === undefined || dimension.level === undefined) {
      return { status: 'not-enough-answers', dimensionId: dimension.dimensionId, reason: 'too-many-unknown', counts };
    }
    return { status: 'scored', dimensionId: dimension.dimensionId, score: roundScore(dimension.summary.median), level: dimension.level, counts };
  });
}

/**
 * Combines the respondents and ranks what the team should look at first.
 *
 * @param respondents the team, on the current bank version
 * @param targets the targets chosen on the person's own results page (defaults elsewhere)
 */
export function getTeamView(
  respondents: readonly TeamRespondent[],
  targets: DimensionTargets,
  bank: QuestionBank = QUESTION_BANK,
): TeamView {
  const team = aggregateTeamResults(bank, respondents);
  const disagreement = getTeamDisagreement(team);
  const medianScores = getMedianScores(team);
  const resolvedTargets = resolveTargets(medianScores, targets);
  const duplicates = new Set(team.duplicates.map((duplicate) => duplicate.index));
  const discussFirst = rankDisagreement(bank, respondents, duplicates);
  return {
    team,
    disagreement,
    priorities: rankPriorities(medianScores, resolvedTargets, disagreement),
    targets: resolvedTargets,
    discussFirst,
  };
}

/**
 * What the team page should show for a fragment: a team from a link, an error, or nothing. Read by what the
 * code is, not by the key: a team code under `#r=` is a team, and one person's link is a team of one.
 */
export function getTeamPreviewForFragment(hash: string, bank: QuestionBank = QUESTION_BANK): TeamPreview | undefined {
  const fragment = readFragment(hash, ASSESSMENT_FRAGMENT_KEYS);
  if (fragment.kind !== 'code') return undefined;
  const decoded = decodeAnyCode(fragment.code, bank);
  return decoded.ok
    ? { kind: 'team', code: fragment.code, respondents: decoded.value }
    : { kind: 'error', message: describeInputError(decoded.error, isTeamShareCode(fragment.code) ? 'team link' : 'share link') };
}
