/**
 * Reading exported assessment and team files (JSON) back in, with the portable layer's checks and errors:
 * size, JSON, which file it is, bank version, shape (each field named), then the assessment's rules.
 * The files themselves are written by `exportAssessmentJson` and `exportTeamJson`.
 */
import { nameExportFormat, parseJson } from '../portable/export-file.ts';
import { invalid, type PortableError } from '../portable/portable-error.ts';
import { err, ok, type Result } from '../result.ts';
import { describeSchemaIssue, formatSchemaIssue } from '../schema/describe-schema-issue.ts';
import type { z } from '../schema/zod.ts';
import { ANSWER_SET_MIGRATIONS, readAnswerSet, type AnswerSetMigrations } from './answer-set-migrations.ts';
import { ASSESSMENT_RECORD_FORMAT, assessmentRecordSchema, type AssessmentRecord } from './assessment-record.ts';
import { forRespondent } from './describe-answer-set-error.ts';
import type { QuestionBank } from './question-bank-schema.ts';
import { TEAM_RECORD_FORMAT, teamRecordSchema } from './team-record.ts';
import type { TeamRespondent } from './team-respondent.ts';

/** Largest file read, in bytes: an exported assessment is a few kilobytes, a team of 100 a few hundred. */
export const ASSESSMENT_FILE_MAX_BYTES = 1_000_000;

/** Where a team file belongs, named when one is opened on the single assessment page. */
const TEAM_PAGE = 'the team results page (/assessment/team/)';

/**
 * Why a file of this size is refused before it is read, or undefined when it may be read.
 *
 * @example getFileSizeError(2_500_000) // { kind: 'too-large', bytes: 2500000, limit: 1000000 }
 */
export function getFileSizeError(bytes: number): PortableError | undefined {
  return bytes > ASSESSMENT_FILE_MAX_BYTES ? { kind: 'too-large', bytes, limit: ASSESSMENT_FILE_MAX_BYTES } : undefined;
}

/** The file's JSON and its `format`, or why it is not one of ours. */
function readFile(text: string): Result<{ readonly format: string; readonly data: Record<string, unknown> }, PortableError> {
  const tooLarge = getFileSizeError(text.length > ASSESSMENT_FILE_MAX_BYTES ? text.length : new TextEncoder().encode(text).length);
  if (tooLarge !== undefined) return err(tooLarge);
  if (text.trim() === '') return err({ kind: 'empty' });
  const parsed = parseJson(text);
  if (!parsed.ok) return parsed;
  const data = parsed.value;
  if (typeof data !== 'object' || data === null || Array.isArray(data) || !('format' in data)) return err({ kind: 'other-tool' });
  const format = (data as Record<string, unknown>)['format'];
  if (typeof format !== 'string' || format.trim() === '') return err({ kind: 'malformed', part: 'format field' });
  if (format !== ASSESSMENT_RECORD_FORMAT && format !== TEAM_RECORD_FORMAT) return err({ kind: 'other-tool', found: nameExportFormat(format.trim().slice(0, 60)) });
  return ok({ format, data: data as Record<string, unknown> });
}

function shapeError(error: z.core.$ZodError): PortableError {
  return invalid(error.issues.map((issue) => formatSchemaIssue(describeSchemaIssue(issue))));
}

function readRecord(bank: QuestionBank, data: Record<string, unknown>, migrations: AnswerSetMigrations): Result<AssessmentRecord, PortableError> {
  // A newer bank version is reported before the shape, because a newer file may look different.
  const version = data['bankVersion'];
  if (typeof version === 'number' && Number.isInteger(version) && version > bank.version) return err({ kind: 'future-version', found: version, supported: bank.version });
  const parsed = assessmentRecordSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) return err(shapeError(parsed.error));
  const answers = readAnswerSet(bank, parsed.data, migrations);
  return answers.ok ? ok({ ...parsed.data, ...answers.value }) : answers;
}

/**
 * Imports an exported assessment (JSON text), bringing it to the current bank version. Never throws.
 *
 * @param bank the current question bank
 * @param text the file's contents
 * @param migrations the migrations table (tests pass their own)
 * @returns the record on `bank.version`, or why the file cannot be opened (fields named in `invalid` issues)
 * @example
 * importAssessmentJson(QUESTION_BANK, '{"format":"touchpoint-cx-assessment","bankVersion":1,"mode":"full","completedAt":"yesterday","answers":{}}');
 * // => { ok: false, error: { kind: 'invalid', issues: ['completedAt: expected a date-time such as "2026-03-01T10:00:00Z", got "yesterday"'], total: 1 } }
 */
export function importAssessmentJson(bank: QuestionBank, text: string, migrations: AnswerSetMigrations = ANSWER_SET_MIGRATIONS): Result<AssessmentRecord, PortableError> {
  const file = readFile(text);
  if (!file.ok) return file;
  if (file.value.format === TEAM_RECORD_FORMAT) return err({ kind: 'other-tool', found: TEAM_PAGE });
  return readRecord(bank, file.value.data, migrations);
}

/**
 * Imports an exported team, or one exported assessment as a team of one, bringing every respondent to the
 * current bank version. Never throws.
 *
 * @param bank the current question bank
 * @param text the file's contents
 * @param migrations the migrations table (tests pass their own)
 * @returns the respondents, or why the file cannot be opened (naming the field, e.g. `respondents.2.mode`, or the respondent)
 * @example
 * importTeamJson(QUESTION_BANK, exportTeamJson(team, new Date())); // => { ok: true, value: team }
 */
export function importTeamJson(bank: QuestionBank, text: string, migrations: AnswerSetMigrations = ANSWER_SET_MIGRATIONS): Result<readonly TeamRespondent[], PortableError> {
  const file = readFile(text);
  if (!file.ok) return file;
  if (file.value.format === ASSESSMENT_RECORD_FORMAT) {
    const record = readRecord(bank, file.value.data, migrations);
    if (!record.ok) return record;
    const { bankVersion, mode, answers, respondent } = record.value;
    return ok([{ bankVersion, mode, answers, ...(respondent === undefined ? {} : { respondent }) }]);
  }
  const parsed = teamRecordSchema.safeParse(file.value.data, { reportInput: true });
  if (!parsed.success) return err(shapeError(parsed.error));
  const respondents: TeamRespondent[] = [];
  for (const [index, respondent] of parsed.data.respondents.entries()) {
    const answers = readAnswerSet(bank, respondent, migrations);
    if (!answers.ok) return err(forRespondent(index, answers.error, 'entry'));
    respondents.push({ ...respondent, ...answers.value });
  }
  return ok(respondents);
}
