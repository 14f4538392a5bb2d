import { createBlankContent, createPersona, type PersonaContent } from '../../../src/lib/persona/create-persona.ts';
import type { Persona } from '../../../src/lib/persona/persona-schema.ts';
import { PERSONA_TEMPLATE_CONTENT } from '../../../src/lib/persona/persona-template-content.ts';
import { getPersonaTemplate } from '../../../src/lib/persona/persona-templates.ts';

export const NOW = new Date('2026-03-01T10:00:00.000Z');

/** A blank persona with the given changes. */
export function makePersona(changes: Partial<Persona> = {}): Persona {
  return { ...createPersona(createBlankContent('teal'), 'p-test-1', NOW), name: 'Test persona', ...changes };
}

/** A persona made from a template. */
export function makeFromTemplate(templateId: string, id = 'p-template', changes: Partial<PersonaContent> = {}): Persona {
  const template = getPersonaTemplate(templateId);
  if (!template) throw new Error(`no template ${templateId}`);
  return { ...createPersona(PERSONA_TEMPLATE_CONTENT[template.id], id, NOW), ...changes };
}

/** Ids from a counter, so tests can predict them. */
export function counterIds(prefix = 'new'): () => string {
  let next = 0;
  return () => `${prefix}-${++next}`;
}
