import { describe, expect, it } from 'vitest';
import { rankOpportunities } from '../../../src/lib/journey/rank-opportunities';
import { makeMap, makeStage } from './make-map';

const opportunity = (id: string, impact: 1 | 2 | 3 | 4 | 5, effort: 1 | 2 | 3 | 4 | 5) => ({ id, text: id, owner: '', impact, effort });

describe('rankOpportunities', () => {
  it('gathers every stage’s opportunities, highest priority first', () => {
    const map = makeMap({
      stages: [
        makeStage('s1', 'Awareness', { opportunities: [opportunity('a', 2, 5)] }),
        makeStage('s2', '', { opportunities: [opportunity('b', 5, 2), opportunity('c', 3, 3)] }),
        makeStage('s3', 'Purchase', { opportunities: [opportunity('d', 4, 2)] }),
      ],
    });
    const backlog = rankOpportunities(map);
    expect(backlog.map((item) => [item.opportunity.id, item.priority, item.rank, item.stageName])).toEqual([
      ['b', 20, 1, 'Stage 2'],
      ['d', 16, 2, 'Purchase'],
      ['c', 9, 3, 'Stage 2'],
      ['a', 2, 4, 'Awareness'],
    ]);
  });

  it('breaks ties by impact, then journey order, then writing order, sharing ranks on full ties', () => {
    const map = makeMap({
      stages: [
        makeStage('s1', 'A', { opportunities: [opportunity('late-in-stage', 2, 1), opportunity('x', 4, 3)] }),
        makeStage('s2', 'B', { opportunities: [opportunity('y', 4, 3), opportunity('high-impact', 5, 4)] }),
      ],
    });
    // Priorities: 10, 12, 12, 10. Among the 12s the earlier stage wins; among the 10s impact 5 beats 2.
    expect(rankOpportunities(map).map((item) => [item.opportunity.id, item.rank])).toEqual([
      ['x', 1],
      ['y', 1],
      ['high-impact', 3],
      ['late-in-stage', 4],
    ]);
  });

  it('is empty for a map without opportunities', () => {
    expect(rankOpportunities(makeMap())).toEqual([]);
  });
});
