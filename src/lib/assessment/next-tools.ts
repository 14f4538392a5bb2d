/**
 * From a maturity priority to the tool that works on it: which journey map template and which persona template
 * fit each dimension, with the guide to read beside each. One small table, so the results page and its tests agree.
 * The journey map and persona builder pages read `template`, `dimension` and `guide` from the query string.
 */
import type { GuideSlug } from './guide-slug.ts';

/** Journey map templates the journey map page offers. */
export const JOURNEY_TEMPLATE_IDS = ['ecommerce-purchase', 'saas-onboarding', 'b2b-procurement', 'service-complaint'] as const;
export type JourneyTemplateId = (typeof JOURNEY_TEMPLATE_IDS)[number];

/** Persona templates the persona builder offers. */
export const PERSONA_TEMPLATE_IDS = ['busy-shopper', 'b2b-decision-maker', 'subscription-customer', 'first-time-visitor'] as const;
export type PersonaTemplateId = (typeof PERSONA_TEMPLATE_IDS)[number];

/** The tools for one dimension; each guide is one of that dimension's guides in the question bank. */
export type DimensionTools = {
  readonly journey: { readonly template: JourneyTemplateId; readonly guide: GuideSlug };
  readonly persona: { readonly template: PersonaTemplateId; readonly guide: GuideSlug };
};

/**
 * Per dimension id. Why each: the journey where the dimension's gaps show most (complaints for the voice of the
 * customer and front-line authority, onboarding for stage metrics, procurement for cross-department governance,
 * purchase for the core journey), and the customer the dimension's questions most often picture.
 */
export const DIMENSION_TOOLS: Readonly<Record<string, DimensionTools>> = {
  'strategy-leadership': {
    journey: { template: 'ecommerce-purchase', guide: 'building-a-cx-strategy' },
    persona: { template: 'busy-shopper', guide: 'what-is-customer-experience' },
  },
  'customer-understanding': {
    journey: { template: 'ecommerce-purchase', guide: 'what-is-customer-experience' },
    persona: { template: 'first-time-visitor', guide: 'personas' },
  },
  'journeys-touchpoints': {
    journey: { template: 'ecommerce-purchase', guide: 'touchpoints-and-journey-mapping' },
    persona: { template: 'busy-shopper', guide: 'customer-journey' },
  },
  'measurement-metrics': {
    journey: { template: 'saas-onboarding', guide: 'measuring-cx' },
    persona: { template: 'subscription-customer', guide: 'churn-retention-and-clv' },
  },
  'voice-of-customer': {
    journey: { template: 'service-complaint', guide: 'voice-of-the-customer' },
    persona: { template: 'subscription-customer', guide: 'service-recovery' },
  },
  'employees-culture': {
    journey: { template: 'service-complaint', guide: 'service-recovery' },
    persona: { template: 'busy-shopper', guide: 'culture-and-employees' },
  },
  'omnichannel-technology-data': {
    journey: { template: 'ecommerce-purchase', guide: 'omnichannel-and-digital-cx' },
    persona: { template: 'first-time-visitor', guide: 'personalisation-without-creepiness' },
  },
  'governance-improvement': {
    journey: { template: 'b2b-procurement', guide: 'building-a-cx-strategy' },
    persona: { template: 'b2b-decision-maker', guide: 'business-case-for-cx' },
  },
};

/** The two links for a dimension. */
export type NextToolLinks = { readonly journeyMapHref: string; readonly personaBuilderHref: string };

/**
 * The links that start a journey map or open the persona builder for a dimension, or `undefined` for a dimension
 * with no entry (a newer bank: the page then shows no links rather than wrong ones).
 *
 * @example
 * getNextToolLinks('voice-of-customer');
 * // => { journeyMapHref: '/tools/journey-map/?template=service-complaint&dimension=voice-of-customer&guide=voice-of-the-customer',
 * //      personaBuilderHref: '/tools/personas/?template=subscription-customer&guide=service-recovery' }
 */
export function getNextToolLinks(dimensionId: string): NextToolLinks | undefined {
  if (!Object.hasOwn(DIMENSION_TOOLS, dimensionId)) return undefined;
  const tools = DIMENSION_TOOLS[dimensionId];
  if (tools === undefined) return undefined;
  const journey = new URLSearchParams({ template: tools.journey.template, dimension: dimensionId, guide: tools.journey.guide });
  const persona = new URLSearchParams({ template: tools.persona.template, guide: tools.persona.guide });
  return { journeyMapHref: `/tools/journey-map/?${journey.toString()}`, personaBuilderHref: `/tools/personas/?${persona.toString()}` };
}
