import type { Persona } from './persona-schema.ts';
import type { AvatarColour } from './persona-vocabulary.ts';

/** Everything a persona holds except its identity and dates: what templates provide. */
export type PersonaContent = Omit<Persona, 'id' | 'createdAt' | 'updatedAt'>;

const EMPTY_STAGE = { doing: '', thinking: '', feeling: '', delight: '' } as const;

/**
 * The content of a blank persona: a placeholder name, every other field empty.
 *
 * @param colour the avatar colour
 * @returns blank content
 * @example createBlankContent('teal').name // 'New persona'
 */
export function createBlankContent(colour: AvatarColour): PersonaContent {
  return {
    name: 'New persona',
    role: '',
    segment: '',
    summary: '',
    quote: '',
    avatar: { colour, image: '' },
    priority: 'secondary',
    tags: [],
    demographics: { ageRange: '', location: '', householdSize: '', incomeBand: '' },
    b2b: { industry: '', companySize: '', buyingRole: '' },
    techComfort: '',
    goals: [],
    jobs: [],
    needs: [],
    motivations: [],
    triggers: [],
    painPoints: [],
    objections: [],
    decisionCriteria: [],
    informationSources: [],
    channels: [],
    journey: {
      awareness: { ...EMPTY_STAGE },
      consideration: { ...EMPTY_STAGE },
      purchase: { ...EMPTY_STAGE },
      retention: { ...EMPTY_STAGE },
      advocacy: { ...EMPTY_STAGE },
    },
  };
}

/**
 * Make a persona from content (a template's or a blank one), with its id and dates.
 *
 * @param content what the persona says
 * @param id its new id
 * @param now when it was made
 * @returns the persona; its content is a deep copy, so editing it never changes the template
 * @example createPersona(createBlankContent('teal'), 'k7mq2xw9ab', new Date('2026-03-01T10:00:00Z')).createdAt // '2026-03-01T10:00:00.000Z'
 */
export function createPersona(content: PersonaContent, id: string, now: Date): Persona {
  const stamp = now.toISOString();
  return { ...structuredClone(content), id, createdAt: stamp, updatedAt: stamp };
}
