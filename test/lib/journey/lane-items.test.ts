import { describe, expect, it } from 'vitest';
import {
  adoptExampleEmotions,
  addCustomChannel,
  addLaneItem,
  describeLaneChangeError,
  getChannels,
  getStageEmotion,
  removeLaneItem,
  setStageEmotion,
  updateLaneItem,
} from '../../../src/lib/journey/lane-items';
import { makeMap, makeStage } from './make-map';

describe('lane items', () => {
  it('adds, changes and removes a pain point', () => {
    const added = addLaneItem(makeMap(), 's3', 'painPoints', { id: 'x1', text: 'Forced sign-up', severity: 'high' });
    if (!added.ok) throw new Error('not added');
    expect(added.value.stages[2]?.painPoints).toEqual([{ id: 'x1', text: 'Forced sign-up', severity: 'high' }]);
    const changed = updateLaneItem(added.value, 's3', 'painPoints', 'x1', (pain) => ({ ...pain, severity: 'low', id: 'ignored' }));
    expect(changed.stages[2]?.painPoints).toEqual([{ id: 'x1', text: 'Forced sign-up', severity: 'low' }]);
    expect(removeLaneItem(changed, 's3', 'painPoints', 'x1').stages[2]?.painPoints).toEqual([]);
  });

  it('adds an opportunity and a touchpoint at the end of their lanes', () => {
    const map = makeMap({ stages: [makeStage('s1', 'A', { opportunities: [{ id: 'o1', text: 'a', owner: '', impact: 3, effort: 3 }] })] });
    const added = addLaneItem(map, 's1', 'opportunities', { id: 'o2', text: 'Guest checkout', owner: 'E-commerce', impact: 5, effort: 2 });
    expect(added.ok && added.value.stages[0]?.opportunities.map((item) => item.id)).toEqual(['o1', 'o2']);
    const touch = addLaneItem(map, 's1', 'touchpoints', { id: 't1', name: 'Checkout', channel: 'Website', owner: 'E-commerce', emotion: -2 });
    expect(touch.ok && touch.value.stages[0]?.touchpoints).toHaveLength(1);
  });

  it('refuses an item past the lane limit or for a missing stage', () => {
    const painPoints = Array.from({ length: 30 }, (_unused, index) => ({ id: `x${index}`, text: 'a', severity: 'low' as const }));
    const full = makeMap({ stages: [makeStage('s1', 'A', { painPoints })] });
    expect(addLaneItem(full, 's1', 'painPoints', { id: 'y', text: 'b', severity: 'low' })).toEqual({ ok: false, error: { kind: 'lane-full', limit: 30 } });
    expect(addLaneItem(makeMap(), 'nope', 'painPoints', { id: 'y', text: 'b', severity: 'low' })).toEqual({ ok: false, error: { kind: 'no-such-stage' } });
  });

  it('sets, replaces and clears a persona’s emotion on one curve', () => {
    let map = setStageEmotion(makeMap(), 's1', 'p1', 'as-is', -1);
    map = setStageEmotion(map, 's1', 'p1', 'to-be', 2);
    map = setStageEmotion(map, 's1', 'p1', 'as-is', -2);
    const stage = map.stages[0];
    if (!stage) throw new Error('no stage');
    expect(getStageEmotion(stage, 'p1', 'as-is')).toBe(-2);
    expect(getStageEmotion(stage, 'p1', 'to-be')).toBe(2);
    expect(stage.emotions).toHaveLength(2);
    const cleared = setStageEmotion(map, 's1', 'p1', 'as-is', null).stages[0];
    expect(cleared && getStageEmotion(cleared, 'p1', 'as-is')).toBeNull();
  });

  it('extends the channel list, refusing blanks, repeats and too many', () => {
    expect(getChannels(makeMap())).toContain('In person');
    const added = addCustomChannel(makeMap(), '  Kiosk ');
    expect(added.ok && getChannels(added.value).at(-1)).toBe('Kiosk');
    expect(addCustomChannel(makeMap(), '  ')).toEqual({ ok: false, error: { kind: 'empty-channel' } });
    expect(addCustomChannel(makeMap(), 'email')).toEqual({ ok: false, error: { kind: 'channel-exists', name: 'Email' } });
    const many = makeMap({ customChannels: Array.from({ length: 20 }, (_unused, index) => `C${index}`) });
    expect(addCustomChannel(many, 'New')).toEqual({ ok: false, error: { kind: 'too-many-channels', limit: 20 } });
  });

  it('words every error', () => {
    expect(describeLaneChangeError({ kind: 'lane-full', limit: 30 })).toBe('This lane already holds 30 items, the most a stage keeps.');
    expect(describeLaneChangeError({ kind: 'channel-exists', name: 'Email' })).toBe('“Email” is already in the list of channels.');
    expect(describeLaneChangeError({ kind: 'no-such-stage' })).toMatch(/another tab/);
  });

  it('clears a template’s example mark when an emotion is edited, or when the team keeps the score', () => {
    const example = makeMap({ stages: [makeStage('s1', 'A', { emotions: [{ personaKey: 'p1', curve: 'as-is', score: 1 }], emotionIsExample: true })] });
    const edited = setStageEmotion(example, 's1', 'p1', 'as-is', -1).stages[0];
    expect(edited).not.toHaveProperty('emotionIsExample');
    expect(edited?.emotions).toEqual([{ personaKey: 'p1', curve: 'as-is', score: -1 }]);
    const kept = adoptExampleEmotions(example, 's1').stages[0];
    expect(kept).not.toHaveProperty('emotionIsExample');
    expect(kept?.emotions).toEqual([{ personaKey: 'p1', curve: 'as-is', score: 1 }]);
    // Another stage keeps its mark.
    const two = makeMap({ stages: [makeStage('s1', 'A', { emotionIsExample: true }), makeStage('s2', 'B', { emotionIsExample: true })] });
    expect(setStageEmotion(two, 's1', 'p1', 'to-be', 2).stages[1]?.emotionIsExample).toBe(true);
  });
});
