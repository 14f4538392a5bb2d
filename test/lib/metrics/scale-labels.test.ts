import { describe, expect, it } from 'vitest';
import { getLabelKey, getLabelScore, getNpsGroupName } from '../../../src/lib/metrics/scale-labels.ts';

describe('scale labels', () => {
  it('scores common wordings by the length of the scale', () => {
    expect(getLabelScore('Very satisfied', { min: 1, max: 5 })).toBe(5);
    expect(getLabelScore('Satisfied', { min: 1, max: 5 })).toBe(4);
    // On seven points "satisfied" alone is not a wording; "very satisfied" is the sixth point.
    expect(getLabelScore('Very satisfied', { min: 1, max: 7 })).toBe(6);
    expect(getLabelScore('Strongly agree', { min: 1, max: 7 })).toBe(7);
    expect(getLabelScore('Extremely likely', { min: 0, max: 10 })).toBe(10);
    expect(getLabelScore('Not at all likely', { min: 0, max: 10 })).toBe(0);
    expect(getLabelScore('Very satisfied', { min: 1, max: 4 })).toBeNull();
  });

  it('knows the satisfaction wordings of French, Spanish and German exports', () => {
    expect(getLabelScore('Très satisfait', { min: 1, max: 5 })).toBe(5);
    expect(getLabelScore('Insatisfait', { min: 1, max: 5 })).toBe(2);
    expect(getLabelScore('muy insatisfecho', { min: 1, max: 5 })).toBe(1);
    expect(getLabelScore('Sehr zufrieden', { min: 1, max: 5 })).toBe(5);
    expect(getLabelScore('Extrêmement probable', { min: 0, max: 10 })).toBe(10);
  });

  it('matches labels whatever their case, spacing and final full stop', () => {
    expect(getLabelKey(' Very  Satisfied. ')).toBe('very satisfied');
    expect(getNpsGroupName('PROMOTERS')).toBe('promoters');
    expect(getNpsGroupName('Neutral')).toBe('passives');
    expect(getNpsGroupName('Fan')).toBeNull();
  });
});
