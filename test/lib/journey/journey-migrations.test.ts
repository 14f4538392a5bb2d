import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { JOURNEY_MAP_MIGRATIONS, JOURNEY_MAP_VERSION, upgradeJourneyMapV1 } from '../../../src/lib/journey/journey-migrations';
import { journeyMapSchema } from '../../../src/lib/journey/journey-map-schema';
import { migrate } from '../../../src/lib/portable/migrate';
import { DECODERS, type GoldenFixture } from '../../golden/decoders';

const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/golden');

/** The old 1–3 rating and the name it now has, written out by hand (issue 15: 1 → low, 2 → medium, 3 → high). */
const LEGACY_SEVERITY: Record<number, string> = { 1: 'low', 2: 'medium', 3: 'high' };

type Json = Record<string, unknown>;

/**
 * A version-1 map reshaped to version 2 without the code under test: every `metric` becomes a one-entry
 * `metrics` list (none for null) and every severity is renamed by the hand table above.
 */
function expectedV2(map: Json): Json {
  return {
    ...map,
    stages: (map.stages as Json[]).map(({ metric, ...stage }) => ({
      ...stage,
      metrics: metric === null ? [] : [metric],
      painPoints: (stage.painPoints as Json[]).map((pain) => ({ ...pain, severity: LEGACY_SEVERITY[pain.severity as number] })),
    })),
  };
}

describe('journey map migrations', () => {
  it('is at version 2 and still reads version 1', () => {
    expect(JOURNEY_MAP_VERSION).toBe(2);
    expect(JOURNEY_MAP_MIGRATIONS).toMatchObject({ current: 2, oldest: 1 });
  });

  it('turns a stage’s one metric into a list and names each severity', () => {
    const metric = { kind: 'csat', label: 'Checkout', input: 'scores', scores: '5 4', counts: [], csatScale: '1-5', cesVariant: 'ces-2.0' };
    const v1 = {
      id: 'm',
      stages: [
        { id: 's1', metric, painPoints: [{ id: 'a', severity: 1 }, { id: 'b', severity: 2 }, { id: 'c', severity: 3 }] },
        { id: 's2', metric: null, painPoints: [{ id: 'd', text: 'no severity given' }] },
        { id: 's3' },
      ],
    };
    expect(upgradeJourneyMapV1(v1)).toEqual({
      id: 'm',
      stages: [
        { id: 's1', metrics: [metric], painPoints: [{ id: 'a', severity: 'low' }, { id: 'b', severity: 'medium' }, { id: 'c', severity: 'high' }] },
        { id: 's2', metrics: [], painPoints: [{ id: 'd', text: 'no severity given' }] },
        { id: 's3' },
      ],
    });
  });

  it('leaves what it does not recognise for the schema to report, and never throws', () => {
    for (const junk of [null, 3, 'map', [], { stages: 'x' }, { stages: [null, 4, { painPoints: 'x' }] }]) expect(() => upgradeJourneyMapV1(junk)).not.toThrow();
    const odd = { id: 'm', stages: [{ id: 's', painPoints: [{ id: 'x', severity: 7 }, 'junk'] }] };
    expect(upgradeJourneyMapV1(odd)).toEqual(odd);
    const checked = journeyMapSchema.safeParse({ ...(upgradeJourneyMapV1(odd) as Json), personas: [{ key: 'p', name: 'A' }], createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' });
    expect(checked.error?.issues.map((issue) => issue.message)).toContain('must be low, medium, high or critical');
  });

  it('leaves a version-2 map as it is (the step is safe to run twice)', () => {
    const v2 = { id: 'm', stages: [{ id: 's', metrics: [], painPoints: [{ id: 'x', severity: 'critical' }] }] };
    expect(upgradeJourneyMapV1(v2)).toEqual(v2);
    expect(upgradeJourneyMapV1(upgradeJourneyMapV1({ stages: [{ metric: null, painPoints: [{ severity: 3 }] }] }))).toEqual({ stages: [{ metrics: [], painPoints: [{ severity: 'high' }] }] });
  });

  it('refuses a version newer than it knows', () => {
    expect(migrate({}, 3, JOURNEY_MAP_MIGRATIONS)).toEqual({ ok: false, error: { kind: 'future-version', found: 3, supported: 2 } });
  });
});

describe('every frozen version-1 journey fixture opens to its data upgraded by hand', () => {
  const fixtures = readdirSync(GOLDEN_DIR)
    .filter((name) => /^(journey-|storage--journey-maps)/.test(name) && name.endsWith('.json'))
    .map((file) => ({ file, fixture: JSON.parse(readFileSync(join(GOLDEN_DIR, file), 'utf8')) as GoldenFixture }))
    // The version-2 fixtures (named --v2-) were written at today's version: nothing to upgrade.
    .filter(({ file }) => !file.includes('--v2-'));

  it('covers every journey kind, with severities 1, 2 and 3 and stages with and without a metric', () => {
    expect(new Set(fixtures.map(({ fixture }) => fixture.kind))).toEqual(new Set(['journey-share-code', 'journey-file', 'storage:journey-maps']));
    const text = fixtures.map(({ fixture }) => JSON.stringify(fixture.expected)).join('');
    for (const severity of [1, 2, 3]) expect(text).toContain(`"severity":${String(severity)}`);
    expect(text).toContain('"metric":null');
    expect(text).toContain('"metric":{');
  });

  for (const { file, fixture } of fixtures) {
    it(file, { timeout: 60_000 }, async () => {
      const decoded = (await DECODERS[fixture.kind]?.(fixture.input)) as Json;
      const expected = fixture.expected as Json;
      if (fixture.kind === 'journey-share-code') {
        expect(decoded).toEqual(expectedV2(expected));
      } else {
        expect(decoded).toEqual({ ...expected, maps: (expected.maps as Json[]).map(expectedV2) });
      }
    });
  }
});
