/**
 * A codebook applied to a comment list: each comment's themes, by the rules or, where the analyst coded it by
 * hand, exactly the hand code (an empty hand code means "no theme"; theme ids the codebook no longer has are
 * ignored, and a hand code left with none gives the comment back to the rules). Counts per theme and per rule, and warnings
 * about rules worth a second look. Works from a words index (`indexCommentWords`), so re-applying after a rule
 * edit does not read the comments again.
 */
import { getCommentKey, type Codebook, type CommentCoding, type SurveyComment } from './comment.ts';
import { indexCommentWords, type CommentWordsIndex } from './comment-words-index.ts';
import { findRuleMatches, type WildcardExpansions } from './match-theme-rule.ts';
import { parseThemeRule, type ThemeRuleError } from './theme-rule.ts';

/** A theme whose rules match more than this share of the comments is reported (`broad-theme`). */
export const BROAD_THEME_SHARE = 0.8;
/** ...when there are at least this many comments (with 5 comments, 5 of 5 says little). */
export const BROAD_THEME_MIN_COMMENTS = 10;

/** What a theme found. */
export type ThemeCounts = {
  /** Comments coded with the theme in the end: by its rules (unless coded by hand) or by hand. */
  readonly matched: number;
  /** Comments its rules match, hand codes aside. */
  readonly matchedByRules: number;
  /** Per rule, the comments it matches (hand codes aside); 0 for a rule that cannot be parsed. */
  readonly byRule: readonly number[];
};

/** Something about the codebook worth checking; themes and rules are positions in the codebook, from 0. */
export type CodebookWarning =
  | { readonly kind: 'broad-theme'; readonly theme: number; readonly share: number }
  | { readonly kind: 'rule-matches-nothing'; readonly theme: number; readonly rule: number }
  /** A rule that cannot be parsed (being edited, say): it is left out, not applied. */
  | { readonly kind: 'invalid-rule'; readonly theme: number; readonly rule: number; readonly error: ThemeRuleError }
  /** Hand codes naming themes the codebook no longer has: those ids are ignored. */
  | { readonly kind: 'unknown-hand-code-themes'; readonly comments: number; readonly themeIds: readonly string[] };

export type AppliedCodebook = {
  readonly coding: CommentCoding;
  /** Per theme, in the codebook's order. */
  readonly perTheme: readonly ThemeCounts[];
  readonly warnings: readonly CodebookWarning[];
};

const NO_THEMES: readonly number[] = Object.freeze([]);

/**
 * Each comment's hand code as theme positions (ascending, each once), or undefined when the rules code it: it
 * has no hand code, or its hand code names only themes the codebook no longer has.
 */
function readHandCodes(comments: readonly SurveyComment[], codebook: Codebook, warnings: CodebookWarning[]): (readonly number[] | undefined)[] {
  const byHand = new Array<readonly number[] | undefined>(comments.length);
  const handCodes = codebook.handCodes;
  if (Object.keys(handCodes).length === 0) return byHand;
  const themeOf = new Map<string, number>();
  codebook.themes.forEach((theme, position) => {
    if (!themeOf.has(theme.id)) themeOf.set(theme.id, position);
  });
  const unknownIds = new Set<string>();
  let unknownComments = 0;
  comments.forEach((comment, position) => {
    const key = getCommentKey(comment);
    if (!Object.hasOwn(handCodes, key)) return;
    const themes = new Set<number>();
    let hasUnknown = false;
    for (const id of handCodes[key] ?? []) {
      const theme = themeOf.get(id);
      if (theme === undefined) {
        unknownIds.add(id);
        hasUnknown = true;
      } else themes.add(theme);
    }
    if (hasUnknown) unknownComments += 1;
    // A hand code naming only deleted themes says nothing any more: the rules code the comment again. An empty
    // hand code is different: "no theme", on purpose.
    if (hasUnknown && themes.size === 0) return;
    byHand[position] = themes.size === 0 ? NO_THEMES : [...themes].sort((left, right) => left - right);
  });
  if (unknownComments > 0) warnings.push({ kind: 'unknown-hand-code-themes', comments: unknownComments, themeIds: [...unknownIds] });
  return byHand;
}

/**
 * Apply a codebook to comments.
 *
 * @param comments the comments, in the order the coding keeps
 * @param codebook themes (with their rules) and hand codes
 * @param index the comments' words from `indexCommentWords(comments)`, kept between calls (built when absent
 *   or when it was built for a list of another length)
 * @returns the coding, counts per theme and rule, and warnings
 * @example applyCodebook([{ row: 2, responseId: '', text: 'Too expensive', score: 3, group: 2 }], { themes: [{ id: 'price', name: 'Price', rules: ['expensive'] }], handCodes: {} }).coding.themes // [[0]]
 */
export function applyCodebook(comments: readonly SurveyComment[], codebook: Codebook, index?: CommentWordsIndex): AppliedCodebook {
  // Read the comments' words only when a rule needs them: a codebook with no theme (or only hand codes) needs none.
  let words = index !== undefined && index.commentCount === comments.length ? index : null;
  const getWords = () => (words ??= indexCommentWords(comments));
  const warnings: CodebookWarning[] = [];
  const byHand = readHandCodes(comments, codebook, warnings);
  const ruleThemes = new Array<number[] | undefined>(comments.length);
  const expansions: WildcardExpansions = new Map();
  const inTheme = new Int32Array(comments.length).fill(-1);
  const byRules: ThemeCounts[] = codebook.themes.map((theme, themePosition) => {
    let matchedByRules = 0;
    let matched = 0;
    const byRule = theme.rules.map((source, rulePosition) => {
      const rule = parseThemeRule(source);
      if (!rule.ok) {
        warnings.push({ kind: 'invalid-rule', theme: themePosition, rule: rulePosition, error: rule.error });
        return 0;
      }
      const found = findRuleMatches(getWords(), rule.value, expansions);
      if (found.length === 0 && comments.length > 0) warnings.push({ kind: 'rule-matches-nothing', theme: themePosition, rule: rulePosition });
      for (const comment of found) {
        if (inTheme[comment] === themePosition) continue;
        inTheme[comment] = themePosition;
        matchedByRules += 1;
        if (byHand[comment] !== undefined) continue;
        matched += 1;
        // Themes are visited in order, so each comment's list comes out ascending.
        (ruleThemes[comment] ??= []).push(themePosition);
      }
      return found.length;
    });
    if (comments.length >= BROAD_THEME_MIN_COMMENTS && matchedByRules / comments.length > BROAD_THEME_SHARE) {
      warnings.push({ kind: 'broad-theme', theme: themePosition, share: matchedByRules / comments.length });
    }
    return { matched, matchedByRules, byRule };
  });

  const themes: (readonly number[])[] = new Array<readonly number[]>(comments.length);
  const isByHand: boolean[] = new Array<boolean>(comments.length);
  const handMatches = new Array<number>(codebook.themes.length).fill(0);
  for (let comment = 0; comment < comments.length; comment += 1) {
    const hand = byHand[comment];
    isByHand[comment] = hand !== undefined;
    themes[comment] = hand ?? ruleThemes[comment] ?? NO_THEMES;
    for (const theme of hand ?? []) handMatches[theme] = (handMatches[theme] ?? 0) + 1;
  }
  const perTheme = byRules.map((counts, theme) => ({ ...counts, matched: counts.matched + (handMatches[theme] ?? 0) }));
  return { coding: { themes, byHand: isByHand }, perTheme, warnings: sortWarnings(warnings) };
}

/** Hand-code problems first (they change what is counted), then themes and rules in codebook order. */
function sortWarnings(warnings: readonly CodebookWarning[]): CodebookWarning[] {
  const rank = (warning: CodebookWarning) => (warning.kind === 'unknown-hand-code-themes' ? -1 : warning.theme);
  return [...warnings].sort((left, right) => rank(left) - rank(right));
}
