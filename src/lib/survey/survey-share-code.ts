/**
 * A survey workbench analysis in a link's fragment (`#s=<code>`): the counts per segment and per day and the
 * view's choices, never a raw row or a comment.
 *
 *     <version>.<encoding><payload>.<checksum>        1.zjVHLbtsw….k9Qa
 *
 * A JSON code: encoding, payload and checksum as in ../portable/json-payload.ts.
 */
import { FRAGMENT_KEYS } from '../portable/fragment.ts';
import { jsonCodeFormat, readJsonCode, writeJsonCode, type JsonCode } from '../portable/json-payload.ts';
import type { Migrations } from '../portable/migrate.ts';
import { invalid, type PortableError } from '../portable/portable-error.ts';
import { err, ok, type Result } from '../result.ts';
import { describeSchemaIssue, formatSchemaIssue } from '../schema/describe-schema-issue.ts';
import { z } from '../schema/zod.ts';
import { surveySummarySchema, type SurveySummary } from './survey-summary.ts';
import { surveyViewSchema, type SurveyView } from './survey-view.ts';

/** The fragment key: `#s=<code>`. */
export const SURVEY_FRAGMENT_KEY = FRAGMENT_KEYS.survey;

/** Largest analysis a link may expand to: 4,000 days and 200 segments of 11 counts fit in well under 1 MiB. */
export const MAX_SURVEY_BYTES = 1024 * 1024;

export const SURVEY_CODE = jsonCodeFormat(400_000);

export const SURVEY_CODE_MIGRATIONS: Migrations = { current: 1, oldest: 1, steps: {} };

const SURVEY_JSON_CODE: JsonCode = { key: SURVEY_FRAGMENT_KEY, format: SURVEY_CODE, maxBytes: MAX_SURVEY_BYTES, migrations: SURVEY_CODE_MIGRATIONS };

/** What a link carries: the counts and how they were viewed. */
export type SharedSurvey = { readonly summary: SurveySummary; readonly view: SurveyView };

const sharedSurveySchema = z.object({ summary: surveySummarySchema, view: surveyViewSchema });

/**
 * Encode an analysis as a share code (compressed when the browser can).
 *
 * @param shared the counts and the view
 * @returns the code
 * @example await encodeSurveyShareCode({ summary, view }) // '1.z…' + '.' + 4 checksum characters
 */
export async function encodeSurveyShareCode(shared: SharedSurvey): Promise<string> {
  return writeJsonCode(SURVEY_JSON_CODE, shared);
}

/**
 * Read a share code (bare, or a link's `#s=` fragment) back into a validated analysis. Never throws; a crafted
 * code stops at `MAX_SURVEY_BYTES` while it is being decompressed.
 *
 * @param code the code
 * @returns the analysis, or why it cannot be read
 * @example await decodeSurveyShareCode('1.j') // err({ kind: 'truncated' })
 */
export async function decodeSurveyShareCode(code: string): Promise<Result<SharedSurvey, PortableError>> {
  const data = await readJsonCode(code, SURVEY_JSON_CODE);
  if (!data.ok) return data;
  const checked = sharedSurveySchema.safeParse(data.value, { reportInput: true });
  if (!checked.success) return err(invalid(checked.error.issues.map((issue) => formatSchemaIssue(describeSchemaIssue(issue)))));
  return ok(checked.data);
}
