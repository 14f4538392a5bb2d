/**
 * A cheap guess at a comment's language, so comments in other languages are counted apart rather than mined
 * for English phrases ("38 comments look like Spanish: not analysed for phrases").
 *
 * This is our heuristic, not a language identifier. Two kinds of evidence:
 * 1. Script: when most letters belong to one non-Latin script (Cyrillic, Greek, Arabic, Han…), the comment is
 *    labelled by that script, or by its language where the script all but names it (Hangul → Korean).
 * 2. Stop words: Latin-script words are looked up in the `stopword` package's lists for seven languages. A word
 *    found in several lists (`in` is English, German, Italian and Dutch) counts 1/k towards each of its k lists.
 *    The best list wins only with at least 2 stop-word hits, a comment of at least 4 words, and 1.25 times the
 *    runner-up's weight; otherwise the guess is "unknown" and the comment is analysed as English, so short
 *    comments like "Great!" are never set aside.
 */
import { deu, eng, fra, ita, nld, por, spa } from 'stopword';

/** The Latin-script languages we have stop-word lists for. */
export type StopWordLanguage = 'en' | 'es' | 'fr' | 'de' | 'pt' | 'it' | 'nl';

/** A guess at one comment's language. */
export type LanguageGuess =
  | { readonly language: StopWordLanguage; readonly name: string }
  | { readonly language: 'other-script'; readonly name: string; readonly script: string }
  | { readonly language: 'unknown'; readonly name: 'Unknown' };

/** Fewer words than this is too little to tell (and is analysed as English). */
export const MIN_WORDS_TO_GUESS = 4;
/** The winning language needs at least this many stop-word hits. */
export const MIN_STOP_WORD_HITS = 2;
/**
 * …and another language than English at least this many: setting a comment aside costs more than analysing it
 * as English, and a typo can look foreign ("Wel lsupport was polite": "wel" and "was" are Dutch stop words).
 */
export const MIN_OTHER_LANGUAGE_HITS = 3;
/** …and this many times the runner-up's weighted hits. */
export const MIN_LEAD_RATIO = 1.25;

const LANGUAGE_NAMES = {
  en: 'English',
  es: 'Spanish',
  fr: 'French',
  de: 'German',
  pt: 'Portuguese',
  it: 'Italian',
  nl: 'Dutch',
} as const satisfies Record<StopWordLanguage, string>;

const STOP_WORD_LISTS: readonly (readonly [StopWordLanguage, readonly string[]])[] = [
  ['en', eng],
  ['es', spa],
  ['fr', fra],
  ['de', deu],
  ['pt', por],
  ['it', ita],
  ['nl', nld],
];

/**
 * Stop word → the languages whose list holds it, as positions in `STOP_WORD_LISTS`, and the weight of one hit
 * (1 ÷ how many lists hold it). Built once when the module loads (about 1,300 words); the guess then adds up
 * weights in typed arrays, with no allocation per word.
 */
const LANGUAGES_BY_STOP_WORD: ReadonlyMap<string, { readonly languages: readonly number[]; readonly weight: number }> = buildStopWordIndex();

function buildStopWordIndex(): Map<string, { languages: number[]; weight: number }> {
  const index = new Map<string, { languages: number[]; weight: number }>();
  STOP_WORD_LISTS.forEach(([language, words], position) => {
    for (const word of new Set(words)) {
      // Entries such as "z.b" or "und?" can never equal a token; the German list's single letters (b, c … z)
      // would match the s of "it's", and German has no one-letter words.
      if (!/^\p{L}+$/u.test(word) || (language === 'de' && word.length === 1)) continue;
      const entry = index.get(word) ?? { languages: [], weight: 1 };
      entry.languages.push(position);
      entry.weight = 1 / entry.languages.length;
      index.set(word, entry);
    }
  });
  return index;
}

/** Scripts we name, in the order they are tried. Kana is checked apart: with Han it means Japanese. */
const NAMED_SCRIPTS: readonly (readonly [script: string, name: string, pattern: RegExp])[] = [
  ['Cyrillic', 'Cyrillic script', /\p{Script=Cyrillic}/u],
  ['Greek', 'Greek', /\p{Script=Greek}/u],
  ['Arabic', 'Arabic script', /\p{Script=Arabic}/u],
  ['Hebrew', 'Hebrew', /\p{Script=Hebrew}/u],
  ['Han', 'Chinese', /\p{Script=Han}/u],
  ['Kana', 'Japanese', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Hangul', 'Korean', /\p{Script=Hangul}/u],
  ['Devanagari', 'Devanagari script', /\p{Script=Devanagari}/u],
  ['Bengali', 'Bengali script', /\p{Script=Bengali}/u],
  ['Tamil', 'Tamil', /\p{Script=Tamil}/u],
  ['Thai', 'Thai', /\p{Script=Thai}/u],
  ['Armenian', 'Armenian', /\p{Script=Armenian}/u],
  ['Georgian', 'Georgian', /\p{Script=Georgian}/u],
  ['Ethiopic', 'Ethiopic script', /\p{Script=Ethiopic}/u],
];

const LATIN_LETTER = /\p{Script=Latin}/gu;
const NON_LATIN_LETTER = /(?!\p{Script=Latin})\p{L}/gu;
/** Markup, links and addresses carry words ("de" in example.com/de/) that are not the writer's language. */
const NOT_PROSE = /<[^>]*>|&#?\w+;|\b(?:https?:\/\/|www\.)\S+|\S+@\S+/giu;
/** A word with any apostrophes inside it (l'équipe, don't). */
const WORD = /[\p{L}\p{M}]+(?:['’ʼ][\p{L}\p{M}]+)*/gu;
const APOSTROPHE = /['’ʼ]/u;
/** English contraction endings: it's, don't, we're, I've, we'll, I'd, I'm. */
const ENGLISH_CLITICS: ReadonlySet<string> = new Set(['s', 't', 're', 've', 'll', 'd', 'm']);

/** The dominant non-Latin script, when non-Latin letters are at least 2 and at least as many as Latin ones. */
function guessScript(text: string): LanguageGuess | null {
  const nonLatin = text.match(NON_LATIN_LETTER);
  if (nonLatin === null || nonLatin.length < 2) return null;
  const latinCount = text.match(LATIN_LETTER)?.length ?? 0;
  if (nonLatin.length < latinCount) return null;
  const counts = new Map<string, number>();
  for (const letter of nonLatin) {
    const named = NAMED_SCRIPTS.find(([, , pattern]) => pattern.test(letter));
    const script = named?.[0] ?? 'Other';
    counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  // Japanese mixes Han with kana; any kana beside Han says Japanese rather than Chinese.
  if ((counts.get('Kana') ?? 0) > 0) return { language: 'other-script', name: 'Japanese', script: 'Kana' };
  let best: [string, number] = ['Other', 0];
  for (const entry of counts) if (entry[1] > best[1]) best = entry;
  const name = NAMED_SCRIPTS.find(([script]) => script === best[0])?.[1] ?? 'another script';
  return { language: 'other-script', name, script: best[0] };
}

/** Text that is all ASCII: no other script, nothing to normalise, words of a–z (most English comments). */
const ASCII_ONLY = /^[\x00-\x7f]*$/;
/** `WORD` for ASCII text: the same words, without Unicode property lookups (four times faster). */
const ASCII_WORD = /[a-z]+(?:'[a-z]+)*/g;
/** Whether `NOT_PROSE` can match at all: skip its replace when not. */
const MAY_HOLD_NOT_PROSE = /[<&@]|https?:|www\./i;

/** Lower-cased evidence words: elisions split (l'équipe → l, équipe), English contractions marked. */
function getEvidenceWords(text: string, ascii: boolean): { readonly words: string[]; readonly englishContractions: number } {
  const words: string[] = [];
  let englishContractions = 0;
  const prose = MAY_HOLD_NOT_PROSE.test(text) ? text.replace(NOT_PROSE, ' ') : text;
  for (const token of prose.toLowerCase().match(ascii ? ASCII_WORD : WORD) ?? []) {
    if (!APOSTROPHE.test(token)) {
      words.push(token);
      continue;
    }
    const parts = token.split(/['’ʼ]/u);
    const last = parts[parts.length - 1] ?? '';
    if (parts.length === 2 && ENGLISH_CLITICS.has(last)) {
      words.push(token);
      englishContractions += 1;
    } else {
      words.push(...parts);
    }
  }
  return { words, englishContractions };
}

/**
 * Guess a comment's language from its script and its stop words (our heuristic: see the module comment).
 *
 * @param text the comment as written (HTML tags, links and email addresses are ignored)
 * @returns a Latin-script language, a non-Latin script with its name, or "unknown" (too little evidence; analyse
 *   it as English). O(length of text).
 * @example guessCommentLanguage('El envío llegó tarde y nadie me contestó por teléfono') // { language: 'es', name: 'Spanish' }
 * @example guessCommentLanguage('Great!') // { language: 'unknown', name: 'Unknown' }
 * @example guessCommentLanguage('Доставка была быстрой') // { language: 'other-script', name: 'Cyrillic script', script: 'Cyrillic' }
 */
export function guessCommentLanguage(text: string): LanguageGuess {
  const unknown = { language: 'unknown', name: 'Unknown' } as const;
  if (typeof text !== 'string' || text === '') return unknown;
  // ASCII text has no other script and nothing to normalise: the common case skips both.
  const ascii = ASCII_ONLY.test(text);
  const normalised = ascii ? text : text.normalize('NFC');
  const byScript = ascii ? null : guessScript(normalised);
  if (byScript !== null) return byScript;

  const { words, englishContractions } = getEvidenceWords(normalised, ascii);
  if (words.length < MIN_WORDS_TO_GUESS) return unknown;
  // Position 0 is English (`STOP_WORD_LISTS` starts with it): contractions count for it.
  const weights = new Float64Array(STOP_WORD_LISTS.length);
  const hits = new Int32Array(STOP_WORD_LISTS.length);
  weights[0] = englishContractions;
  hits[0] = englishContractions;
  for (const word of words) {
    const entry = LANGUAGES_BY_STOP_WORD.get(word);
    if (entry === undefined) continue;
    for (const language of entry.languages) {
      weights[language] = (weights[language] ?? 0) + entry.weight;
      hits[language] = (hits[language] ?? 0) + 1;
    }
  }
  // The heaviest language and the runner-up; in a tie the lead check below fails, so the order of ties never matters.
  let winner = 0;
  for (let language = 1; language < weights.length; language += 1) if ((weights[language] ?? 0) > (weights[winner] ?? 0)) winner = language;
  let runnerUp = 0;
  for (let language = 0; language < weights.length; language += 1) if (language !== winner && (runnerUp === winner || (weights[language] ?? 0) > (weights[runnerUp] ?? 0))) runnerUp = language;
  if ((hits[winner] ?? 0) < (winner === 0 ? MIN_STOP_WORD_HITS : MIN_OTHER_LANGUAGE_HITS)) return unknown;
  if ((weights[winner] ?? 0) < MIN_LEAD_RATIO * (weights[runnerUp] ?? 0)) return unknown;
  const language = STOP_WORD_LISTS[winner]?.[0] ?? 'en';
  return { language, name: LANGUAGE_NAMES[language] };
}

/** Whether a comment with this guess is analysed for (English) phrases: English and unknown are. */
export function isAnalysedAsEnglish(guess: LanguageGuess): boolean {
  return guess.language === 'en' || guess.language === 'unknown';
}
