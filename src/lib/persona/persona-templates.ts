/**
 * Starting points for a persona. Every statement is marked as an assumption with no source: a template is a
 * plausible sketch, not research, and the card says so until the team checks each statement.
 *
 * This module is the list the page offers (id, label, description); what a template fills in is in
 * persona-template-content.ts, loaded when someone starts from one (issue 17: the first script stays small).
 */
import type { PersonaContent } from './create-persona.ts';

/** The templates, in the order the page offers them. */
export const PERSONA_TEMPLATES = [
  {
    id: 'busy-shopper',
    label: 'Busy B2C shopper',
    description: 'A time-poor consumer who buys online to save effort.',
  },
  {
    id: 'b2b-decision-maker',
    label: 'B2B decision maker',
    description: 'A manager who chooses and signs for a business product, with others weighing in.',
  },
  {
    id: 'subscription-customer',
    label: 'Subscription customer',
    description: 'A paying subscriber weighing each renewal against the value received.',
  },
  {
    id: 'first-time-visitor',
    label: 'First-time visitor',
    description: 'Someone arriving for the first time, comparing options and unsure whom to trust.',
  },
] as const satisfies readonly { readonly id: string; readonly label: string; readonly description: string }[];

/** A template's id, e.g. "busy-shopper". */
export type PersonaTemplateId = (typeof PERSONA_TEMPLATES)[number]['id'];

/** A template as the page offers it. */
export interface PersonaTemplateSummary {
  /** Stable id, used in the page's template picker and in `?template=` links. */
  readonly id: PersonaTemplateId;
  /** What the template is, e.g. "Busy B2C shopper". */
  readonly label: string;
  /** One sentence on when to start from it. */
  readonly description: string;
}

/** A template with what it fills in. */
export interface PersonaTemplate extends PersonaTemplateSummary {
  readonly content: PersonaContent;
}

/** Find a template in the list by its id. */
export function getPersonaTemplate(id: string): PersonaTemplateSummary | undefined {
  return PERSONA_TEMPLATES.find((template) => template.id === id);
}

/**
 * A template with its content, loading the content the first time.
 *
 * @param id a template's id
 * @returns the template, or undefined when no template has that id
 */
export async function loadPersonaTemplate(id: string): Promise<PersonaTemplate | undefined> {
  const summary = getPersonaTemplate(id);
  if (!summary) return undefined;
  const { PERSONA_TEMPLATE_CONTENT } = await import('./persona-template-content.ts');
  return { ...summary, content: PERSONA_TEMPLATE_CONTENT[summary.id] };
}
