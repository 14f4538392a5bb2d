/**
 * The schema of a codebook as it is saved, exported and shared, and the one reader that checks data from outside
 * against it: limits, unique theme ids, and every rule parsed (a refused codebook says which theme, which rule
 * and why, through the portable layer's `invalid`).
 */
import { invalid, type PortableError } from '../portable/portable-error.ts';
import { err, ok, type Result } from '../result.ts';
import { describeSchemaIssue } from '../schema/describe-schema-issue.ts';
import { z } from '../schema/zod.ts';
import { ID_PATTERN } from '../text/id.ts';
import type { Codebook, Theme } from './comment.ts';
import { describeThemeRuleError, parseThemeRule, RULE_LIMITS } from './theme-rule.ts';

/** The limits of a codebook. */
export const CODEBOOK_LIMITS = { themes: 100, themeName: 60, rulesPerTheme: 30, handCodes: 100_000, themesPerHandCode: 100, commentKey: 300 } as const;

/** A comment key as `getCommentKey` writes it. */
const COMMENT_KEY_PATTERN = /^(?:id:.+|row:[1-9][0-9]*)$/su;

const themeIdSchema = z.string().check(z.regex(ID_PATTERN, 'must be 1 to 40 letters, digits, “-” or “_”'));

const themeSchema = z.object({
  id: themeIdSchema,
  name: z.string().check(
    z.maxLength(CODEBOOK_LIMITS.themeName),
    z.refine((name) => name.trim() !== '', 'must not be empty'),
  ),
  // Each rule is parsed; the length bound first only keeps a crafted list from costing more than that.
  rules: z.array(z.string().check(z.maxLength(RULE_LIMITS.characters * 4))).check(
    z.maxLength(CODEBOOK_LIMITS.rulesPerTheme),
    z.superRefine((rules, context) => {
      rules.forEach((rule, position) => {
        const parsed = parseThemeRule(rule);
        if (!parsed.ok) context.addIssue({ code: 'custom', path: [position], message: describeThemeRuleError(parsed.error) });
      });
    }),
  ),
});

const themesSchema = z.array(themeSchema).check(
  z.maxLength(CODEBOOK_LIMITS.themes),
  z.superRefine((themes, context) => {
    const seen = new Map<string, number>();
    themes.forEach((theme, position) => {
      const earlier = seen.get(theme.id);
      if (earlier !== undefined) context.addIssue({ code: 'custom', path: [position, 'id'], message: `repeats the id “${theme.id}” of theme ${String(earlier + 1)}` });
      else seen.set(theme.id, position);
    });
  }),
);

const handCodesSchema = z.record(
  z.string().check(z.maxLength(CODEBOOK_LIMITS.commentKey), z.regex(COMMENT_KEY_PATTERN, 'is not a comment key (“id:…” or “row:…”)')),
  z.array(themeIdSchema).check(z.maxLength(CODEBOOK_LIMITS.themesPerHandCode)),
);

/** A codebook: themes and hand codes. */
export const codebookSchema = z.object({
  themes: themesSchema,
  handCodes: z._default(handCodesSchema, {}),
}) satisfies z.ZodMiniType<Codebook, unknown>;

/** What a share code carries: the themes only. */
export const sharedThemesSchema = z.object({ themes: themesSchema }) satisfies z.ZodMiniType<{ readonly themes: readonly Theme[] }, unknown>;

type Issue = z.core.$ZodIssue;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `“text”`, cut at 40 characters, or nothing when the value is not text. */
function quote(value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') return '';
  return ` (“${value.length > 40 ? `${value.slice(0, 40)}…` : value}”)`;
}

/** Where an issue is, in words: "Theme 2 (“Price”), rule 3 (“a*”)". */
function describePlace(path: readonly PropertyKey[], data: unknown): string {
  const [section, position, field, rule] = path;
  const themes = isRecord(data) && Array.isArray(data['themes']) ? (data['themes'] as unknown[]) : [];
  if (section === 'themes' && typeof position === 'number') {
    const theme: unknown = themes[position];
    const name = isRecord(theme) ? theme['name'] : undefined;
    const place = `Theme ${String(position + 1)}${quote(name)}`;
    if (field === 'rules' && typeof rule === 'number') {
      const rules = isRecord(theme) && Array.isArray(theme['rules']) ? (theme['rules'] as unknown[]) : [];
      return `${place}, rule ${String(rule + 1)}${quote(rules[rule])}`;
    }
    if (field === 'rules') return `${place}: its list of rules`;
    return field === 'name' || field === 'id' ? `${place}: its ${field}` : place;
  }
  if (section === 'themes') return 'The list of themes';
  if (section === 'handCodes' && typeof position === 'string') return `The hand code of comment “${position.slice(0, 40)}”`;
  if (section === 'handCodes') return 'The hand codes';
  return 'The codebook';
}

/** One issue as a sentence: the place, then the reason in the one describer's words (../schema/describe-schema-issue.ts). */
function describeIssue(issue: Issue, data: unknown): string {
  const [section, key] = issue.path;
  if (issue.code === 'invalid_key' && section === 'handCodes') return `The hand codes have a key (“${String(key).slice(0, 40)}”) that is not a comment key (“id:…” or “row:…”).`;
  return `${describePlace(issue.path, data)} ${describeSchemaIssue(issue, () => '').message}.`;
}

function readWith<T>(schema: z.ZodMiniType<T, unknown>, data: unknown, checkHandCodes: boolean): Result<T, PortableError> {
  // Counted before parsing: a crafted file cannot make the schema walk millions of entries.
  if (checkHandCodes && isRecord(data) && isRecord(data['handCodes']) && Object.keys(data['handCodes']).length > CODEBOOK_LIMITS.handCodes) {
    return err(invalid([`The codebook has ${String(Object.keys(data['handCodes']).length)} hand codes; it may have at most ${String(CODEBOOK_LIMITS.handCodes)}.`]));
  }
  const checked = schema.safeParse(data, { reportInput: true });
  if (checked.success) return ok(checked.data);
  return err(invalid(checked.error.issues.map((issue) => describeIssue(issue, data))));
}

/**
 * Check a codebook read from outside (a file, saved data). Never throws.
 *
 * @param data plain JSON data (already migrated)
 * @returns the codebook, or every problem in a sentence (which theme, which rule, why)
 * @example readCodebook({ themes: [{ id: 'p', name: 'Price', rules: ['a*'] }], handCodes: {} })
 * // err(invalid(['Theme 1 (“Price”), rule 1 (“a*”) has “a*”, which is too broad: a word with * needs at least 2 other letters.']))
 */
export function readCodebook(data: unknown): Result<Codebook, PortableError> {
  return readWith(codebookSchema, data, true);
}

/**
 * Check the themes a share code carries. Never throws.
 *
 * @param data plain JSON data (already migrated): `{ themes: [...] }`
 * @returns the themes, or every problem in a sentence
 * @example readSharedThemes({ themes: [] }) // ok([])
 */
export function readSharedThemes(data: unknown): Result<readonly Theme[], PortableError> {
  const read = readWith(sharedThemesSchema, data, false);
  return read.ok ? ok(read.value.themes) : read;
}
