import { describe, expect, it } from 'vitest';
import { importJourneyFile } from '../../../src/lib/journey/import-journey-file';
import { createJourneyFile } from '../../../src/lib/journey/journey-file';
import { invalid } from '../../../src/lib/portable/portable-error';
import { makeMap, makeStage } from './make-map';

const NOW = new Date('2025-03-02T09:00:00.000Z');

describe('importJourneyFile', () => {
  it('reads back what the export writes', () => {
    const maps = [makeMap({ id: 'a' }), makeMap({ id: 'b', scenario: 'Renewal' })];
    expect(importJourneyFile(createJourneyFile(maps, NOW))).toEqual({ ok: true, value: { maps, ignoredFields: [] } });
  });

  it('reads a single map written by hand, filling in what it leaves out, and names ignored fields', () => {
    const text = JSON.stringify({
      id: 'm1',
      note: 'mine',
      personas: [{ key: 'p1', name: 'Ana' }],
      stages: [{ id: 's1', name: 'Awareness', mood: 'ok' }],
      createdAt: '2025-03-01T10:00:00.000Z',
      updatedAt: '2025-03-01T10:00:00.000Z',
    });
    const result = importJourneyFile(`\uFEFF${text}`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.maps[0]?.stages[0]?.painPoints).toEqual([]);
    expect(result.value.ignoredFields).toEqual(['stage 1: mood', 'note']);
  });

  it('refuses empty, oversized, non-JSON and foreign files, naming the tool a file belongs to', () => {
    expect(importJourneyFile('  ')).toEqual({ ok: false, error: { kind: 'empty' } });
    expect(importJourneyFile('{}', 6 * 1024 * 1024)).toEqual({ ok: false, error: { kind: 'too-large', bytes: 6 * 1024 * 1024, limit: 5 * 1024 * 1024 } });
    expect(importJourneyFile('{"maps": [')).toMatchObject({ ok: false, error: { kind: 'not-json' } });
    expect(importJourneyFile('{\n  "a": 1\n  "maps": []\n}')).toEqual({ ok: false, error: { kind: 'not-json', line: 3, column: 3 } });
    expect(importJourneyFile('[1, 2]')).toEqual({ ok: false, error: { kind: 'other-tool' } });
    expect(importJourneyFile('{"format": "touchpoint-personas", "version": 1, "maps": []}')).toEqual({
      ok: false,
      error: { kind: 'other-tool', found: 'the persona builder (/tools/personas/)' },
    });
    expect(importJourneyFile('{"name": "Ana"}')).toEqual({ ok: false, error: { kind: 'other-tool' } });
  });

  it('refuses a file from a newer version or with no version', () => {
    expect(importJourneyFile('{"format": "touchpoint-journey-maps", "version": 3, "maps": []}')).toEqual({ ok: false, error: { kind: 'future-version', found: 3, supported: 2 } });
    expect(importJourneyFile('{"format": "touchpoint-journey-maps", "maps": []}')).toEqual({ ok: false, error: { kind: 'malformed', part: 'version' } });
  });

  it('refuses a file without maps or with more than this browser keeps', () => {
    expect(importJourneyFile(createJourneyFile([], NOW))).toEqual({ ok: false, error: invalid(['The file holds no journey maps.']) });
    const many = Array.from({ length: 51 }, (_unused, index) => makeMap({ id: `m${index}` }));
    expect(importJourneyFile(createJourneyFile(many, NOW))).toEqual({ ok: false, error: invalid(['The file holds 51 maps; this browser keeps at most 50.']) });
  });

  it('imports nothing when any map is invalid, and says where each problem is', () => {
    const good = makeMap({ id: 'a' });
    const bad = makeMap({ id: 'b', stages: [makeStage('s1', 'A', { painPoints: [{ id: 'x', text: 'a', severity: 'severe' as 'low' }] })] });
    expect(importJourneyFile(createJourneyFile([good, bad], NOW))).toEqual({ ok: false, error: invalid(['map 2, stage 1, pain point 1, severity: must be low, medium, high or critical']) });
  });

  it('keeps the first eight problems and counts them all', () => {
    const stages = Array.from({ length: 10 }, (_unused, index) => ({ id: `s${index}`, name: 5 }));
    const result = importJourneyFile(JSON.stringify({ ...makeMap(), stages }));
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid', total: 10 } });
    if (result.ok || result.error.kind !== 'invalid') return;
    expect(result.error.issues).toHaveLength(8);
  });
});
