/**
 * State of the team results page: the respondents combined so far, from pasted links or codes and dropped files.
 *
 * Data shape in localStorage: `touchpoint:assessment-team` v1 = `{ respondents: TeamRespondent[] }` (answers on
 * the current bank version, with an optional label and role each). When the question bank gets a new version,
 * stored respondents are carried forward with migrateAnswerSet when read; if one cannot be, the whole list is
 * kept aside with a notice rather than shortened.
 */
import { formatBytes } from '../lib/text/format.ts';
import { z } from '../lib/schema/zod.ts';
import { atom } from 'nanostores';
import { aggregateTeamResults, type TeamResult } from '../lib/assessment/aggregate-team-results.ts';
import { migrateAnswerSet } from '../lib/assessment/answer-set-migrations.ts';
import { decodeShareCode } from '../lib/assessment/decode-share-code.ts';
import { decodeTeamShareCode } from '../lib/assessment/decode-team-share-code.ts';
import { describeAnswerSetError } from '../lib/assessment/describe-answer-set-error.ts';
import { describeImportError, describeTeamImportError } from '../lib/assessment/describe-import-error.ts';
import { resolveTargets, type DimensionTargets } from '../lib/assessment/dimension-targets.ts';
import { getTeamDisagreement } from '../lib/assessment/get-team-disagreement.ts';
import { getFormat, importAssessmentJson, parseJson } from '../lib/assessment/import-assessment-json.ts';
import { importTeamJson } from '../lib/assessment/import-team-json.ts';
import type { MaturityLevel } from '../lib/assessment/maturity-level.ts';
import type { QuestionBank } from '../lib/assessment/question-bank-schema.ts';
import { rankPriorities, type DimensionDisagreement, type PriorityGap } from '../lib/assessment/rank-priorities.ts';
import type { Respondent } from '../lib/assessment/respondent.ts';
import { roundScore } from '../lib/assessment/round-score.ts';
import type { DimensionScore } from '../lib/assessment/score-dimension.ts';
import { describeShareCodeError } from '../lib/assessment/share-code-error.ts';
import { describeTeamShareCodeError } from '../lib/assessment/team-share-code-error.ts';
import { isTeamShareCode, MAX_TEAM_RESPONDENTS } from '../lib/assessment/team-share-code.ts';
import { TEAM_RECORD_FORMAT } from '../lib/assessment/team-record.ts';
import { teamRespondentSchema, type TeamRespondent } from '../lib/assessment/team-respondent.ts';
import type { ValueSummary } from '../lib/assessment/value-summary.ts';
import { validateAnswerSet } from '../lib/assessment/validate-answer-set.ts';
import { err, ok, type Result } from '../lib/result.ts';
import { schemaParser } from '../lib/storage/schema-parser.ts';
import { ASSESSMENT_BANK } from './assessment.ts';
import { MAX_IMPORT_FILE_BYTES, extractPastedCode, readShareFragment } from './assessment-share.ts';
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
export function parseTeamState(data: unknown, bank: QuestionBank = ASSESSMENT_BANK): Result<TeamState, string> {
  const shape = parseTeamShape(data);
  if (!shape.ok) return shape;
  const respondents: TeamRespondent[] = [];
  for (const [index, member] of shape.value.respondents.entries()) {
    const migrated = migrateAnswerSet(bank, member);
    if (!migrated.ok) return err(`respondent ${index + 1}: ${describeImportError(bank, migrated.error).join(' ')}`);
    const validated = validateAnswerSet(bank, migrated.value);
    if (!validated.ok) {
      return err(`respondent ${index + 1}: ${validated.error.map((error) => describeAnswerSetError(bank, error)).join(' ')}`);
    }
    respondents.push({ ...member, ...validated.value });
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

/** Something that could not be added, and why. */
export type TeamInputProblem = {
  /** What it was: "Entry 2 (1.f33…)" or a file name. */
  readonly source: string;
  readonly messages: readonly string[];
};

/** What reading pasted text or files produced. */
export type TeamInputOutcome = {
  readonly respondents: readonly TeamRespondent[];
  readonly problems: readonly TeamInputProblem[];
  /** The pasted entries that could not be read, to leave in the box for correcting. */
  readonly unreadEntries: readonly string[];
};

const PREVIEW_CHARACTERS = 12;

function describeEntry(index: number, entry: string): string {
  const preview = entry.length > PREVIEW_CHARACTERS ? `${entry.slice(0, PREVIEW_CHARACTERS)}…` : entry;
  return `Entry ${index + 1} (${preview})`;
}

/**
 * Reads pasted share links, team links or bare codes. Links and codes never contain spaces, so entries may
 * be separated by line breaks or spaces.
 *
 * @example
 * readPastedCodes('https://…/assessment/#r=1.q3…\n1.q45…'); // => { respondents: [2 respondents], problems: [], unreadEntries: [] }
 */
export function readPastedCodes(text: string, bank: QuestionBank = ASSESSMENT_BANK): TeamInputOutcome {
  const entries = text.split(/\s+/).filter((entry) => entry !== '');
  const respondents: TeamRespondent[] = [];
  const problems: TeamInputProblem[] = [];
  const unreadEntries: string[] = [];
  entries.forEach((entry, index) => {
    const pasted = extractPastedCode(entry);
    if (pasted.kind === 'team') {
      const decoded = decodeTeamShareCode(bank, pasted.code);
      if (decoded.ok) respondents.push(...decoded.value);
      else {
        problems.push({ source: describeEntry(index, entry), messages: [describeTeamShareCodeError(bank, decoded.error)] });
        unreadEntries.push(entry);
      }
      return;
    }
    const decoded = decodeShareCode(bank, pasted.code);
    if (decoded.ok) respondents.push(decoded.value);
    else {
      problems.push({ source: describeEntry(index, entry), messages: [describeShareCodeError(bank, decoded.error)] });
      unreadEntries.push(entry);
    }
  });
  return { respondents, problems, unreadEntries };
}

/**
 * Reads one dropped or chosen JSON file: an exported assessment (one respondent) or an exported team.
 *
 * @returns the respondents in it, or the lines of a message naming what is wrong
 */
export function readTeamFile(text: string, bank: QuestionBank = ASSESSMENT_BANK): Result<readonly TeamRespondent[], readonly string[]> {
  const json = parseJson(text);
  if (json.ok && getFormat(json.value) === TEAM_RECORD_FORMAT) {
    const team = importTeamJson(bank, text);
    return team.ok ? team : err(describeTeamImportError(bank, team.error));
  }
  const imported = importAssessmentJson(bank, text);
  if (!imported.ok) return err(describeImportError(bank, imported.error));
  const { bankVersion, mode, answers, respondent } = imported.value;
  return ok([{ bankVersion, mode, answers, ...(respondent === undefined ? {} : { respondent }) }]);
}

/** Reads several files (name, size and text), reporting each one that cannot be used. */
export function readTeamFiles(
  files: readonly { readonly name: string; readonly size: number; readonly text: string | undefined }[],
  bank: QuestionBank = ASSESSMENT_BANK,
): TeamInputOutcome {
  const respondents: TeamRespondent[] = [];
  const problems: TeamInputProblem[] = [];
  for (const file of files) {
    if (file.size > MAX_IMPORT_FILE_BYTES || file.text === undefined) {
      problems.push({
        source: file.name,
        messages: [`This file is ${formatBytes(file.size)}; exported assessment and team files are far smaller (the limit is 1 MB).`],
      });
      continue;
    }
    const read = readTeamFile(file.text, bank);
    if (read.ok) respondents.push(...read.value);
    else problems.push({ source: file.name, messages: read.error });
  }
  return { respondents, problems, unreadEntries: [] };
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

/** A question the team should discuss first: answers two or more levels apart. */
export type DiscussionPoint = {
  readonly dimensionId: string;
  readonly questionId: string;
  readonly summary: ValueSummary;
};

/** Team results with what the page shows beside them. */
export type TeamView = {
  readonly team: TeamResult;
  readonly disagreement: DimensionDisagreement;
  /** Dimensions whose median level is below target, ranked like a person's priorities. */
  readonly priorities: readonly PriorityGap[];
  /** Target level per dimension with a median (chosen or default). */
  readonly targets: Readonly<Record<string, MaturityLevel>>;
  /** Questions with disagreement, widest spread first, then in bank order. */
  readonly discussFirst: readonly DiscussionPoint[];
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
  bank: QuestionBank = ASSESSMENT_BANK,
): TeamView {
  const team = aggregateTeamResults(bank, respondents);
  const disagreement = getTeamDisagreement(team);
  const medianScores = getMedianScores(team);
  const resolvedTargets = resolveTargets(medianScores, targets);
  const order = new Map(bank.dimensions.flatMap((dimension) => dimension.questions.map((question, index) => [question.id, index] as const)));
  const discussFirst = team.dimensions
    .flatMap((dimension, dimensionIndex) =>
      dimension.questions.flatMap((question) =>
        question.disagreement && question.summary !== undefined
          ? [{ point: { dimensionId: dimension.dimensionId, questionId: question.questionId, summary: question.summary }, dimensionIndex }]
          : [],
      ),
    )
    .sort(
      (left, right) =>
        right.point.summary.spread - left.point.summary.spread ||
        left.dimensionIndex - right.dimensionIndex ||
        (order.get(left.point.questionId) ?? 0) - (order.get(right.point.questionId) ?? 0),
    )
    .map(({ point }) => point);
  return {
    team,
    disagreement,
    priorities: rankPriorities(medianScores, resolvedTargets, disagreement),
    targets: resolvedTargets,
    discussFirst,
  };
}

/** A team opened from a link, shown read-only until the person adds it to their own list. */
export type TeamPreview =
  | { readonly kind: 'team'; readonly code: string; readonly respondents: readonly TeamRespondent[] }
  | { readonly kind: 'error'; readonly message: string };

/** The team link being viewed, if any. */
export const $teamPreview = atom<TeamPreview | undefined>(undefined);

/** What the team page should show for a fragment: a team from a link, an error, or nothing. */
export function getTeamPreviewForFragment(hash: string, bank: QuestionBank = ASSESSMENT_BANK): TeamPreview | undefined {
  const fragment = readShareFragment(hash);
  switch (fragment.kind) {
    case 'none':
    case 'other':
      return undefined;
    case 'result':
    case 'team': {
      // Read by what the code is, not by the key: a team code under `#r=` is still a team.
      if (isTeamShareCode(fragment.code)) {
        const decoded = decodeTeamShareCode(bank, fragment.code);
        return decoded.ok
          ? { kind: 'team', code: fragment.code.trim(), respondents: decoded.value }
          : { kind: 'error', message: describeTeamShareCodeError(bank, decoded.error) };
      }
      // One person's link (or code under `#t=`) opened on the team page: show it as a team of one, which can be added.
      const decoded = decodeShareCode(bank, fragment.code);
      return decoded.ok
        ? { kind: 'team', code: fragment.code.trim(), respondents: [decoded.value] }
        : { kind: 'error', message: describeShareCodeError(bank, decoded.error) };
    }
    default:
      return fragment satisfies never;
  }
}
