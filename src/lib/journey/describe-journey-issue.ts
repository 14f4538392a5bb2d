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

const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: 'text',
  array: 'a list',
  object: 'an object',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  null: 'null',
  nan: 'not a number',
};

const typeWord = (type: string): string => TYPE_WORDS[type] ?? type;

/**
 * Reword zod's default messages ("Invalid input: expected array, received undefined") in plain words, so no
 * "undefined" or type jargon reaches the screen; custom messages pass through unchanged.
 */
function rewordMessage(message: string): string {
  const invalidType = /^Invalid input: expected (\w+), received (\w+)$/.exec(message);
  if (invalidType) {
    const [, expected = '', received = ''] = invalidType;
    return received === 'undefined' ? 'is missing' : `should be ${typeWord(expected)}, not ${typeWord(received)}`;
  }
  const tooBig = /^Too big: expected (\w+) to (?:have|be) <=?(\S+)(?: (\w+))?$/.exec(message);
  if (tooBig) {
    const [, origin = '', limit = '', unit] = tooBig;
    if (origin === 'string') return `is longer than the limit of ${limit} characters`;
    if (origin === 'array') return `has more than ${limit} ${unit ?? 'items'}`;
    return `should be at most ${limit}`;
  }
  const tooSmall = /^Too small: expected (\w+) to (?:have|be) >=?(\S+)(?: (\w+))?$/.exec(message);
  if (tooSmall) {
    const [, origin = '', limit = ''] = tooSmall;
    if (origin === 'string') return limit === '1' ? 'must not be empty' : `is shorter than ${limit} characters`;
    if (origin === 'array') return `needs at least ${limit} ${limit === '1' ? 'item' : 'items'}`;
    return `should be at least ${limit}`;
  }
  const option = /^Invalid option: expected one of (.+)$/.exec(message);
  if (option) return `should be one of ${(option[1] ?? '').split('|').join(', ')}`;
  if (message === 'Invalid ISO datetime') return 'should be a date and time such as "2026-03-01T10:00:00Z"';
  return message;
}

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
  const reworded = rewordMessage(issue.message);
  const message = reworded.length > 0 ? reworded[0]?.toLowerCase() + reworded.slice(1) : 'is not valid';
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
