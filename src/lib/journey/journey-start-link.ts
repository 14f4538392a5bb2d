/**
 * A link that starts a journey map from elsewhere on the site, e.g. an assessment priority:
 *
 *     /tools/journey-map/?template=saas-onboarding&dimension=journeys-touchpoints&guide=customer-journey
 *
 * The page opens the new-map form with the template chosen (the person confirms: nothing is created from a
 * link alone), names the maturity dimension the map is meant to improve, and links the guide. Every part is
 * checked here; a part that names nothing known is reported, never used.
 */
import { getMaturityDimensionName } from './maturity-dimensions.ts';
import { getJourneyTemplate, type JourneyTemplateSummary } from './journey-templates.ts';

/** A guide the page can link to: its slug (`/guides/<slug>/`) and title. */
export interface GuideLink {
  readonly slug: string;
  readonly title: string;
}

/** What a start link asks for, checked. */
export type JourneyStartLink =
  | { readonly kind: 'none' }
  | {
      readonly kind: 'template';
      readonly template: JourneyTemplateSummary;
      /** The dimension the map is meant to improve, when the link named a known one. */
      readonly dimension: { readonly id: string; readonly name: string } | undefined;
      /** The guide to read alongside, when the link named a published one. */
      readonly guide: GuideLink | undefined;
    }
  | { readonly kind: 'unknown-template'; readonly given: string };

/** Longest template id echoed back in a message: a crafted link cannot fill the page. */
const MAX_ECHO = 60;

/**
 * Read a start link's query string.
 *
 * @param search `location.search` ("?template=…&dimension=…&guide=…"), with or without its "?"
 * @param guides the published guides, which a `guide` must name to be linked
 * @returns nothing asked, the template with its dimension and guide, or the unknown template id as given
 * @example readJourneyStartLink('?template=saas-onboarding', []).kind // 'template'
 */
export function readJourneyStartLink(search: string, guides: readonly GuideLink[]): JourneyStartLink {
  const params = new URLSearchParams(search);
  const templateId = params.get('template');
  if (templateId === null) return { kind: 'none' };
  const template = getJourneyTemplate(templateId.trim());
  if (!template) {
    const given = templateId.trim();
    return { kind: 'unknown-template', given: given.length > MAX_ECHO ? `${given.slice(0, MAX_ECHO - 1)}…` : given };
  }
  const dimensionId = params.get('dimension')?.trim() ?? '';
  const dimensionName = getMaturityDimensionName(dimensionId);
  const guideSlug = params.get('guide')?.trim() ?? '';
  return {
    kind: 'template',
    template,
    dimension: dimensionName === undefined ? undefined : { id: dimensionId, name: dimensionName },
    guide: guides.find((guide) => guide.slug === guideSlug),
  };
}
