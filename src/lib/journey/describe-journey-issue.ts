import { describeSchemaIssue, type IssueInput, type SchemaIssue } from '../schema/describe-schema-issue.ts';

const LIST_NAMES: Readonly<Record<string, string>> = {
  maps: 'map',
  stages: 'stage',
  personas: 'persona',
  touchpoints: 'touchpoint',
  painPoints: 'pain point',
  opportunities: 'opportunity',
  emotions: 'emotion score',
  customChannels: 'added channel',
  counts: 'count',
  metrics: 'metric',
};

const FIELD_NAMES: Readonly<Record<string, string>> = {
  personaId: 'persona id',
  personaKey: 'persona key',
  createdAt: 'creation date',
  updatedAt: 'date of last change',
  csatScale: 'CSAT scale',
  cesVariant: 'CES question',
  input: 'input mode',
  scores: 'pasted scores',
  emotionIsExample: 'example mark on the emotion scores',
  dimension: 'maturity dimension',
};

/**
 * Name a place in a map in words, counting items from 1.
 *
 * @param path the place's path in the data
 * @returns e.g. "stage 3, pain point 1, severity"; empty for the whole map
 * @example nameJourneyPlace(['stages', 2, 'painPoints', 0, 'severity']) // 'stage 3, pain point 1, severity'
 */
export function nameJourneyPlace(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  for (let index = 0; index < path.length; index += 1) {
    const key = path[index];
    const next = path[index + 1];
    if (typeof key === 'string' && typeof next === 'number' && LIST_NAMES[key] !== undefined) {
      parts.push(`${LIST_NAMES[key]} ${String(next + 1)}`);
      index += 1;
    } else if (typeof key === 'number') {
      parts.push(`item ${String(key + 1)}`);
    } else if (typeof key === 'string') {
      parts.push(FIELD_NAMES[key] ?? key.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`));
    }
  }
  return parts.join(', ');
}

/**
 * Say where a problem in a map is, in words, and why (data parsed with `reportInput: true`).
 *
 * @example describeJourneyIssue({ code: 'custom', path: ['stages', 2, 'painPoints', 0], message: 'repeats the id “a”' })
 * // { path: ['stages', 2, 'painPoints', 0], place: 'stage 3, pain point 1', message: 'repeats the id “a”' }
 */
export const describeJourneyIssue = (issue: IssueInput): SchemaIssue => describeSchemaIssue(issue, nameJourneyPlace);
