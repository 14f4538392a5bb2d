import { describe, expect, it } from 'vitest';
import { DIMENSION_TOOLS, getNextToolLinks, JOURNEY_TEMPLATE_IDS, PERSONA_TEMPLATE_IDS } from '../../../src/lib/assessment/next-tools.ts';
import { QUESTION_BANK } from '../../../src/lib/assessment/question-bank.ts';

describe('next tools per dimension', () => {
  it('covers every dimension of the bank, and nothing else', () => {
    expect(Object.keys(DIMENSION_TOOLS).toSorted()).toEqual(QUESTION_BANK.dimensions.map((dimension) => dimension.id).toSorted());
  });

  it('names only templates the tools offer and guides the dimension lists', () => {
    for (const dimension of QUESTION_BANK.dimensions) {
      const tools = DIMENSION_TOOLS[dimension.id];
      expect(JOURNEY_TEMPLATE_IDS).toContain(tools?.journey.template);
      expect(PERSONA_TEMPLATE_IDS).toContain(tools?.persona.template);
      expect(dimension.guides, dimension.id).toContain(tools?.journey.guide);
      expect(dimension.guides, dimension.id).toContain(tools?.persona.guide);
    }
  });

  it('builds the links the other tools read (written by hand from the agreed parameters)', () => {
    expect(getNextToolLinks('voice-of-customer')).toEqual({
      journeyMapHref: '/tools/journey-map/?template=service-complaint&dimension=voice-of-customer&guide=voice-of-the-customer',
      personaBuilderHref: '/tools/personas/?template=subscription-customer&guide=service-recovery',
    });
    expect(getNextToolLinks('governance-improvement')?.journeyMapHref).toBe('/tools/journey-map/?template=b2b-procurement&dimension=governance-improvement&guide=building-a-cx-strategy');
  });

  it('no links for an unknown dimension, including inherited names', () => {
    expect(getNextToolLinks('nope')).toBeUndefined();
    expect(getNextToolLinks('constructor')).toBeUndefined();
    expect(getNextToolLinks('__proto__')).toBeUndefined();
  });
});
