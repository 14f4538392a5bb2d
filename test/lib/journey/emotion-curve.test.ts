import { describe, expect, it } from 'vitest';
import { getEmotionCurves } from '../../../src/lib/journey/emotion-curve';
import { makeMap, makeStage } from './make-map';

const twoPersonas = [
  { key: 'p1', personaId: '', name: 'Ana' },
  { key: 'p2', personaId: '', name: 'Bo' },
];

describe('getEmotionCurves', () => {
  it('gives each stage its own score, with gaps where there is none', () => {
    const map = makeMap({
      stages: [
        makeStage('s1', 'Awareness', { emotions: [{ personaKey: 'p1', curve: 'as-is', score: 1 }] }),
        makeStage('s2', ''),
        makeStage('s3', 'Purchase', { emotions: [{ personaKey: 'p1', curve: 'as-is', score: -2 }] }),
      ],
    });
    const [curve, ...others] = getEmotionCurves(map);
    expect(others).toEqual([]);
    expect(curve).toMatchObject({ id: 'p1:as-is', personaName: 'Ana', personaIndex: 0, curve: 'as-is' });
    expect(curve?.points).toEqual([
      { stageId: 's1', stageIndex: 0, stageName: 'Awareness', score: 1, source: 'stage' },
      { stageId: 's2', stageIndex: 1, stageName: 'Stage 2', score: null, source: 'none' },
      { stageId: 's3', stageIndex: 2, stageName: 'Purchase', score: -2, source: 'stage' },
    ]);
  });

  it('uses the average of touchpoint scores when an "as is" stage score is missing', () => {
    const touchpoints = [
      { id: 't1', name: 'Checkout', channel: 'Website', owner: '', emotion: -2 as const },
      { id: 't2', name: 'Receipt', channel: 'Email', owner: '', emotion: 1 as const },
      { id: 't3', name: 'Unscored', channel: '', owner: '', emotion: null },
    ];
    const map = makeMap({ stages: [makeStage('s1', 'Purchase', { touchpoints })] });
    expect(getEmotionCurves(map)[0]?.points[0]).toMatchObject({ score: -0.5, source: 'touchpoints' });
    const own = makeMap({ stages: [makeStage('s1', 'Purchase', { touchpoints, emotions: [{ personaKey: 'p1', curve: 'as-is', score: 2 }] })] });
    expect(getEmotionCurves(own)[0]?.points[0]).toMatchObject({ score: 2, source: 'stage' });
  });

  it('draws a "to be" curve only when it has a score, and never from touchpoints', () => {
    const touchpoints = [{ id: 't1', name: 'x', channel: '', owner: '', emotion: 1 as const }];
    const without = makeMap({ stages: [makeStage('s1', 'A', { touchpoints })] });
    expect(getEmotionCurves(without).map((curve) => curve.id)).toEqual(['p1:as-is']);
    const withToBe = makeMap({ stages: [makeStage('s1', 'A', { touchpoints, emotions: [{ personaKey: 'p1', curve: 'to-be', score: 2 }] }), makeStage('s2', 'B', { touchpoints })] });
    const toBe = getEmotionCurves(withToBe).find((curve) => curve.curve === 'to-be');
    expect(toBe?.points.map((point) => point.score)).toEqual([2, null]);
  });

  it('gives each persona its own curves, and filters by persona and curve', () => {
    const map = makeMap({
      personas: twoPersonas,
      stages: [
        makeStage('s1', 'A', {
          emotions: [
            { personaKey: 'p1', curve: 'as-is', score: 1 },
            { personaKey: 'p2', curve: 'as-is', score: -1 },
            { personaKey: 'p2', curve: 'to-be', score: 2 },
          ],
        }),
      ],
    });
    expect(getEmotionCurves(map).map((curve) => curve.id)).toEqual(['p1:as-is', 'p2:as-is', 'p2:to-be']);
    expect(getEmotionCurves(map, { personaKeys: ['p2'] }).map((curve) => curve.id)).toEqual(['p2:as-is', 'p2:to-be']);
    expect(getEmotionCurves(map, { curves: ['to-be'] }).map((curve) => curve.id)).toEqual(['p2:to-be']);
    expect(getEmotionCurves(map, { personaKeys: [] })).toEqual([]);
    expect(getEmotionCurves(map).find((curve) => curve.personaKey === 'p2')?.personaIndex).toBe(1);
  });

  it('names an unnamed persona', () => {
    const map = makeMap({ personas: [{ key: 'p1', personaId: '', name: ' ' }] });
    expect(getEmotionCurves(map)[0]?.personaName).toBe('Unnamed persona');
  });
});
