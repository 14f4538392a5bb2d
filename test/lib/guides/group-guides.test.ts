import { describe, expect, it } from 'vitest';
import { countTags, groupBy } from '../../../src/lib/guides/group-guides';

const guide = (id: string, theme: string, stages: string[], tags: string[] = []) => ({
  id,
  data: { theme, stages, tags, paths: [] },
});

describe('groupBy', () => {
  const guides = [
    guide('a', 'measurement', ['retention']),
    guide('b', 'foundations', ['awareness', 'retention']),
    guide('c', 'measurement', ['advocacy']),
  ];

  it('keeps the vocabulary order and the guides order, and drops empty groups', () => {
    const groups = groupBy(guides, ['foundations', 'journeys', 'measurement'], (g) => [g.data.theme]);
    expect(groups.map(([key, members]) => [key, members.map((g) => g.id)])).toEqual([
      ['foundations', ['b']],
      ['measurement', ['a', 'c']],
    ]);
  });

  it('puts a guide in every group it belongs to', () => {
    const groups = groupBy(guides, ['awareness', 'retention'], (g) => g.data.stages);
    expect(groups.map(([key, members]) => [key, members.map((g) => g.id)])).toEqual([
      ['awareness', ['b']],
      ['retention', ['a', 'b']],
    ]);
  });
});

describe('countTags', () => {
  it('counts each tag once per guide and sorts alphabetically', () => {
    expect(countTags([guide('a', 't', [], ['nps', 'csat', 'nps']), guide('b', 't', [], ['csat'])])).toEqual([
      { tag: 'csat', count: 2 },
      { tag: 'nps', count: 1 },
    ]);
  });

  it('no guides, no tags', () => {
    expect(countTags([])).toEqual([]);
  });
});
