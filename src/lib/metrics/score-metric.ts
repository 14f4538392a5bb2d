/**
 * Which question a score input reads, and the header words that name it, so the column picked for NPS is the
 * "recommend" question and not a satisfaction question that also fits 0–10.
 */

/** The question a score input reads: NPS, CSAT, CES 2.0 (agreement) or CES 1.0 (effort). */
export type ScoreMetric = 'nps' | 'csat' | 'ces2' | 'ces1';

/** A word in a header, whole (so "process" is not "CES"), in English and the languages exports most come in. */
const word = (stems: string): RegExp => new RegExp(`(?<![\\p{L}\\d])(${stems})(?![\\p{L}\\d])`, 'iu');

/**
 * Each metric's own words (English, French, Spanish, Portuguese, German, Italian, Dutch): `strong` ones name the
 * question itself (recommend, satisfied, effort); `weak` ones are shared with other questions ("how likely are
 * you to renew?").
 */
const METRIC_WORDS: Readonly<Record<ScoreMetric, { readonly strong: RegExp; readonly weak: RegExp | null }>> = {
  nps: {
    strong: word(
      'nps|recommend\\p{L}*|recomm?and\\p{L}*|recomi?end\\p{L}*|raccomand\\p{L}*|consiglier\\p{L}*|empfehl\\p{L}*|weiterempfehl\\p{L}*|aanbevel\\p{L}*|aanraden',
    ),
    weak: word('likel\\p{L}*|probab\\p{L}*|wahrscheinlich\\p{L}*|waarschijnlijk\\p{L}*'),
  },
  csat: { strong: word('csat|satisf\\p{L}*|zufrieden\\p{L}*|soddisf\\p{L}*|tevreden\\p{L}*'), weak: null },
  ces2: { strong: word('ces|easy|ease|facile|f[aá]cil|einfach|makkelijk|agree\\p{L}*|d[’\']accord|acuerdo'), weak: null },
  ces1: { strong: word('ces|effort\\p{L}*|esfuerzo|esfor[cç]o|aufwand|moeite'), weak: null },
};
/** Words of any rating question. */
const RATING_WORDS = word('rating|rate|score|note|bewertung|puntuaci[oó]n|calificaci[oó]n|valutazione|beoordeling');

/**
 * What a header says about a metric: its own word (`strong` when it names the question itself), a strong word of
 * another metric, or a word of any rating.
 */
export type HeaderEvidence = {
  readonly own: string | null;
  readonly strong: boolean;
  readonly other: string | null;
  readonly rating: string | null;
};

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
  let strong = false;
  let other: string | null = null;
  for (const [name, words] of Object.entries(METRIC_WORDS) as [ScoreMetric, (typeof METRIC_WORDS)[ScoreMetric]][]) {
    const found = words.strong.exec(header)?.[1] ?? null;
    const isOwn = metric === undefined || name === metric || (found?.toLowerCase() === 'ces' && (metric === 'ces1' || metric === 'ces2'));
    if (found !== null && isOwn && !strong) {
      own = found;
      strong = true;
    } else if (found !== null && !isOwn) other ??= found;
    const weak = isOwn ? (words.weak?.exec(header)?.[1] ?? null) : null;
    if (weak !== null && own === null) own = weak;
  }
  return { own, strong, other: strong ? null : other, rating: RATING_WORDS.exec(header)?.[1] ?? null };
}
