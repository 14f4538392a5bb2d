import { describe, expect, it } from 'vitest';
import { PERSONA_TEMPLATES } from '../../../src/lib/persona/persona-templates.ts';
import { parseTemplateOffer } from '../../../src/lib/persona/template-offer.ts';

const GUIDES = new Set(['personas', 'b2b-customer-experience']);

describe('parseTemplateOffer', () => {
  it('offers each of the four templates the assessment links to, by id', () => {
    for (const id of ['busy-shopper', 'b2b-decision-maker', 'subscription-customer', 'first-time-visitor']) {
      expect(parseTemplateOffer(`?template=${id}`, GUIDES), id).toMatchObject({ kind: 'template', templateId: id });
    }
    expect(PERSONA_TEMPLATES.map((template) => template.id).sort()).toEqual(['b2b-decision-maker', 'busy-shopper', 'first-time-visitor', 'subscription-customer']);
  });

  it('carries a known guide and leaves out one the site does not have', () => {
    expect(parseTemplateOffer('template=b2b-decision-maker&guide=b2b-customer-experience', GUIDES)).toMatchObject({
      kind: 'template',
      label: 'B2B decision maker',
      guide: 'b2b-customer-experience',
    });
    const offer = parseTemplateOffer('?template=busy-shopper&guide=..%2F..%2Fevil', GUIDES);
    expect(offer && 'guide' in offer).toBe(false);
  });

  it('names an unknown template, cut when long, and keeps its guide', () => {
    expect(parseTemplateOffer('?template=space-tourist&guide=personas', GUIDES)).toEqual({ kind: 'unknown-template', given: 'space-tourist', guide: 'personas' });
    expect(parseTemplateOffer(`?template=${'x'.repeat(100)}`, GUIDES)).toEqual({ kind: 'unknown-template', given: `${'x'.repeat(60)}…` });
    expect(parseTemplateOffer('?template=', GUIDES)).toEqual({ kind: 'unknown-template', given: '' });
  });

  it('offers nothing when the address names no template', () => {
    expect(parseTemplateOffer('', GUIDES)).toBeUndefined();
    expect(parseTemplateOffer('?guide=personas', GUIDES)).toBeUndefined();
  });
});
