/**
 * The comments view's sentences and the small decisions behind its buttons: what a comment column holds, a
 * theme suggested from a distinctive phrase, a new theme's id, and a typed theme checked before it is saved.
 */
import type { Result } from '../result.ts';
import { err, ok } from '../result.ts';
import { capitalise, formatNumber, formatPercent } from '../text/format.ts';
import type { Theme } from './comment.ts';
import type { CommentsOverview } from './comment-view.ts';
import type { DistinctiveTerm } from './distinctive-terms.ts';
import { describeThemeRuleError, parseThemeRule } from './theme-rule.ts';

/** One line of the overview; warnings are shown as such. */
export type OverviewLine = { readonly text: string; readonly warning: boolean };

const count = (value: number, one: string, many: string) => `${formatNumber(value)} ${value === 1 ? one : many}`;

/** "a, b and c". */
export function joinList(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}

/**
 * Say what a comment column holds: how many comments, blanks and unscored ones, what was set aside by
 * language, what was masked, and anything that makes the column doubtful.
 *
 * @param overview the opened column's overview
 * @param masked whether masking is on
 * @returns the lines, in reading order
 * @example describeCommentsOverview(overview, true)[0].text // '812 comments; 1,188 rows left it blank.'
 */
export function describeCommentsOverview(overview: CommentsOverview, masked: boolean): OverviewLine[] {
  const lines: OverviewLine[] = [];
  const rows = overview.total + overview.blank;
  lines.push({
    text: `${count(overview.total, 'comment', 'comments')}${overview.blank > 0 ? `; ${count(overview.blank, 'row', 'rows')} of ${formatNumber(rows)} left it blank` : ''}.`,
    warning: false,
  });
  const { problem } = overview;
  if (problem?.kind === 'numbers') lines.push({ text: `This column holds numbers, not written comments (${formatPercent(problem.share, { decimals: 0 })} of its values): choose the column of written answers.`, warning: true });
  if (problem?.kind === 'ids') lines.push({ text: `This column looks like codes or IDs, not written comments (${formatPercent(problem.share, { decimals: 0 })} of its values are one word with digits): choose the column of written answers.`, warning: true });
  if (overview.tooManySegments !== null) lines.push({ text: `The segment column has ${formatNumber(overview.tooManySegments)} different values, too many to compare: the comments are grouped by score instead.`, warning: true });
  if (overview.ungrouped > 0) {
    const why = overview.grouping === 'score' ? 'have no score that counts' : 'have a blank segment';
    lines.push({ text: `${count(overview.ungrouped, 'comment', 'comments')} ${why}: listed and coded, but in no group’s figures.`, warning: overview.ungrouped * 2 > overview.total });
  }
  const { setAside } = overview.languages;
  if (setAside.length > 0) {
    const parts = setAside.map((language) => `${formatNumber(language.count)} like ${language.name}`);
    const total = setAside.reduce((sum, language) => sum + language.count, 0);
    lines.push({ text: `${count(total, 'comment looks', 'comments look')} to be in another language (${joinList(parts)}): not analysed for phrases, but listed and coded by your rules.`, warning: total * 2 > overview.total });
  }
  const found = [
    overview.masking.email > 0 ? count(overview.masking.email, 'email address', 'email addresses') : '',
    overview.masking.phone > 0 ? count(overview.masking.phone, 'phone number', 'phone numbers') : '',
    overview.masking.number > 0 ? count(overview.masking.number, 'long number', 'long numbers') : '',
  ].filter((part) => part !== '');
  if (found.length > 0) {
    lines.push(
      masked
        ? { text: `Masked ${joinList(found)} on screen and in downloads.`, warning: false }
        : { text: `Masking is off: ${joinList(found)} show on screen and go into downloads.`, warning: true },
    );
  }
  const { sentiment } = overview;
  lines.push({
    text:
      sentiment === null
        ? 'Sentiment (a word list, a hint only): being measured…'
        : `Sentiment (a word list, a hint only): ${formatNumber(sentiment.positive)} lean positive, ${formatNumber(sentiment.negative)} negative, ${formatNumber(sentiment.neutral)} neither${sentiment.notScored > 0 ? ` (${formatNumber(sentiment.notScored)} in another language not scored)` : ''}.${sentiment.agreement ? ` ${sentiment.agreement}` : ''}`,
    warning: false,
  });
  return lines;
}

/** Letters of an id made from a name. */
function toIdPart(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase()
      .slice(0, 30) || 'theme'
  );
}

/**
 * A new theme's id: from its name, made unique in the codebook with a number.
 *
 * @example createThemeId('Late delivery', []) // 'late-delivery'
 */
export function createThemeId(name: string, themes: readonly Theme[]): string {
  const base = toIdPart(name);
  const taken = new Set(themes.map((theme) => theme.id));
  if (!taken.has(base)) return base;
  let number = 2;
  while (taken.has(`${base}-${String(number)}`)) number += 1;
  return `${base}-${String(number)}`;
}

/** Shortest shared start of a stem and its word that is worth a wildcard (shorter ones catch unrelated words). */
const MIN_WILDCARD_STEM = 4;

/**
 * A theme from a distinctive phrase: named after it, with a rule that finds the forms the ranking counted as
 * one (the stem with `*` where the shown word has a longer ending: "refunds" → `refund*`).
 *
 * @example suggestThemeFromTerm({ term: 'delivery late', key: 'deliveri late' }, []).rules // ['deliver* late']
 */
export function suggestThemeFromTerm(term: Pick<DistinctiveTerm, 'term' | 'key'>, themes: readonly Theme[]): Theme {
  const words = term.term.split(' ');
  const stems = term.key.split(' ');
  const rule = words
    .map((word, index) => {
      const stem = stems[index] ?? word;
      let shared = 0;
      while (shared < stem.length && shared < word.length && stem[shared] === word.toLowerCase()[shared]) shared += 1;
      return shared >= MIN_WILDCARD_STEM && shared < word.length ? `${word.slice(0, shared).toLowerCase()}*` : word.toLowerCase();
    })
    .join(' ');
  const name = capitalise(term.term);
  return { id: createThemeId(name, themes), name, rules: [rule] };
}

/** Most themes in a codebook and most rules in a theme. */
export const MAX_THEMES = 100;
export const MAX_RULES = 30;

/**
 * Check a theme typed in the editor: a name not used by another theme, and one rule per line, each valid.
 *
 * @param draft the name and the rules as typed, and the id of the theme being edited (null for a new one)
 * @param themes the codebook's themes
 * @returns the clean name and rules, or every problem as a sentence
 */
export function checkThemeDraft(draft: { readonly id: string | null; readonly name: string; readonly rules: string }, themes: readonly Theme[]): Result<{ name: string; rules: string[] }, string[]> {
  const problems: string[] = [];
  const name = draft.name.trim().replace(/\s+/g, ' ');
  if (name === '') problems.push('Give the theme a name.');
  else if (name.length > 60) problems.push('Shorten the name to 60 characters or fewer.');
  else if (themes.some((theme) => theme.id !== draft.id && theme.name.toLowerCase() === name.toLowerCase())) problems.push(`Another theme is called “${name}”: choose another name.`);
  if (draft.id === null && themes.length >= MAX_THEMES) problems.push(`A codebook holds at most ${String(MAX_THEMES)} themes.`);
  const rules = [...new Set(draft.rules.split('\n').map((line) => line.trim()).filter((line) => line !== ''))];
  if (rules.length === 0) problems.push('Write at least one rule: a word, a phrase or a word with *.');
  if (rules.length > MAX_RULES) problems.push(`A theme holds at most ${String(MAX_RULES)} rules.`);
  rules.forEach((rule, index) => {
    const parsed = parseThemeRule(rule);
    if (!parsed.ok) problems.push(`Rule ${String(index + 1)} (“${rule.length > 40 ? `${rule.slice(0, 39)}…` : rule}”) ${describeThemeRuleError(parsed.error)}.`);
  });
  return problems.length > 0 ? err(problems) : ok({ name, rules });
}
