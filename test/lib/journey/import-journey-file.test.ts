import { describe, expect, it } from 'vitest';
import { describeImportError, describeJsonErrorPlace } from '../../../src/lib/journey/describe-import-error';
import { importJourneyFile } from '../../../src/lib/journey/import-journey-file';
import { createJourneyFile } from '../../../src/lib/journey/journey-file';
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

  it('refuses empty, oversized, non-JSON and foreign files', () => {
    expect(importJourneyFile('  ')).toEqual({ ok: false, error: { kind: 'empty' } });
    expect(importJourneyFile('{}', 6 * 1024 * 1024)).toEqual({ ok: false, error: { kind: 'too-large', bytes: 6 * 1024 * 1024, limit: 5 * 1024 * 1024 } });
    const truncated = importJourneyFile('{"maps": [');
    expect(truncated.ok ? 'ok' : truncated.error.kind).toBe('not-json');
    expect(importJourneyFile('[1, 2]')).toEqual({ ok: false, error: { kind: 'not-a-journey-file' } });
    expect(importJourneyFile('{"format": "touchpoint-personas", "version": 1, "maps": []}')).toEqual({
      ok: false,
      error: { kind: 'not-a-journey-file', format: 'touchpoint-personas' },
    });
    expect(importJourneyFile('{"name": "Ana"}')).toEqual({ ok: false, error: { kind: 'not-a-journey-file' } });
  });

  it('refuses a file from a newer version or with no version', () => {
    expect(importJourneyFile('{"format": "touchpoint-journey-maps", "version": 2, "maps": []}')).toEqual({
      ok: false,
      error: { kind: 'version', error: { kind: 'future-version', version: 2, supported: 1 } },
    });
    expect(importJourneyFile('{"format": "touchpoint-journey-maps", "maps": []}')).toMatchObject({ ok: false, error: { kind: 'version' } });
  });

  it('refuses a file without maps or with more than this browser keeps', () => {
    expect(importJourneyFile(createJourneyFile([], NOW))).toEqual({ ok: false, error: { kind: 'no-maps' } });
    const many = Array.from({ length: 51 }, (_unused, index) => makeMap({ id: `m${index}` }));
    expect(importJourneyFile(createJourneyFile(many, NOW))).toEqual({ ok: false, error: { kind: 'too-many-maps', count: 51, limit: 50 } });
  });

  it('imports nothing when any map is invalid, and says where each problem is', () => {
    const good = makeMap({ id: 'a' });
    const bad = makeMap({ id: 'b', stages: [makeStage('s1', 'A', { painPoints: [{ id: 'x', text: 'a', severity: 5 as 1 }] })] });
    const result = importJourneyFile(createJourneyFile([good, bad], NOW));
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid', total: 1 } });
    if (result.ok || result.error.kind !== 'invalid') return;
    expect(result.error.issues[0]?.place).toBe('map 2, stage 1, pain point 1, severity');
    expect(describeImportError(result.error)).toMatchInlineSnapshot(`
      {
        "details": [
          "map 2, stage 1, pain point 1, severity: must be 1, 2 or 3",
        ],
        "headline": "The file has 1 problem, so nothing was imported. Fix it and try again:",
      }
    `);
  });

  it('lists at most eight problems and counts the rest', () => {
    const stages = Array.from({ length: 10 }, (_unused, index) => ({ id: `s${index}`, name: 5 }));
    const result = importJourneyFile(JSON.stringify({ ...makeMap(), stages }));
    if (result.ok || result.error.kind !== 'invalid') throw new Error('expected invalid');
    expect(result.error.issues).toHaveLength(8);
    expect(describeImportError(result.error).details.at(-1)).toBe('and 2 more');
  });
});

describe('describeJsonErrorPlace', () => {
  it('says where the parser stopped when its message does, and nothing else of the message', () => {
    expect(describeJsonErrorPlace("Expected ',' or '}' after property value in JSON at position 41 (line 3 column 5)")).toEqual(['The first problem is at line 3, column 5.']);
    expect(describeJsonErrorPlace('Unexpected token } in JSON at position 9')).toEqual(['The first problem is at character 10.']);
    expect(describeJsonErrorPlace(`Unexpected token 'h', "hello, not json" is not valid JSON`)).toEqual([]);
  });
});

describe('describeImportError', () => {
  it('says that nothing was imported, every time', () => {
    const errors = [
      { kind: 'empty' },
      { kind: 'too-large', bytes: 6_000_000, limit: 5_242_880 },
      { kind: 'not-json', message: 'Unexpected end' },
      { kind: 'not-a-journey-file' },
      { kind: 'not-a-journey-file', format: 'touchpoint-personas' },
      { kind: 'not-a-journey-file', format: 'something-else' },
      { kind: 'version', error: { kind: 'future-version', version: 2, supported: 1 } },
      { kind: 'no-maps' },
      { kind: 'too-many-maps', count: 51, limit: 50 },
      { kind: 'invalid', issues: [], total: 1 },
    ] as const;
    for (const error of errors) expect(describeImportError(error).headline).toMatch(/[Nn]othing was imported/);
    expect(describeImportError({ kind: 'too-large', bytes: 6_000_000, limit: 5_242_880 }).headline).toBe(
      'The file is 6 MB; this page reads journey map files up to 5.2 MB. Nothing was imported.',
    );
  });

  it('says when a file comes from the persona builder (or another tool) and where it belongs', () => {
    const fromPersonas = importJourneyFile('{"format": "touchpoint-personas", "version": 1, "personas": [{"name": "Ana"}]}');
    expect(fromPersonas.ok).toBe(false);
    if (fromPersonas.ok) return;
    expect(describeImportError(fromPersonas.error)).toEqual({
      headline: 'This is a persona export from the persona builder, not a journey map. Nothing was imported.',
      details: ['Import it in the persona builder (Tools, Persona builder): its personas can then be picked for a map here.'],
    });
    const other = importJourneyFile('{"format": "touchpoint-assessment", "answers": {}}');
    expect(other.ok === false && describeImportError(other.error).headline).toBe(
      'This JSON comes from something else (its format is “touchpoint-assessment”, not “touchpoint-journey-maps”). Nothing was imported.',
    );
  });
});
