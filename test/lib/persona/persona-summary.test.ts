import { describe, expect, it } from 'vitest';
import { getEvidenceStats } from '../../../src/lib/persona/get-evidence-stats.ts';
import { getPersonaSummary } from '../../../src/lib/persona/persona-summary.ts';
import { AVATAR_COLOURS } from '../../../src/lib/persona/persona-vocabulary.ts';
import { makePersona } from './make-persona.ts';

describe('getPersonaSummary', () => {
  it('carries what another island shows, with initials and the avatar colour worked out', () => {
    const persona = makePersona({ id: 'p-1', name: 'Maya Rao', role: 'Store manager', priority: 'primary', tags: ['retail'] });
    expect(getPersonaSummary(persona)).toEqual({
      id: 'p-1',
      name: 'Maya Rao',
      role: 'Store manager',
      segment: persona.segment,
      summary: persona.summary,
      priority: 'primary',
      tags: ['retail'],
      // Initials of the first and last word of the name, read off by hand.
      initials: 'MR',
      colour: 'teal',
      colourHex: AVATAR_COLOURS.teal,
      image: '',
      evidence: getEvidenceStats(persona),
    });
  });
});
