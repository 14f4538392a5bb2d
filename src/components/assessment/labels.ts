/** Words and number formats the assessment islands share, so every view names things the same way. */
import { getDimensionLevelText } from '../../lib/assessment/get-dimension-level-text.ts';
import type { MaturityLevel } from '../../lib/assessment/maturity-level.ts';
import type { Dimension, LevelInfo, Question, QuestionBank } from '../../lib/assessment/question-bank-schema.ts';
import type { RoleGroup } from '../../lib/assessment/break-down-by-role.ts';
import type { AssessmentMode } from '../../lib/assessment/answer-set.ts';
import type { Respondent } from '../../lib/assessment/respondent.ts';
import type { AnswerKindCounts } from '../../lib/assessment/count-answer-kinds.ts';
import { formatDateTime, formatNumber, formatOnDay, formatSigned, NOT_A_NUMBER } from '../../lib/text/format.ts';

/** Ids of the assessment's headings that focus moves to (the views that hold them load after the first render). */
export const STEP_HEADING_ID = 'assessment-step-heading';
export const PROBLEM_SUMMARY_ID = 'assessment-problem-summary';
export const RESULTS_HEADING_ID = 'assessment-results-heading';
export const PREVIEW_HEADING_ID = 'assessment-preview-heading';
export const SHARED_HEADING_ID = 'shared-heading';

export const ROLE_LABELS: Record<RoleGroup, string> = {
  leadership: 'Leadership',
  management: 'Management',
  'front-line': 'Front line',
  'back-office': 'Back office',
  other: 'Other',
  unspecified: 'No role given',
};

export const MODE_LABELS: Record<AssessmentMode, string> = {
  full: 'Full assessment',
  quick: 'Quick assessment',
};

/** The bank's name and description of a level. */
export function getLevelInfo(bank: QuestionBank, level: MaturityLevel): LevelInfo {
  const info = bank.levels.find((candidate) => candidate.level === level);
  return info ?? { level, name: `Level ${level}`, description: '' };
}

/** "3 Defined". */
export function formatLevel(bank: QuestionBank, level: MaturityLevel): string {
  return `${level} ${getLevelInfo(bank, level).name}`;
}

/** A score with two decimals; a dash for anything that is not a finite number, so NaN never shows. */
export function formatScore(score: number | undefined): string {
  return score === undefined ? NOT_A_NUMBER : formatNumber(score, { decimals: 2 });
}

/** A value that is a whole level or a median between two (2.5): no trailing zeros. */
export function formatValue(value: number | undefined): string {
  return value === undefined ? NOT_A_NUMBER : formatNumber(value, { maximumDecimals: 2 });
}

/** A signed change such as "+0.50" or "−0.25"; "0.00" for one that rounds to nothing. */
export function formatDelta(delta: number): string {
  return formatSigned(delta, { decimals: 2 });
}

/** "3 March 2026 at 10:00" in the reader's locale and time zone; the raw text when it is not a date. */
export function formatAssessmentTime(iso: string, withSeconds = false): string {
  const time = Date.parse(iso);
  if (!Number.isFinite(time)) return iso;
  // Shown from stored or shared results, which exist only after hydration: the reader's locale is safe here.
  return formatDateTime(time, { withSeconds });
}

/**
 * The date and time of each of several moments, with seconds where two would otherwise read the same,
 * so buttons such as "View the assessment of …" never share a name.
 */
export function formatDistinctDateTimes(isoTimes: readonly string[]): ReadonlyMap<string, string> {
  const short = isoTimes.map((iso) => formatAssessmentTime(iso));
  return new Map(isoTimes.map((iso, index) => [iso, short.indexOf(short[index] ?? '') === short.lastIndexOf(short[index] ?? '') ? (short[index] ?? iso) : formatAssessmentTime(iso, true)]));
}

export function findDimension(bank: QuestionBank, dimensionId: string): Dimension | undefined {
  return bank.dimensions.find((dimension) => dimension.id === dimensionId);
}

export function getDimensionName(bank: QuestionBank, dimensionId: string): string {
  return findDimension(bank, dimensionId)?.name ?? dimensionId;
}

/** What a level looks like in one dimension; the general level text if the dimension is unknown. */
export function describeDimensionLevel(bank: QuestionBank, dimensionId: string, level: MaturityLevel): string {
  const dimension = findDimension(bank, dimensionId);
  return (dimension === undefined ? undefined : getDimensionLevelText(dimension, level)) ?? getLevelInfo(bank, level).description;
}

export function findQuestion(bank: QuestionBank, questionId: string): Question | undefined {
  for (const dimension of bank.dimensions) {
    const question = dimension.questions.find((candidate) => candidate.id === questionId);
    if (question !== undefined) return question;
  }
  return undefined;
}

/** The part of a dimension's name before " & " or ",", for chart labels: "Voice of the customer". */
export function getShortDimensionName(name: string): string {
  return name.split(/ & |, /)[0] ?? name;
}

/** "1 answer" / "3 answers". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** A guide's title from the titles the page passed in, or its slug in words. */
export function getGuideTitle(guideTitles: Readonly<Record<string, string>>, slug: string): string {
  return Object.hasOwn(guideTitles, slug) ? (guideTitles[slug] ?? slug) : slug.replaceAll('-', ' ');
}

/**
 * The progress in words, honest about "Don't know" (and "Not applicable" when counted): they are answers, but
 * give no score. One wording for the top line, the step list and each dimension's result.
 *
 * @param counts asked, answered (any answer), and how many of those are "Don't know" / "Not applicable"
 * @example
 * describeAnswered({ asked: 8, answered: 8, dontKnow: 3 }); // => '8 of 8 questions answered, 3 of them “Don’t know”'
 * describeAnswered({ asked: 4, answered: 3, dontKnow: 1, notApplicable: 1 }); // => '3 of 4 questions answered, 1 of them “Don’t know” and 1 “Not applicable”'
 */
export function describeAnswered(
  { asked, answered, dontKnow, notApplicable = 0 }: { asked: number; answered: number; dontKnow: number; notApplicable?: number },
  noun = 'questions ',
): string {
  const base = `${answered} of ${asked} ${noun}answered`;
  const noScore = ([[dontKnow, '“Don’t know”'], [notApplicable, '“Not applicable”']] as const)
    .filter(([count]) => count > 0)
    .map(([count, label], index) => `${count} ${index === 0 ? 'of them ' : ''}${label}`);
  return noScore.length === 0 ? base : `${base}, ${noScore.join(' and ')}`;
}

/**
 * Who a respondent is, in words: "Ana, Leadership", "Ana", "Leadership", or `fallback` when neither was given.
 *
 * @example describeRespondent({ label: 'Ana', role: 'leadership' }) // 'Ana, Leadership'
 */
export function describeRespondent(respondent: Respondent | undefined, fallback = 'Name not given'): string {
  const parts = [respondent?.label, respondent?.role === undefined ? undefined : ROLE_LABELS[respondent.role]].filter((part) => part !== undefined);
  return parts.length === 0 ? fallback : parts.join(', ');
}

/**
 * A result someone shared, labelled as theirs: "Ana, Leadership, shared on 1 Dec" (the year when not this year).
 *
 * @param respondent who they are, as the link or file said
 * @param sharedAt when it was kept (ISO)
 * @param now today, to leave this year out
 * @example describeSharedBy({ label: 'Ana', role: 'leadership' }, '2026-12-01T09:00:00Z', new Date('2026-12-02')) // 'Ana, Leadership, shared on 1 Dec'
 */
export function describeSharedBy(respondent: Respondent | undefined, sharedAt: string, now: Date): string {
  return `${describeRespondent(respondent)}, shared ${formatOnDay(sharedAt, now)}`;
}

/**
 * The top line's count, each kind apart so "Don't know" never reads as answered: only answers with a level
 * count as answered.
 *
 * @example describeAnswerKinds({ asked: 32, levels: 28, dontKnow: 3, notApplicable: 1, unanswered: 0 })
 * // => '28 of 32 questions answered with a level, 3 “Don’t know”, 1 “Not applicable”'
 * @example describeAnswerKinds({ asked: 8, levels: 8, dontKnow: 0, notApplicable: 0, unanswered: 0 }) // => '8 of 8 questions answered with a level'
 */
export function describeAnswerKinds({ asked, levels, dontKnow, notApplicable, unanswered }: AnswerKindCounts, noun = 'questions'): string {
  const others = ([[dontKnow, '“Don’t know”'], [notApplicable, '“Not applicable”'], [unanswered, 'unanswered']] as const)
    .filter(([count]) => count > 0)
    .map(([count, label]) => `${count} ${label}`);
  return [`${levels} of ${asked} ${noun} answered with a level`, ...others].join(', ');
}
