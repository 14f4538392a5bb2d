/**
 * The codebook's rule syntax, and its parser. A rule is one word or a phrase of up to 6 words, matched against a
 * comment's words in order (see `comment-words.ts` for how comments become words: case, NFKC and apostrophes
 * folded, accents kept, punctuation between words ignored):
 *
 *     late                  the word "late" (not "lately")
 *     late delivery         "late" then "delivery", next to each other ("late, delivery!" too)
 *     "late delivery"       the same: quotes around the whole rule are allowed and change nothing
 *     deliver*              any word starting with "deliver": deliver, delivery, delivered…
 *     *charge*  colo*r      "*" is any run of letters (or none), anywhere in a word
 *     e-mail                "e" then "mail", as a comment's "e-mail" is read
 *
 * A word with `*` needs at least 2 other letters (`a*` would match a large share of all words), a rule that is
 * only `*` matches every comment and is refused, and nothing but letters, digits, apostrophes, `_`, `.` (in a
 * word without `*`), `-` (a word break) and `*` may appear: a rule is not a regular expression.
 */
import { err, ok, type Result } from '../result.ts';
import { normalizeCommentText, readCommentWords } from './comment-words.ts';

/** The limits of one rule. */
export const RULE_LIMITS = { characters: 100, words: 6, lettersBesideWildcard: 2 } as const;

/** One word of a rule: a literal word, or a word with `*` given as its literal pieces (`colo*r` → ['colo', 'r']). */
export type RuleWord =
  | { readonly kind: 'word'; readonly text: string }
  | { readonly kind: 'wildcard'; readonly text: string; readonly pieces: readonly string[] };

/** A parsed rule: its words in order (one word, or a phrase), folded as comment words are. */
export type ThemeRule = { readonly source: string; readonly words: readonly RuleWord[] };

/** Why a rule cannot be used. `position` counts characters of the rule as written, from 0. */
export type ThemeRuleError =
  | { readonly kind: 'empty' }
  | { readonly kind: 'too-long'; readonly length: number; readonly limit: number }
  | { readonly kind: 'invalid-character'; readonly character: string; readonly position: number }
  | { readonly kind: 'matches-everything' }
  | { readonly kind: 'too-many-words'; readonly count: number; readonly limit: number }
  | { readonly kind: 'too-broad'; readonly word: string };

/** Characters of a word without `*` (the segmenter then splits it as it splits comments: "3.5" stays whole). */
const WORD_CHARACTER = /^[\p{L}\p{M}\p{N}'’‘ʼ＇_.]$/u;
/** Characters of a word with `*`: no "." (a wildcard word is matched whole against comment words). */
const WILDCARD_CHARACTER = /^[\p{L}\p{M}\p{N}'’‘ʼ＇_*]$/u;
const OPENING_QUOTES = new Set(['"', '“']);
const CLOSING_QUOTES = new Set(['"', '”']);

/** The rule without one pair of double quotes around it, and where what is left starts in the rule. */
function stripQuotes(rule: string): { inner: string; start: number } {
  const first = rule[0] ?? '';
  const last = rule.at(-1) ?? '';
  return rule.length >= 2 && OPENING_QUOTES.has(first) && CLOSING_QUOTES.has(last) ? { inner: rule.slice(1, -1), start: 1 } : { inner: rule, start: 0 };
}

/**
 * Parse a rule as the analyst wrote it. Never throws.
 *
 * @param source the rule, e.g. `deliver* late` or `"too expensive"`
 * @returns the rule's words, or the first reason it cannot be used
 * @example parseThemeRule('Deliver* late') // ok({ source: 'Deliver* late', words: [{ kind: 'wildcard', text: 'deliver*', pieces: ['deliver', ''] }, { kind: 'word', text: 'late' }] })
 * @example parseThemeRule('a*') // err({ kind: 'too-broad', word: 'a*' })
 */
export function parseThemeRule(source: string): Result<ThemeRule, ThemeRuleError> {
  const length = [...source.trim()].length;
  if (length > RULE_LIMITS.characters) return err({ kind: 'too-long', length, limit: RULE_LIMITS.characters });
  const leading = source.length - source.trimStart().length;
  const { inner, start } = stripQuotes(source.trim());
  const words: RuleWord[] = [];
  for (const match of inner.matchAll(/[^\s-]+/gu)) {
    const token = match[0];
    const hasWildcard = token.includes('*');
    let offset = 0;
    for (const character of token) {
      const allowed = hasWildcard ? WILDCARD_CHARACTER : WORD_CHARACTER;
      if (!allowed.test(character)) {
        // Positions in characters (code points) of the rule as written, as a person counts them.
        const position = [...source.slice(0, leading + start + match.index + offset)].length;
        return err({ kind: 'invalid-character', character, position });
      }
      offset += character.length;
    }
    if (!hasWildcard) {
      for (const word of readCommentWords(token)) words.push({ kind: 'word', text: word });
      continue;
    }
    const text = normalizeCommentText(token).replace(/\*+/g, '*');
    words.push({ kind: 'wildcard', text, pieces: text.split('*') });
  }
  if (words.length === 0) return err({ kind: 'empty' });
  if (words.every((word) => word.kind === 'wildcard' && word.text === '*')) return err({ kind: 'matches-everything' });
  if (words.length > RULE_LIMITS.words) return err({ kind: 'too-many-words', count: words.length, limit: RULE_LIMITS.words });
  for (const word of words) {
    if (word.kind === 'wildcard' && [...word.pieces.join('')].length < RULE_LIMITS.lettersBesideWildcard) return err({ kind: 'too-broad', word: word.text });
  }
  return ok({ source, words });
}

/**
 * Why a rule cannot be used, as the end of a sentence that starts with the rule: `Rule “a*” ${clause}.`
 *
 * @param error the parser's error
 * @returns a clause, e.g. 'has “a*”, which is too broad: a word with * needs at least 2 other letters'
 * @example `Rule “a*” ${describeThemeRuleError({ kind: 'too-broad', word: 'a*' })}.`
 */
export function describeThemeRuleError(error: ThemeRuleError): string {
  switch (error.kind) {
    case 'empty':
      return 'is empty: write a word or a phrase';
    case 'too-long':
      return `is ${String(error.length)} characters long; a rule has at most ${String(error.limit)}`;
    case 'invalid-character':
      return `has “${error.character}” at character ${String(error.position + 1)}, which cannot be part of a word (a rule is words and phrases: only * is special, and quotes may go around the whole rule)`;
    case 'matches-everything':
      return 'is only “*”, which matches every comment: write at least one word';
    case 'too-many-words':
      return `has ${String(error.count)} words; a phrase has at most ${String(error.limit)}`;
    case 'too-broad':
      return `has “${error.word}”, which is too broad: a word with * needs at least ${String(RULE_LIMITS.lettersBesideWildcard)} other letters`;
    default:
      return error satisfies never;
  }
}

/**
 * Whether a comment word fits a wildcard word's pieces: starts with the first, ends with the last, holds the
 * others in order between them, none overlapping.
 *
 * @param word a folded comment word
 * @param pieces the wildcard's literal pieces (`*charge*` → ['', 'charge', ''])
 * @returns whether it fits
 * @example matchesWildcard('delivered', ['deliver', '']) // true
 * @example matchesWildcard('colour', ['colo', 'r']) // true
 */
export function matchesWildcard(word: string, pieces: readonly string[]): boolean {
  const first = pieces[0] ?? '';
  const last = pieces.at(-1) ?? '';
  if (word.length < first.length + last.length || !word.startsWith(first) || !word.endsWith(last)) return false;
  let from = first.length;
  const end = word.length - last.length;
  for (let index = 1; index < pieces.length - 1; index += 1) {
    const piece = pieces[index] ?? '';
    const found = word.indexOf(piece, from);
    if (found < 0 || found + piece.length > end) return false;
    from = found + piece.length;
  }
  return true;
}
