/**
 * A survey workbench analysis in a link's fragment (`#s=<code>`): the counts per segment and per day and the
 * view's choices, never a raw row or a comment.
 *
 *     <version>.<encoding><payload>.<checksum>        1.zjVHLbtsw….k9Qa
 *
 * encoding `z` is raw DEFLATE of the UTF-8 JSON, `j` the JSON itself (a browser without CompressionStream);
 * payload base64url; checksum 4 base64url characters over everything before it (see ../portable).
 */
import { canCompress } from '../portable/compression.ts';
import { cleanCode, readCode, writeCode, type CodeFormat } from '../portable/code-envelope.ts';
import { FRAGMENT_KEYS } from '../portable/fragment.ts';
import { packJson, unpackJson } from '../portable/json-payload.ts';
import { migrate, type Migrations } from '../portable/migrate.ts';
import { invalid, type PortableError } from '../portable/portable-error.ts';
import { err, ok, type Result } from '../result.ts';
import { z } from '../schema/zod.ts';
import { surveySummarySchema, type SurveySummary } from './survey-summary.ts';
import { surveyViewSchema, type SurveyView } from './survey-view.ts';

/** The fragment key: `#s=<code>`. */
export const SURVEY_FRAGMENT_KEY = FRAGMENT_KEYS.survey;

/** Largest analysis a link may expand to: 4,000 days and 200 segments of 11 counts fit in well under 1 MiB. */
export const MAX_SURVEY_BYTES = 1024 * 1024;

export const SURVEY_CODE: CodeFormat = {
  separator: '.',
  alphabet: /^[A-Za-z0-9_.-]$/,
  maxLength: 400_000,
  checksum: 'base64url',
  parts: { min: 1, max: 1 },
};

export const SURVEY_CODE_MIGRATIONS: Migrations = { current: 1, oldest: 1, steps: {} };

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
  const payload = canCompress() ? `z${await packJson(shared, 'deflate-raw')}` : `j${await packJson(shared, 'plain')}`;
  return writeCode(SURVEY_CODE, SURVEY_CODE_MIGRATIONS.current, [payload]);
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
  const read = readCode(cleanCode(code, [SURVEY_FRAGMENT_KEY]), SURVEY_CODE, SURVEY_CODE_MIGRATIONS);
  if (!read.ok) return read;
  const [payload = ''] = read.value.parts;
  const encoding = payload[0];
  if (encoding !== 'z' && encoding !== 'j') return err({ kind: 'unreadable' });
  const data = await unpackJson(payload.slice(1), encoding === 'z' ? 'deflate-raw' : 'plain', MAX_SURVEY_BYTES);
  if (!data.ok) return data;
  const migrated = migrate(data.value, read.value.version, SURVEY_CODE_MIGRATIONS);
  if (!migrated.ok) return migrated;
  const checked = sharedSurveySchema.safeParse(migrated.value);
  if (!checked.success) return err(invalid(checked.error.issues.map((issue) => `${issue.path.join('.') || 'the analysis'}: ${issue.message}`)));
  return ok(checked.data);
}
