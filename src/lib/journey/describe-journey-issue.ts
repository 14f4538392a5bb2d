/** A problem found in a map, as a place a person can find and a message they can act on. */
export interface JourneyIssue {
  /** Where, in words: "map 2, stage 3, pain point 1, severity". Empty for the whole file. */
  readonly place: string;
  readonly message: string;
}

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
};

/**
 * Describe a zod issue's path and message in plain words, counting items from 1.
 *
 * @param issue a zod issue (only its path and message are read)
 * @returns where the problem is and what it is
 * @example describeJourneyIssue({ path: ['stages', 2, 'painPoints', 0, 'severity'], message: 'Invalid input' })
 * // { place: 'stage 3, pain point 1, severity', message: 'invalid input' }
 */
export function describeJourneyIssue(issue: { readonly path: readonly PropertyKey[]; readonly message: string }): JourneyIssue {
  const parts: string[] = [];
  const path = issue.path;
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
  const message = issue.message.length > 0 ? issue.message[0]?.toLowerCase() + issue.message.slice(1) : 'is not valid';
  return { place: parts.join(', '), message };
}

/**
 * One line for a list of problems: "stage 3, name: too big…".
 *
 * @param issue a described issue
 * @returns the line
 * @example formatJourneyIssue({ place: 'stage 1', message: 'is missing' }) // 'stage 1: is missing'
 */
export function formatJourneyIssue(issue: JourneyIssue): string {
  return issue.place === '' ? issue.message : `${issue.place}: ${issue.message}`;
}
