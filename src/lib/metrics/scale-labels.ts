/**
 * The words survey tools print on common rating scales, and the score each stands for, to prefill the mapping
 * a person checks before answers written only as words (`Very satisfied`) count. Keyed by the number of scale
 * points, because `Satisfied` is 4 on a five-point scale and 6 on a seven-point one.
 */
import type { ScoreScale } from './score-scale.ts';
import { getScalePointCount } from './score-scale.ts';
import { normaliseAnswerText } from './read-answer-text.ts';
import type { NpsGroupName } from './nps-groups.ts';

/** Wordings per scale length, lowest point first; each entry lists the wordings of one point. */
const WORDINGS: Readonly<Record<number, readonly (readonly string[])[]>> = {
  3: [
    ['dissatisfied', 'unsatisfied', 'disagree', 'difficult', 'bad', 'negative'],
    ['neutral', 'neither', 'ok', 'okay', 'average'],
    ['satisfied', 'agree', 'easy', 'good', 'positive'],
  ],
  // English, then French, Spanish, German: the satisfaction wordings of exports in those languages.
  5: [
    ['very dissatisfied', 'very unsatisfied', 'extremely dissatisfied', 'strongly disagree', 'very difficult', 'very poor', 'very low effort', 'very bad', 'très insatisfait', 'très insatisfaite', 'muy insatisfecho', 'muy insatisfecha', 'sehr unzufrieden'],
    ['dissatisfied', 'somewhat dissatisfied', 'unsatisfied', 'disagree', 'difficult', 'poor', 'low effort', 'bad', 'insatisfait', 'insatisfaite', 'insatisfecho', 'insatisfecha', 'unzufrieden'],
    ['neither satisfied nor dissatisfied', 'neutral', 'neither agree nor disagree', 'neither easy nor difficult', 'fair', 'moderate effort', 'neither', 'neutre', 'ni satisfait ni insatisfait', 'ni satisfecho ni insatisfecho', 'weder zufrieden noch unzufrieden', 'weder noch'],
    ['satisfied', 'somewhat satisfied', 'agree', 'easy', 'good', 'high effort', 'satisfait', 'satisfaite', 'satisfecho', 'satisfecha', 'zufrieden'],
    ['very satisfied', 'extremely satisfied', 'strongly agree', 'very easy', 'excellent', 'very good', 'very high effort', 'très satisfait', 'très satisfaite', 'muy satisfecho', 'muy satisfecha', 'sehr zufrieden'],
  ],
  7: [
    ['extremely dissatisfied', 'strongly disagree', 'extremely difficult'],
    ['very dissatisfied', 'disagree', 'very difficult'],
    ['somewhat dissatisfied', 'somewhat disagree', 'slightly disagree', 'somewhat difficult'],
    ['neither satisfied nor dissatisfied', 'neither agree nor disagree', 'neutral', 'neither easy nor difficult', 'neither'],
    ['somewhat satisfied', 'somewhat agree', 'slightly agree', 'somewhat easy'],
    ['very satisfied', 'agree', 'very easy'],
    ['extremely satisfied', 'strongly agree', 'extremely easy'],
  ],
  11: [
    ['not at all likely', 'not likely at all', 'extremely unlikely', 'not at all', 'pas du tout probable', 'nada probable', 'überhaupt nicht wahrscheinlich', 'äußerst unwahrscheinlich'],
    [],
    [],
    [],
    [],
    [],
    [],
    [],
    [],
    [],
    ['extremely likely', 'very likely', 'extrêmement probable', 'très probable', 'extremadamente probable', 'muy probable', 'äußerst wahrscheinlich', 'sehr wahrscheinlich'],
  ],
};

/** The Net Promoter groups, as tools write them. */
const GROUP_WORDS: ReadonlyMap<string, NpsGroupName> = new Map([
  ['detractor', 'detractors'],
  ['detractors', 'detractors'],
  ['passive', 'passives'],
  ['passives', 'passives'],
  ['neutral', 'passives'],
  ['promoter', 'promoters'],
  ['promoters', 'promoters'],
]);

/**
 * The key a label is matched by: normalised, lower case, without a final full stop.
 *
 * @param label an answer written as words
 * @returns its key
 * @example getLabelKey(' Very  Satisfied. ') // 'very satisfied'
 */
export function getLabelKey(label: string): string {
  return normaliseAnswerText(label).toLowerCase().replace(/\.$/, '');
}

/**
 * The score a common scale wording stands for on a scale, or null when the wording is not known for a scale of
 * that length. Scales are matched by their number of points (1–5 and 0–4 share wordings).
 *
 * @param label an answer written as words
 * @param scale the scale answers are read on
 * @returns the score, or null
 * @example getLabelScore('Very satisfied', { min: 1, max: 5 }) // 5
 * @see https://www.qualtrics.com/blog/likert-scale-response-options/ (common wordings of 5- and 7-point scales)
 */
export function getLabelScore(label: string, scale: ScoreScale): number | null {
  const wordings = WORDINGS[getScalePointCount(scale)];
  if (!wordings) return null;
  const key = getLabelKey(label);
  const point = wordings.findIndex((words) => words.includes(key));
  return point === -1 ? null : scale.min + point;
}

/**
 * The Net Promoter group a label names (`Promoter`, `Passives`…), or null.
 *
 * @param label an answer written as words
 * @returns the group, or null
 * @example getNpsGroupName('Promoters') // 'promoters'
 */
export function getNpsGroupName(label: string): NpsGroupName | null {
  return GROUP_WORDS.get(getLabelKey(label)) ?? null;
}
