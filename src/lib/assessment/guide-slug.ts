/**
 * Slugs of the guides the assessment links to, each served at `/guides/<slug>/`.
 * The question bank may only name these, so a typo fails its schema test instead of a link.
 */
export const ASSESSMENT_GUIDE_SLUGS = [
  'what-is-customer-experience',
  'building-a-cx-strategy',
  'business-case-for-cx',
  'cx-maturity',
  'personas',
  'b2b-customer-experience',
  'touchpoints-and-journey-mapping',
  'customer-journey',
  'measuring-cx',
  'net-promoter-score',
  'csat-and-ces',
  'churn-retention-and-clv',
  'voice-of-the-customer',
  'service-recovery',
  'culture-and-employees',
  'omnichannel-and-digital-cx',
  'personalisation-without-creepiness',
] as const;

/** The slug of a guide the assessment can link to. */
export type GuideSlug = (typeof ASSESSMENT_GUIDE_SLUGS)[number];

/**
 * The site path of a guide.
 *
 * @example
 * getGuideHref('net-promoter-score'); // => '/guides/net-promoter-score/'
 */
export function getGuideHref(slug: GuideSlug): string {
  return `/guides/${slug}/`;
}
