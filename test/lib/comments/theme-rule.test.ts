import { describe, expect, it } from 'vitest';
import { describeThemeRuleError, matchesWildcard, parseThemeRule, type ThemeRuleError } from '../../../src/lib/comments/theme-rule.ts';

const errorOf = (rule: string): ThemeRuleError | undefined => {
  const parsed = parseThemeRule(rule);
  return parsed.ok ? undefined : parsed.error;
};
const wordsOf = (rule: string) => {
  const parsed = parseThemeRule(rule);
  if (!parsed.ok) throw new Error(`“${rule}” did not parse: ${JSON.stringify(parsed.error)}`);
  return parsed.value.words;
};

describe('parseThemeRule: what a rule may be', () => {
  it('reads one word, folded as comment words are', () => {
    expect(wordsOf('  Late ')).toEqual([{ kind: 'word', text: 'late' }]);
    expect(wordsOf('DON’T')).toEqual([{ kind: 'word', text: "don't" }]);
  });

  it('reads a phrase, with or without quotes around it (straight or curly)', () => {
    const phrase = [{ kind: 'word', text: 'late' }, { kind: 'word', text: 'delivery' }];
    expect(wordsOf('late delivery')).toEqual(phrase);
    expect(wordsOf('"late delivery"')).toEqual(phrase);
    expect(wordsOf('“late   delivery”')).toEqual(phrase);
  });

  it('reads a hyphen as a word break, as in comments', () => {
    expect(wordsOf('e-mail')).toEqual([{ kind: 'word', text: 'e' }, { kind: 'word', text: 'mail' }]);
  });

  it('reads wildcards at the end, start, middle and both ends as pieces', () => {
    expect(wordsOf('Deliver*')).toEqual([{ kind: 'wildcard', text: 'deliver*', pieces: ['deliver', ''] }]);
    expect(wordsOf('*charge')).toEqual([{ kind: 'wildcard', text: '*charge', pieces: ['', 'charge'] }]);
    expect(wordsOf('colo*r')).toEqual([{ kind: 'wildcard', text: 'colo*r', pieces: ['colo', 'r'] }]);
    expect(wordsOf('*charge*')).toEqual([{ kind: 'wildcard', text: '*charge*', pieces: ['', 'charge', ''] }]);
    expect(wordsOf('de**ry')).toEqual([{ kind: 'wildcard', text: 'de*ry', pieces: ['de', 'ry'] }]);
  });

  it('takes 6 words and 100 characters, and no more', () => {
    expect(wordsOf('one two three four five six')).toHaveLength(6);
    expect(parseThemeRule('x'.repeat(100)).ok).toBe(true);
  });
});

describe('parseThemeRule: every refusal, with its message', () => {
  const cases: readonly [string, ThemeRuleError, string][] = [
    ['', { kind: 'empty' }, 'is empty: write a word or a phrase'],
    ['   ""  ', { kind: 'empty' }, 'is empty: write a word or a phrase'],
    ['*', { kind: 'matches-everything' }, 'is only “*”, which matches every comment: write at least one word'],
    ['"* **"', { kind: 'matches-everything' }, 'is only “*”, which matches every comment: write at least one word'],
    ['a*', { kind: 'too-broad', word: 'a*' }, 'has “a*”, which is too broad: a word with * needs at least 2 other letters'],
    ['late *', { kind: 'too-broad', word: '*' }, 'has “*”, which is too broad: a word with * needs at least 2 other letters'],
    ['*e*', { kind: 'too-broad', word: '*e*' }, 'has “*e*”, which is too broad: a word with * needs at least 2 other letters'],
    ['a b c d e f g', { kind: 'too-many-words', count: 7, limit: 6 }, 'has 7 words; a phrase has at most 6'],
    ['x'.repeat(101), { kind: 'too-long', length: 101, limit: 100 }, 'is 101 characters long; a rule has at most 100'],
    ['late?', { kind: 'invalid-character', character: '?', position: 4 }, 'has “?” at character 5, which cannot be part of a word (a rule is words and phrases: only * is special, and quotes may go around the whole rule)'],
    ['deliver(y|ed)', { kind: 'invalid-character', character: '(', position: 7 }, 'has “(” at character 8, which cannot be part of a word (a rule is words and phrases: only * is special, and quotes may go around the whole rule)'],
    ['"late" delivery', { kind: 'invalid-character', character: '"', position: 0 }, 'has “"” at character 1, which cannot be part of a word (a rule is words and phrases: only * is special, and quotes may go around the whole rule)'],
    ['x.y*', { kind: 'invalid-character', character: '.', position: 1 }, 'has “.” at character 2, which cannot be part of a word (a rule is words and phrases: only * is special, and quotes may go around the whole rule)'],
    ['😀 late', { kind: 'invalid-character', character: '😀', position: 0 }, 'has “😀” at character 1, which cannot be part of a word (a rule is words and phrases: only * is special, and quotes may go around the whole rule)'],
  ];
  it.each(cases)('refuses %j', (rule, error, message) => {
    expect(errorOf(rule)).toEqual(error);
    expect(describeThemeRuleError(error)).toBe(message);
  });

  it('counts positions in characters of the rule as written, emoji as one', () => {
    expect(errorOf('  😀 late!')).toEqual({ kind: 'invalid-character', character: '😀', position: 2 });
    expect(errorOf('“😀late!”')).toEqual({ kind: 'invalid-character', character: '😀', position: 1 });
    expect(errorOf('😀😀late!')).toEqual({ kind: 'invalid-character', character: '😀', position: 0 });
    expect(errorOf('ab😀')).toEqual({ kind: 'invalid-character', character: '😀', position: 2 });
  });

  it('never throws on odd input', () => {
    for (const rule of ['\u0000', '\uD800', '**********', '"', '“', '-', '. . .', "'", 'a'.repeat(10_000)]) expect(() => parseThemeRule(rule)).not.toThrow();
    expect(errorOf('. . .')).toEqual({ kind: 'empty' });
    expect(errorOf('"')).toEqual({ kind: 'invalid-character', character: '"', position: 0 });
  });
});

describe('matchesWildcard', () => {
  it('fits words by start, end and pieces in order, without overlap', () => {
    expect(matchesWildcard('delivery', ['deliver', ''])).toBe(true);
    expect(matchesWildcard('deliver', ['deliver', ''])).toBe(true);
    expect(matchesWildcard('undeliverable', ['deliver', ''])).toBe(false);
    expect(matchesWildcard('surcharges', ['', 'charge', ''])).toBe(true);
    expect(matchesWildcard('colour', ['colo', 'r'])).toBe(true);
    expect(matchesWildcard('color', ['colo', 'r'])).toBe(true);
    expect(matchesWildcard('colo', ['colo', 'r'])).toBe(false);
    expect(matchesWildcard('abab', ['ab', 'ab'])).toBe(true);
    expect(matchesWildcard('aba', ['ab', 'ba'])).toBe(false);
    expect(matchesWildcard('xaybz', ['x', 'a', 'b', 'z'])).toBe(true);
    expect(matchesWildcard('xbyaz', ['x', 'a', 'b', 'z'])).toBe(false);
  });
});
