import { describe, expect, it } from 'vitest';
import { createJourneyMapSchema, journeyMapSchema } from '../../../src/lib/journey/journey-map-schema';
import { makeMap, makeStage } from './make-map';
import { createEmptyMetric } from '../../../src/lib/journey/stage-metric-fields';

describe('journeyMapSchema', () => {
  it('accepts a complete map unchanged', () => {
    const map = makeMap();
    expect(journeyMapSchema.parse(map)).toEqual(map);
  });

  it('fills in optional fields a hand-written file leaves out', () => {
    const parsed = journeyMapSchema.parse({
      id: 'm1',
      personas: [{ key: 'p1', name: 'Ana' }],
      stages: [{ id: 's1', name: 'Awareness', painPoints: [{ id: 'x1', text: 'Slow' }], opportunities: [{ id: 'o1', text: 'Faster' }] }],
      createdAt: '2025-03-01T10:00:00.000Z',
      updatedAt: '2025-03-01T10:00:00.000Z',
    });
    expect(parsed.scenario).toBe('');
    expect(parsed.personas[0]).toEqual({ key: 'p1', personaId: '', name: 'Ana' });
    expect(parsed.stages[0]?.painPoints[0]).toEqual({ id: 'x1', text: 'Slow', severity: 'medium' });
    expect(parsed.stages[0]?.opportunities[0]).toEqual({ id: 'o1', text: 'Faster', owner: '', impact: 3, effort: 3 });
    expect(parsed.stages[0]?.metrics).toEqual([]);
    expect(parsed.stages[0]).not.toHaveProperty('emotionIsExample');
    expect(parsed.stages[0]?.opportunities[0]).not.toHaveProperty('dimension');
  });

  it('needs at least one persona and one stage', () => {
    const noPersona = journeyMapSchema.safeParse(makeMap({ personas: [] }));
    expect(noPersona.error?.issues[0]?.message).toBe('a map needs at least one persona');
    const noStage = journeyMapSchema.safeParse(makeMap({ stages: [] }));
    expect(noStage.error?.issues[0]?.message).toBe('a map needs at least one stage');
  });

  it('refuses more than 12 stages', () => {
    const stages = Array.from({ length: 13 }, (_unused, index) => makeStage(`s${index}`, `Stage ${index}`));
    expect(journeyMapSchema.safeParse(makeMap({ stages })).success).toBe(false);
  });

  it('refuses emotion scores outside −2..+2, severities outside 1..3 and ratings outside 1..5', () => {
    const bad = (stage: object) => journeyMapSchema.safeParse(makeMap({ stages: [makeStage('s1', 'A', stage)] })).success;
    expect(bad({ emotions: [{ personaKey: 'p1', curve: 'as-is', score: 3 }] })).toBe(false);
    expect(bad({ emotions: [{ personaKey: 'p1', curve: 'as-is', score: 1.5 }] })).toBe(false);
    expect(bad({ painPoints: [{ id: 'x', text: 'a', severity: 4 }] })).toBe(false);
    expect(bad({ opportunities: [{ id: 'o', text: 'a', owner: '', impact: 0, effort: 3 }] })).toBe(false);
    expect(bad({ touchpoints: [{ id: 't', name: 'a', channel: '', owner: '', emotion: -3 }] })).toBe(false);
    expect(bad({ emotions: [{ personaKey: 'p1', curve: 'as-is', score: -2 }] })).toBe(true);
  });

  it('refuses repeated ids, repeated persona keys and scores for a persona the map does not have', () => {
    const repeatedId = journeyMapSchema.safeParse(makeMap({ stages: [makeStage('s1', 'A'), makeStage('s1', 'B')] }));
    expect(repeatedId.error?.issues[0]).toMatchObject({ path: ['stages', 1, 'id'], message: 'repeats the id “s1”' });
    const repeatedKey = journeyMapSchema.safeParse(
      makeMap({ personas: [{ key: 'p1', personaId: '', name: 'A' }, { key: 'p1', personaId: '', name: 'B' }] }),
    );
    expect(repeatedKey.error?.issues[0]?.path).toEqual(['personas', 1, 'key']);
    const dangling = journeyMapSchema.safeParse(makeMap({ stages: [makeStage('s1', 'A', { emotions: [{ personaKey: 'ghost', curve: 'as-is', score: 1 }] })] }));
    expect(dangling.error?.issues[0]?.message).toBe('names a persona key “ghost” that the map does not have');
    const twice = journeyMapSchema.safeParse(
      makeMap({
        stages: [
          makeStage('s1', 'A', {
            emotions: [
              { personaKey: 'p1', curve: 'as-is', score: 1 },
              { personaKey: 'p1', curve: 'as-is', score: 2 },
            ],
          }),
        ],
      }),
    );
    expect(twice.error?.issues[0]?.message).toBe('scores the same persona and curve twice');
  });

  it('refuses ids that are not short and URL-safe', () => {
    expect(journeyMapSchema.safeParse(makeMap({ id: 'has space' })).success).toBe(false);
    expect(journeyMapSchema.safeParse(makeMap({ id: 'x'.repeat(41) })).success).toBe(false);
  });

  it('ignores unknown fields, and the strict-keys schema names them', () => {
    const withExtra = { ...makeMap(), colour: 'red' };
    expect(journeyMapSchema.safeParse(withExtra).success).toBe(true);
    const strict = createJourneyMapSchema('strict-keys').safeParse(withExtra);
    expect(strict.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['colour'] });
  });
});

describe('journeyMapSchema: version 2 fields', () => {
  const metric = (scores: string) => ({ ...createEmptyMetric('csat', ''), scores });

  it('holds up to three metrics on a stage, e.g. CSAT and CES side by side', () => {
    const two = makeMap({ stages: [makeStage('s1', 'Checkout', { metrics: [metric('5 4'), createEmptyMetric('ces', 'Effort')] })] });
    expect(journeyMapSchema.parse(two).stages[0]?.metrics.map((entry) => entry.kind)).toEqual(['csat', 'ces']);
    const four = makeMap({ stages: [makeStage('s1', 'A', { metrics: [metric(''), metric(''), metric(''), metric('')] })] });
    expect(journeyMapSchema.safeParse(four).error?.issues[0]?.path).toEqual(['stages', 0, 'metrics']);
  });

  it('keeps a stage’s pasted scores within the one-metric limit of version 1, so links and files grow no bigger', () => {
    // 100,000 characters in all, as one version-1 metric could hold: accepted; one character more across two metrics: refused.
    const full = makeMap({ stages: [makeStage('s1', 'A', { metrics: [metric('5'.repeat(60_000)), metric('4'.repeat(40_000))] })] });
    expect(journeyMapSchema.safeParse(full).success).toBe(true);
    const over = makeMap({ stages: [makeStage('s1', 'A', { metrics: [metric('5'.repeat(60_000)), metric('4'.repeat(40_001))] })] });
    expect(journeyMapSchema.safeParse(over).error?.issues[0]?.message).toBe('holds more than 100000 characters of pasted scores across its metrics');
  });

  it('reads the example mark on a stage as optional and boolean', () => {
    expect(journeyMapSchema.parse(makeMap({ stages: [makeStage('s1', 'A', { emotionIsExample: true })] })).stages[0]?.emotionIsExample).toBe(true);
    expect(journeyMapSchema.safeParse(makeMap({ stages: [makeStage('s1', 'A', { emotionIsExample: 'yes' as unknown as boolean })] })).success).toBe(false);
  });

  it('takes severities on the persona scale only', () => {
    for (const severity of ['low', 'medium', 'high', 'critical'] as const) {
      expect(journeyMapSchema.safeParse(makeMap({ stages: [makeStage('s1', 'A', { painPoints: [{ id: 'x', text: '', severity }] })] })).success).toBe(true);
    }
    const old = makeMap({ stages: [makeStage('s1', 'A', { painPoints: [{ id: 'x', text: '', severity: 2 as unknown as 'low' }] })] });
    expect(journeyMapSchema.safeParse(old).error?.issues[0]?.message).toBe('must be low, medium, high or critical');
  });
});
