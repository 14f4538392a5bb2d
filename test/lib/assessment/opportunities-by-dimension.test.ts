import { describe, expect, it } from 'vitest';
import { groupOpportunitiesByDimension, listTaggedOpportunities, UNNAMED_MAP, type MapWithOpportunities } from '../../../src/lib/assessment/opportunities-by-dimension.ts';

const maps: MapWithOpportunities[] = [
  {
    id: 'm1',
    scenario: '  Returning a parcel ',
    stages: [
      { opportunities: [{ id: 'o1', text: 'Free returns label', dimension: 'voice-of-customer' } as { id: string; text: string }, { id: 'o2', text: 'Untagged' }, { id: 'o6', text: '   ', dimension: 'voice-of-customer' } as { id: string; text: string }] },
      { opportunities: [{ id: 'o3', text: 'Ask why', dimension: 'voice-of-customer' } as { id: string; text: string }] },
    ],
  },
  {
    id: 'm2',
    scenario: '',
    stages: [{ opportunities: [{ id: 'o4', text: 'Single view', dimension: 'omnichannel-technology-data' } as { id: string; text: string }, { id: 'o5', text: 'Bad tag', dimension: 7 } as unknown as { id: string; text: string }] }],
  },
];

describe('listTaggedOpportunities', () => {
  it('reads the optional dimension, in map and stage order, skipping untagged, malformed and blank', () => {
    expect(listTaggedOpportunities(maps)).toEqual([
      { mapId: 'm1', mapName: 'Returning a parcel', opportunityId: 'o1', text: 'Free returns label', dimension: 'voice-of-customer' },
      { mapId: 'm1', mapName: 'Returning a parcel', opportunityId: 'o3', text: 'Ask why', dimension: 'voice-of-customer' },
      { mapId: 'm2', mapName: UNNAMED_MAP, opportunityId: 'o4', text: 'Single view', dimension: 'omnichannel-technology-data' },
    ]);
    expect(listTaggedOpportunities([])).toEqual([]);
  });
});

describe('groupOpportunitiesByDimension', () => {
  it('groups by dimension id, keeping order', () => {
    const groups = groupOpportunitiesByDimension(listTaggedOpportunities(maps));
    expect(groups.get('voice-of-customer')?.map((item) => item.opportunityId)).toEqual(['o1', 'o3']);
    expect(groups.get('omnichannel-technology-data')?.map((item) => item.opportunityId)).toEqual(['o4']);
    expect(groups.get('governance-improvement')).toBeUndefined();
    expect(groupOpportunitiesByDimension([]).size).toBe(0);
  });
});
