import { describe, expect, it } from 'vitest';
import { createStage } from '../../../src/lib/journey/create-journey-map';
import {
  addStage,
  getStageLabel,
  isStageEmpty,
  moveStage,
  removeStage,
  renameStage,
  restoreStage,
  updateStage,
} from '../../../src/lib/journey/stage-operations';
import { makeMap, makeStage } from './make-map';

const ids = (map: { stages: readonly { id: string }[] }) => map.stages.map((stage) => stage.id);

describe('stage operations', () => {
  it('renames a stage and leaves the map given untouched', () => {
    const map = makeMap();
    const renamed = renameStage(map, 's2', 'Compare');
    expect(renamed.stages[1]?.name).toBe('Compare');
    expect(map.stages[1]?.name).toBe('Consideration');
  });

  it('changes nothing for a stage that is not there', () => {
    const map = makeMap();
    expect(updateStage(map, 'nope', (stage) => ({ ...stage, goals: 'x' }))).toBe(map);
  });

  it('keeps a stage’s id whatever the change returns', () => {
    const changed = updateStage(makeMap(), 's1', (stage) => ({ ...stage, id: 'other' }));
    expect(ids(changed)).toEqual(['s1', 's2', 's3']);
  });

  it('adds a stage at the end or at a position', () => {
    const atEnd = addStage(makeMap(), createStage('s9', 'Loyalty'));
    expect(atEnd.ok && ids(atEnd.value)).toEqual(['s1', 's2', 's3', 's9']);
    const first = addStage(makeMap(), createStage('s9', 'Need'), 0);
    expect(first.ok && ids(first.value)).toEqual(['s9', 's1', 's2', 's3']);
    const past = addStage(makeMap(), createStage('s9', 'x'), 99);
    expect(past.ok && ids(past.value)).toEqual(['s1', 's2', 's3', 's9']);
  });

  it('refuses a 13th stage', () => {
    const stages = Array.from({ length: 12 }, (_unused, index) => makeStage(`s${index}`, 'x'));
    expect(addStage(makeMap({ stages }), createStage('new', 'x'))).toEqual({ ok: false, error: { kind: 'too-many-stages', limit: 12 } });
  });

  it('removes a stage, and undoing puts it back where it was', () => {
    const map = makeMap();
    const removed = removeStage(map, 's2');
    if (!removed.ok) throw new Error('not removed');
    expect(ids(removed.value.map)).toEqual(['s1', 's3']);
    expect(removed.value.removed.index).toBe(1);
    const restored = restoreStage(removed.value.map, removed.value.removed);
    expect(restored.ok && restored.value.stages).toEqual(map.stages);
  });

  it('keeps the last stage and says why', () => {
    const map = makeMap({ stages: [makeStage('s1', 'Only')] });
    expect(removeStage(map, 's1')).toEqual({ ok: false, error: { kind: 'last-stage' } });
    expect(removeStage(map, 'nope')).toEqual({ ok: false, error: { kind: 'no-such-stage' } });
  });

  it('drops scores of a persona removed meanwhile when a stage comes back', () => {
    const stage = makeStage('s2', 'B', { emotions: [{ personaKey: 'p1', curve: 'as-is', score: 1 }, { personaKey: 'gone', curve: 'as-is', score: 2 }] });
    const restored = restoreStage(makeMap({ stages: [makeStage('s1', 'A')] }), { stage, index: 1 });
    expect(restored.ok && restored.value.stages[1]?.emotions).toEqual([{ personaKey: 'p1', curve: 'as-is', score: 1 }]);
  });

  it('does not restore a stage twice', () => {
    const map = makeMap();
    const restored = restoreStage(map, { stage: makeStage('s1', 'Awareness'), index: 0 });
    expect(restored).toEqual({ ok: true, value: map });
  });

  it('moves a stage left and right, and not past either end', () => {
    const map = makeMap();
    expect(ids(moveStage(map, 's1', 1))).toEqual(['s2', 's1', 's3']);
    expect(ids(moveStage(map, 's3', -1))).toEqual(['s1', 's3', 's2']);
    expect(moveStage(map, 's1', -1)).toBe(map);
    expect(moveStage(map, 's3', 1)).toBe(map);
    expect(moveStage(map, 'nope', 1)).toBe(map);
  });

  it('tells an empty stage from one with notes', () => {
    expect(isStageEmpty(createStage('s', 'x'))).toBe(true);
    expect(isStageEmpty(makeStage('s', 'x', { goals: '  ' }))).toBe(true);
    expect(isStageEmpty(makeStage('s', 'x', { thoughts: 'Hmm' }))).toBe(false);
    expect(isStageEmpty(makeStage('s', 'x', { painPoints: [{ id: 'p', text: '', severity: 'low' }] }))).toBe(false);
  });

  it('labels a stage without a name by its position', () => {
    expect(getStageLabel({ name: ' Purchase ' }, 0)).toBe('Purchase');
    expect(getStageLabel({ name: '  ' }, 2)).toBe('Stage 3');
  });
});
