import { err, ok, type Result } from '../result.ts';
import { ANSWER_SET_MIGRATIONS, migrateAnswerSet, type AnswerSetMigrations } from './answer-set-migrations.ts';
import { describeSchemaIssue } from '../schema/describe-schema-issue.ts';
import { getFormat, parseJson, type ImportError } from './import-assessment-json.ts';
import type { QuestionBank } from './question-bank-schema.ts';
import type { TeamRespondent } from './team-respondent.ts';
import { TEAM_RECORD_FORMAT, teamRecordSchema } from './team-record.ts';
import { validateAnswerSet } from './validate-answer-set.ts';

/** Why a team file could not be read; answer and version problems say which respondent (from 0). */
export type TeamImportError =
  | Exclude<ImportError, { readonly kind: 'invalid-answers' } | { readonly kind: 'future-version' } | { readonly kind: 'unsupported-version' }>
  | { readonly kind: 'respondent'; readonly index: number; readonly error: ImportError };

/**
 * Imports an exported team (JSON text), bringing every respondent to the current bank version.
 *
 * @param bank the current question bank
 * @param text the file's contents
 * @param migrations the migrations table (tests pass their own)
 * @returns the respondents, or an error naming the field (e.g. `respondents.2.mode`) and why
 * @example
 * importTeamJson(QUESTION_BANK, exportTeamJson(team, new Date())); // => { ok: true, value: team }
 */
export function importTeamJson(
  bank: QuestionBank,
  text: string,
  migrations: AnswerSetMigrations = ANSWER_SET_MIGRATIONS,
): Result<readonly TeamRespondent[], TeamImportError> {
  const json = parseJson(text);
  if (!json.ok) return json;
  const format = getFormat(json.value);
  if (format !== TEAM_RECORD_FORMAT) return err({ kind: 'wrong-format', found: format, expected: TEAM_RECORD_FORMAT });
  const parsed = teamRecordSchema.safeParse(json.value, { reportInput: true });
  if (!parsed.success) return err({ kind: 'wrong-shape', issues: parsed.error.issues.map(describeSchemaIssue) });
  const respondents: TeamRespondent[] = [];
  for (const [index, respondent] of parsed.data.respondents.entries()) {
    const migrated = migrateAnswerSet(bank, respondent, migrations);
    if (!migrated.ok) return err({ kind: 'respondent', index, error: migrated.error });
    const validated = validateAnswerSet(bank, migrated.value);
    if (!validated.ok) return err({ kind: 'respondent', index, error: { kind: 'invalid-answers', errors: validated.error } });
    respondents.push({ ...respondent, ...validated.value });
  }
  return ok(respondents);
}
