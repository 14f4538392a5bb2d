/**
 * Which question a score input reads, and the header words that name it, so the column picked for NPS is the
 * "recommend" question and not a satisfaction question that also fits 0–10.
 */

/** The question a score input reads: NPS, CSAT, CES 2.0 (agreement) or CES 1.0 (effort). */
export type ScoreMetric = 'nps' | 'csat' | 'ces2' | 'ces1';

/** A word in a header, whole (so "process" is not "CES"), in English and the languages exports most come in. */
const word = (stems: string): RegExp => new RegExp(`(?<![\\p{L}\\d])(${stems})(?![\\p{L}\\d])`, 'iu');

/** Each metric's own words (English, French, Spanish, Portuguese, German, Italian, Dutch). */
const METRIC_WORDS: Readonly<Record<ScoreMetric, RegExp>> = {
  nps: word(
    'nps|recommend\\p{L}*|recomm?and\\p{L}*|recomi?end\\p{L}*|raccomand\\p{L}*|consiglier\\p{L}*|empfehl\\p{L}*|weiterempfehl\\p{L}*|aanbevel\\p{L}*|aanraden|likel\\p{L}*|probab\\p{L}*|wahrscheinlich\\p{L}*|waarschijnlijk\\p{L}*',
  ),
  csat: word('csat|satisf\\p{L}*|zufrieden\\p{L}*|soddisf\\p{L}*|tevreden\\p{L}*'),
  ces2: word('ces|easy|ease|facile|f[aá]cil|einfach|makkelijk|agree\\p{L}*|d[’\']accord|acuerdo'),
  ces1: word('ces|effort\\p{L}*|esfuerzo|esfor[cç]o|aufwand|moeite'),
};
/** Words of any rating question. */
const RATING_WORDS = word('rating|rate|score|note|bewertung|puntuaci[oó]n|calificaci[oó]n|valutazione|beoordeling');

/** What a header says about a metric: its own word, a word of another metric, or a word of any rating. */
export type HeaderEvidence = { readonly own: string | null; readonly other: string | null; readonly rating: string | null };

/**
 * The words in a header that name this metric, another metric, or any rating.
 *
 * @param header a column's header and question text
 * @param metric the question being read (absent: every metric's words count as its own)
 * @returns the first word found of each kind
 * @example readHeaderEvidence('How satisfied are you?', 'nps') // { own: null, other: 'satisfied', rating: null }
 */
export function readHeaderEvidence(header: string, metric: ScoreMetric | undefined): HeaderEvidence {
  let own: string | null = null;
  let other: string | null = null;
  for (const [name, pattern] of Object.entries(METRIC_WORDS) as [ScoreMetric, RegExp][]) {
    const found = pattern.exec(header)?.[1] ?? null;
    if (found === null) continue;
    const isOwn = metric === undefined || name === metric || (found.toLowerCase() === 'ces' && (metric === 'ces1' || metric === 'ces2'));
    if (isOwn) own ??= found;
    else other ??= found;
  }
  return { own, other: own === null ? other : null, rating: RATING_WORDS.exec(header)?.[1] ?? null };
}
