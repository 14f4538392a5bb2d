import { describe, expect, it } from 'vitest';
import { createJourneyFile, getJourneyFileName } from '../../../src/lib/journey/journey-file';
import { makeMap } from './make-map';

describe('journey files', () => {
  it('wraps maps with the format, version and export time', () => {
    const file = JSON.parse(createJourneyFile([makeMap()], new Date('2025-03-02T09:00:00.000Z')));
    expect(file).toEqual({ format: 'touchpoint-journey-maps', version: 2, exportedAt: '2025-03-02T09:00:00.000Z', maps: [makeMap()] });
  });

  it('names a file after its map’s scenario', () => {
    expect(getJourneyFileName([{ scenario: 'First purchase online' }], 'json')).toBe('journey-map-first-purchase-online.json');
    expect(getJourneyFileName([{ scenario: 'Renovação: São Paulo!' }], 'md')).toBe('journey-map-renovacao-sao-paulo.md');
    expect(getJourneyFileName([{ scenario: '  ' }], 'json')).toBe('journey-map.json');
    expect(getJourneyFileName([{ scenario: 'a' }, { scenario: 'b' }], 'json')).toBe('journey-maps.json');
    expect(getJourneyFileName([{ scenario: 'x'.repeat(100) }], 'csv')).toBe(`journey-map-${'x'.repeat(60)}.csv`);
  });
});
