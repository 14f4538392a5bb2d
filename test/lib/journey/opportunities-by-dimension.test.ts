import { describe, expect, it } from 'vitest';
import { QUESTION_BANK } from '../../../src/lib/assessment/question-bank';
import { getMaturityDimensionName, isMaturityDimensionId, MATURITY_DIMENSION_IDS } from '../../../src/lib/journey/maturity-dimensions';
import { journeyMapSchema, type Opportunity } from '../../../src/lib/journey/journey-map-schema';
import { listOpportunitiesByDimension } from '../../../src/lib/journey/opportunities-by-dimension';
import { makeMap, makeStage } from './make-map';

/** The eight ids as issue 15 lists them (content/assessment/question-bank.json), written out by hand. */
const IDS = [
  'strategy-leadership',
  'customer-understanding',
  'journeys-touchpoints',
  'measurement-metrics',
  'voice-of-customer',
  'employees-culture',
  'omnichannel-technology-data',
  'governance-improvement',
];

function opportunity(id: string, text: string, fields: Partial<Opportunity> = {}): Opportunity {
  return { id, text, owner: '', impact: 3, effort: 3, ...fields };
}

describe('maturity dimensions', () => {
  it('are the assessment’s own, in its order, named as it names them', () => {
    expect(MATURITY_DIMENSION_IDS).toEqual(IDS);
    expect(MATURITY_DIMENSION_IDS).toEqual(QUESTION_BANK.dimensions.map((dimension) => dimension.id));
    expect(getMaturityDimensionName('strategy-leadership')).toBe('Strategy & leadership');
    expect(getMaturityDimensionName('nope')).toBeUndefined();
    expect(isMaturityDimensionId('voice-of-customer')).toBe(true);
    for (const value of ['', 'Voice-of-customer', 3, null, undefined]) expect(isMaturityDimensionId(value)).toBe(false);
  });

  it('are the only tags a map accepts on an opportunity; no tag is fine', () => {
    const tagged = (dimension: unknown) =>
      journeyMapSchema.safeParse(makeMap({ stages: [makeStage('s1', 'A', { opportunities: [{ ...opportunity('o1', 'x'), dimension } as Opportunity] })] }));
    expect(tagged('voice-of-customer').success).toBe(true);
    expect(journeyMapSchema.safeParse(makeMap({ stages: [makeStage('s1', 'A', { opportunities: [opportunity('o1', 'x')] })] })).success).toBe(true);
    expect(tagged('culture').error?.issues[0]?.message).toMatch(/must be one of the assessment’s dimension ids/);
    expect(tagged(4).success).toBe(false);
  });
});

describe('listOpportunitiesByDimension', () => {
  it('lists every dimension, each with the open opportunities tagged with it, highest priority first', () => {
    const first = makeMap({
      id: 'm1',
      scenario: '  First purchase online ',
      stages: [
        makeStage('s1', 'Awareness', {
          opportunities: [
            opportunity('o1', ' Close the loop on reviews ', { dimension: 'voice-of-customer', impact: 2, effort: 4 }), // priority 2 × 2 = 4
            opportunity('o2', 'Untagged idea'),
            opportunity('o3', '   ', { dimension: 'voice-of-customer' }), // blank: not yet an idea
          ],
        }),
        makeStage('s2', '', { opportunities: [opportunity('o4', 'Survey after delivery', { dimension: 'voice-of-customer', impact: 5, effort: 2 })] }), // 5 × 4 = 20
      ],
    });
    const second = makeMap({
      id: 'm2',
      scenario: '',
      stages: [makeStage('t1', 'Onboarding', { opportunities: [opportunity('p1', 'Share the map with support', { dimension: 'employees-culture' })] })],
    });
    const result = listOpportunitiesByDimension([first, second]);
    expect(Object.keys(result)).toEqual(IDS);
    expect(result['voice-of-customer']).toEqual([
      { mapId: 'm1', mapName: 'First purchase online', opportunityId: 'o4', text: 'Survey after delivery', stageName: 'Stage 2', priority: 20 },
      { mapId: 'm1', mapName: 'First purchase online', opportunityId: 'o1', text: 'Close the loop on reviews', stageName: 'Awareness', priority: 4 },
    ]);
    expect(result['employees-culture']).toEqual([
      { mapId: 'm2', mapName: 'Untitled map', opportunityId: 'p1', text: 'Share the map with support', stageName: 'Onboarding', priority: 9 },
    ]);
    expect(result['strategy-leadership']).toEqual([]);
  });

  it('breaks priority ties by impact, then by map and stage order', () => {
    const map = makeMap({
      stages: [
        makeStage('s1', 'A', { opportunities: [opportunity('a', 'A', { dimension: 'measurement-metrics', impact: 2, effort: 1 })] }), // 2 × 5 = 10
        makeStage('s2', 'B', {
          opportunities: [
            opportunity('b', 'B', { dimension: 'measurement-metrics', impact: 5, effort: 4 }), // 5 × 2 = 10, higher impact
            opportunity('c', 'C', { dimension: 'measurement-metrics', impact: 2, effort: 1 }), // 10, same as a, later
          ],
        }),
      ],
    });
    expect(listOpportunitiesByDimension([map])['measurement-metrics']?.map((item) => item.opportunityId)).toEqual(['b', 'a', 'c']);
  });

  it('ignores a tag that names no dimension (data written by hand), and handles no maps', () => {
    const map = makeMap({ stages: [makeStage('s1', 'A', { opportunities: [opportunity('a', 'A', { dimension: 'gone' })] })] });
    const result = listOpportunitiesByDimension([map]);
    expect(Object.values(result).flat()).toEqual([]);
    expect(Object.values(listOpportunitiesByDimension([])).flat()).toEqual([]);
    expect(result).not.toHaveProperty('gone');
  });
});
