/**
 * The codebook's warnings in words, for the list beside the themes.
 */
import { formatNumber, formatPercent } from '../text/format.ts';
import type { CodebookWarning } from './apply-codebook.ts';
import type { Theme } from './comment.ts';
import { describeThemeRuleError } from './theme-rule.ts';

/** A theme's name as a message names it, with its position when it has no name. */
function nameTheme(themes: readonly Pick<Theme, 'name'>[], position: number): string {
  const name = themes[position]?.name.trim() ?? '';
  return name === '' ? `Theme ${String(position + 1)}` : `Theme “${name}”`;
}

/** A rule as a message quotes it: its text, cut at 40 characters. */
function quoteRule(themes: readonly Pick<Theme, 'rules'>[], theme: number, rule: number): string {
  const text = themes[theme]?.rules[rule] ?? '';
  return `“${text.length > 40 ? `${text.slice(0, 40)}…` : text}”`;
}

/**
 * One warning as a sentence.
 *
 * @param warning from `applyCodebook`
 * @param themes the codebook's themes (to name them)
 * @param locale for the percentage (the browser's when absent)
 * @returns the sentence
 * @example describeCodebookWarning({ kind: 'broad-theme', theme: 0, share: 0.97 }, [{ name: 'Price', rules: [] }], 'en-GB') // 'Theme “Price” matches 97% of comments: check its rules.'
 */
export function describeCodebookWarning(warning: CodebookWarning, themes: readonly Pick<Theme, 'name' | 'rules'>[], locale?: string): string {
  switch (warning.kind) {
    case 'broad-theme':
      return `${nameTheme(themes, warning.theme)} matches ${formatPercent(warning.share, { locale, distinctFromEnds: true })} of comments: check its rules.`;
    case 'rule-matches-nothing':
      return `${nameTheme(themes, warning.theme)}: rule ${quoteRule(themes, warning.theme, warning.rule)} matches no comment.`;
    case 'invalid-rule':
      return `${nameTheme(themes, warning.theme)}: rule ${quoteRule(themes, warning.theme, warning.rule)} ${describeThemeRuleError(warning.error)}; it is not applied.`;
    case 'unknown-hand-code-themes': {
      const ids = warning.themeIds.slice(0, 5).map((id) => `“${id}”`).join(', ');
      const comments = warning.comments === 1 ? '1 comment' : `${formatNumber(warning.comments, { locale })} comments`;
      return `Hand codes of ${comments} name themes the codebook no longer has (${ids}${warning.themeIds.length > 5 ? '…' : ''}); those are ignored.`;
    }
    default:
      return warning satisfies never;
  }
}
