import fc from 'fast-check';
import { JOURNEY_STAGES } from '../../../src/consts.ts';
import { PERSONA_LIMITS } from '../../../src/lib/persona/persona-limits.ts';
import type { Persona } from '../../../src/lib/persona/persona-schema.ts';
import { AVATAR_COLOUR_IDS, BUYING_ROLES, EVIDENCE_KINDS, PRIORITIES, SEVERITIES, TECH_COMFORT_LEVELS } from '../../../src/lib/persona/persona-vocabulary.ts';
import { anyString } from '../../support/arbitraries.ts';

/** Any text up to `max` UTF-16 units: full Unicode (two units per astral character), so half the characters. */
const text = (max: number, min = 0) => anyString({ minLength: min, maxLength: Math.floor(max / 2) });
const list = <T>(item: fc.Arbitrary<T>) => fc.array(item, { maxLength: 3 });
const evidence = { evidence: fc.constantFrom(...EVIDENCE_KINDS), source: text(PERSONA_LIMITS.source) };
const item = fc.record({ text: text(PERSONA_LIMITS.itemText, 1), ...evidence });
const stage = fc.record({ doing: text(40), thinking: text(40), feeling: text(40), delight: text(40) });

/** Any valid persona (strict limits), with short lists so runs stay quick. */
export const personaArbitrary: fc.Arbitrary<Persona> = fc.record({
  id: fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/),
  name: text(PERSONA_LIMITS.name, 1),
  role: text(PERSONA_LIMITS.shortText),
  segment: text(PERSONA_LIMITS.shortText),
  summary: text(PERSONA_LIMITS.summary),
  quote: text(PERSONA_LIMITS.quote),
  avatar: fc.record({ colour: fc.constantFrom(...AVATAR_COLOUR_IDS), image: fc.constantFrom('', 'data:image/png;base64,iVBORw0KGgo=') }),
  priority: fc.constantFrom(...PRIORITIES),
  tags: fc.array(text(PERSONA_LIMITS.tag, 1), { maxLength: 3 }),
  demographics: fc.record({ ageRange: text(20), location: text(20), householdSize: text(20), incomeBand: text(20) }),
  b2b: fc.record({ industry: text(20), companySize: text(20), buyingRole: fc.constantFrom('' as const, ...BUYING_ROLES) }),
  techComfort: fc.constantFrom('' as const, ...TECH_COMFORT_LEVELS),
  goals: list(item),
  jobs: list(fc.record({ situation: text(40), motivation: text(40, 1), outcome: text(40), ...evidence })),
  needs: list(item),
  motivations: list(item),
  triggers: list(item),
  painPoints: list(fc.record({ text: text(60, 1), severity: fc.constantFrom(...SEVERITIES), ...evidence })),
  objections: list(item),
  decisionCriteria: list(item),
  informationSources: list(item),
  channels: list(item),
  journey: fc.record(Object.fromEntries(JOURNEY_STAGES.map((name) => [name, stage])) as Record<(typeof JOURNEY_STAGES)[number], typeof stage>),
  createdAt: fc.constant('2026-01-01T00:00:00.000Z'),
  updatedAt: fc.constant('2026-01-02T00:00:00.000Z'),
});
