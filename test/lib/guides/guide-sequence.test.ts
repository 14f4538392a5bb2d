import { describe, expect, it } from 'vitest';
import { findDuplicateOrders, getNeighbours, sortByReadingOrder } from '../../../src/lib/guides/guide-sequence';

const guide = (id: string, order: number, title = id) => ({ id, data: { order, title } });

describe('sortByReadingOrder', () => {
  it('sorts by order and breaks ties by title', () => {
    const sorted = sortByReadingOrder([guide('c', 2), guide('b', 1, 'Zeta'), guide('a', 1, 'Alpha')]);
    expect(sorted.map((g) => g.id)).toEqual(['a', 'b', 'c']);
  });

  it('does not change its input', () => {
    const guides = [guide('b', 2), guide('a', 1)];
    sortByReadingOrder(guides);
    expect(guides.map((g) => g.id)).toEqual(['b', 'a']);
  });
});

describe('getNeighbours', () => {
  const sorted = [guide('a', 1), guide('b', 2), guide('c', 3)];

  it('finds the guides on either side', () => {
    expect(getNeighbours(sorted, 'b')).toEqual({ previous: sorted[0], next: sorted[2] });
  });

  it('has no previous guide at the start and no next guide at the end', () => {
    expect(getNeighbours(sorted, 'a').previous).toBeUndefined();
    expect(getNeighbours(sorted, 'c').next).toBeUndefined();
  });

  it('an unknown id has no neighbours', () => {
    expect(getNeighbours(sorted, 'missing')).toEqual({ previous: undefined, next: undefined });
  });
});

describe('findDuplicateOrders', () => {
  it('reports every order shared by two or more guides', () => {
    expect(findDuplicateOrders([guide('a', 1), guide('b', 1), guide('c', 2)])).toEqual([{ order: 1, ids: ['a', 'b'] }]);
  });

  it('unique orders give nothing to report', () => {
    expect(findDuplicateOrders([guide('a', 1), guide('b', 2)])).toEqual([]);
  });
});
