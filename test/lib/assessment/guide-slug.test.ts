import { expect, test } from 'vitest';
import { ASSESSMENT_GUIDE_SLUGS, getGuideHref } from '../../../src/lib/assessment/guide-slug.ts';

test('a guide lives at /guides/<slug>/', () => {
  expect(getGuideHref('net-promoter-score')).toBe('/guides/net-promoter-score/');
});

test('lists the seventeen guides the assessment links to, once each', () => {
  expect(ASSESSMENT_GUIDE_SLUGS).toHaveLength(17);
  expect(new Set(ASSESSMENT_GUIDE_SLUGS).size).toBe(17);
});
