import type { Persona } from './persona-schema.ts';

/**
 * Short keys for share links: every key a persona uses, at any depth, has a one- or two-letter code. Keys
 * missing from this table pass through unchanged (and validation then reports them as unknown fields).
 */
export const SHORT_KEYS: Readonly<Record<string, string>> = {
  id: 'i',
  name: 'n',
  role: 'r',
  segment: 's',
  summary: 'u',
  quote: 'q',
  avatar: 'a',
  colour: 'c',
  priority: 'p',
  tags: 't',
  demographics: 'd',
  ageRange: 'ar',
  location: 'lo',
  householdSize: 'hs',
  incomeBand: 'ib',
  b2b: 'b',
  industry: 'in',
  companySize: 'cs',
  buyingRole: 'br',
  techComfort: 'tc',
  goals: 'g',
  jobs: 'j',
  needs: 'ne',
  motivations: 'mo',
  triggers: 'tr',
  painPoints: 'pp',
  objections: 'ob',
  decisionCriteria: 'dc',
  informationSources: 'is',
  channels: 'ch',
  journey: 'jo',
  awareness: 'aw',
  consideration: 'co',
  purchase: 'pu',
  retention: 're',
  advocacy: 'ad',
  doing: 'do',
  thinking: 'th',
  feeling: 'fe',
  delight: 'de',
  text: 'x',
  evidence: 'e',
  source: 'so',
  severity: 'sv',
  situation: 'si',
  motivation: 'mv',
  outcome: 'oc',
};

const LONG_KEYS: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(SHORT_KEYS).map(([long, short]) => [short, long]));

type Plain = string | number | boolean | null | Plain[] | { [key: string]: Plain };

/**
 * Shrink a persona for a share link: drop the avatar image and the dates (a link carries the persona, not
 * its history), drop empty texts, empty lists and the default "assumption" flag (reading fills them back in),
 * write an item that is only text as a plain string, and shorten every key.
 *
 * @param persona the persona
 * @returns plain data for JSON
 * @example compactPersona(persona with only a name and one goal) // { i: 'k7mq2xw9ab', n: 'Maya', a: { c: 'teal' }, p: 'secondary', g: ['Save time'] }
 */
export function compactPersona(persona: Persona): Plain {
  const { avatar, createdAt: _created, updatedAt: _updated, ...rest } = persona;
  return shrink({ ...rest, avatar: { colour: avatar.colour } }) ?? {};
}

function shrink(value: unknown): Plain | undefined {
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return value;
  if (Array.isArray(value)) {
    if (value.length === 0) return undefined;
    return value.map((item) => shrink(item) ?? '');
  }
  if (typeof value !== 'object') return undefined;
  const entries: [string, Plain][] = [];
  for (const [key, inner] of Object.entries(value)) {
    if (key === 'evidence' && inner === 'assumption') continue;
    const small = shrink(inner);
    if (small !== undefined) entries.push([SHORT_KEYS[key] ?? key, small]);
  }
  if (entries.length === 0) return undefined;
  // An item with only its text (an assumption without a source) is written as the text itself.
  const [only] = entries;
  if (entries.length === 1 && only && only[0] === SHORT_KEYS['text'] && typeof only[1] === 'string') return only[1];
  return Object.fromEntries(entries);
}

/**
 * Undo `compactPersona`'s key shortening, at any depth. Empty and default values stay missing; the persona
 * schema fills them in.
 *
 * @param value data read from a share link
 * @returns the same data with long keys
 * @example expandPersona({ n: 'Maya', g: ['Save time'] }) // { name: 'Maya', goals: ['Save time'] }
 */
export function expandPersona(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(expandPersona);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [LONG_KEYS[key] ?? key, expandPersona(inner)]));
}
