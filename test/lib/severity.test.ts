import { describe, expect, it } from 'vitest';
import { DEFAULT_SEVERITY, getSeverityFromLegacyRating, isSeverity, SEVERITIES, SEVERITY_LABELS } from '../../src/lib/severity';
import * as journeyVocabulary from '../../src/lib/journey/journey-vocabulary';
import * as personaVocabulary from '../../src/lib/persona/persona-vocabulary';

describe('the one severity scale', () => {
  it('has four levels with their words, mildest first', () => {
    expect(SEVERITIES).toEqual(['low', 'medium', 'high', 'critical']);
    expect(SEVERITIES.map((severity) => SEVERITY_LABELS[severity])).toEqual(['Low', 'Medium', 'High', 'Critical']);
    expect(DEFAULT_SEVERITY).toBe('medium');
  });

  it('is the very same scale in the persona builder and the journey map builder', () => {
    expect(personaVocabulary.SEVERITIES).toBe(SEVERITIES);
    expect(personaVocabulary.SEVERITY_LABELS).toBe(SEVERITY_LABELS);
    expect(journeyVocabulary.SEVERITIES).toBe(SEVERITIES);
    expect(journeyVocabulary.SEVERITY_LABELS).toBe(SEVERITY_LABELS);
  });

  it('recognises its values only', () => {
    expect(SEVERITIES.every(isSeverity)).toBe(true);
    for (const value of ['Low', 'HIGH', '', 1, 3, null, undefined, {}, 'severe']) expect(isSeverity(value)).toBe(false);
  });

  it('maps the journey map’s old 1–3 rating by hand-written table, and nothing else', () => {
    expect([1, 2, 3].map(getSeverityFromLegacyRating)).toEqual(['low', 'medium', 'high']);
    for (const value of [0, 4, 1.5, '1', 'high', null, undefined, Number.NaN]) expect(getSeverityFromLegacyRating(value)).toBeUndefined();
  });
});
