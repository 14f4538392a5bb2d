import { describe, expect, it } from 'vitest';
import { readJourneyStartLink } from '../../../src/lib/journey/journey-start-link';

const GUIDES = [{ slug: 'customer-journey', title: 'Customer journey' }];

describe('readJourneyStartLink', () => {
  it('asks for nothing without a template', () => {
    expect(readJourneyStartLink('', GUIDES)).toEqual({ kind: 'none' });
    expect(readJourneyStartLink('?dimension=voice-of-customer&guide=customer-journey', GUIDES)).toEqual({ kind: 'none' });
  });

  it('chooses each of the four templates by id', () => {
    for (const id of ['ecommerce-purchase', 'saas-onboarding', 'b2b-procurement', 'service-complaint']) {
      const link = readJourneyStartLink(`?template=${id}`, GUIDES);
      expect(link.kind === 'template' && link.template.id).toBe(id);
    }
  });

  it('names the dimension and links the guide when both are known', () => {
    const link = readJourneyStartLink('template=saas-onboarding&dimension=journeys-touchpoints&guide=customer-journey', GUIDES);
    expect(link).toMatchObject({
      kind: 'template',
      dimension: { id: 'journeys-touchpoints', name: 'Journey mapping & touchpoints' },
      guide: { slug: 'customer-journey', title: 'Customer journey' },
    });
  });

  it('drops a dimension or guide it does not know, keeping the template', () => {
    const link = readJourneyStartLink('?template=b2b-procurement&dimension=culture&guide=../../admin', GUIDES);
    expect(link).toMatchObject({ kind: 'template', dimension: undefined, guide: undefined });
  });

  it('reports an unknown template as given, cut short when a link is crafted', () => {
    expect(readJourneyStartLink('?template=onboarding', GUIDES)).toEqual({ kind: 'unknown-template', given: 'onboarding' });
    expect(readJourneyStartLink('?template=', GUIDES)).toEqual({ kind: 'unknown-template', given: '' });
    const long = readJourneyStartLink(`?template=${'x'.repeat(500)}`, GUIDES);
    expect(long).toEqual({ kind: 'unknown-template', given: `${'x'.repeat(59)}…` });
  });
});
