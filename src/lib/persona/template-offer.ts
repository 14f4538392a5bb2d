/**
 * A link into the persona builder that offers a template, e.g. from an assessment priority:
 *
 *     /tools/personas/?template=<persona template id>[&guide=<guide slug>]
 *
 * The page offers a new persona from the template (nothing is created until the person confirms) and shows
 * the guide, when the site has it, as a related link. Unknown templates are named in a message.
 */
import { getPersonaTemplate } from './persona-templates.ts';

/** What the address asks the builder to offer. */
export type TemplateOffer =
  | { readonly kind: 'template'; readonly templateId: string; readonly label: string; readonly description: string; readonly guide?: string }
  | { readonly kind: 'unknown-template'; readonly given: string; readonly guide?: string };

/** Longest part of an unknown template id repeated in the message. */
const SHOWN_CHARACTERS = 60;

/**
 * Read the offer from the address's query.
 *
 * @param search `location.search`, with or without its `?`
 * @param knownGuides the guide slugs the site has (an unknown slug is left out, so no link leads nowhere)
 * @returns the offer, or undefined when the address names no template
 * @example parseTemplateOffer('?template=busy-shopper&guide=personas', new Set(['personas'])) // { kind: 'template', templateId: 'busy-shopper', label: 'Busy B2C shopper', …, guide: 'personas' }
 */
export function parseTemplateOffer(search: string, knownGuides: ReadonlySet<string>): TemplateOffer | undefined {
  const params = new URLSearchParams(search);
  const given = params.get('template');
  if (given === null) return undefined;
  const guideSlug = params.get('guide')?.trim() ?? '';
  const guide = knownGuides.has(guideSlug) ? { guide: guideSlug } : {};
  const template = getPersonaTemplate(given.trim());
  if (!template) {
    const shown = given.length > SHOWN_CHARACTERS ? `${given.slice(0, SHOWN_CHARACTERS)}…` : given;
    return { kind: 'unknown-template', given: shown, ...guide };
  }
  return { kind: 'template', templateId: template.id, label: template.label, description: template.description, ...guide };
}
