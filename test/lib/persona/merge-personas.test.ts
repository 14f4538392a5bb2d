import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JOURNEY_STAGES } from '../../../src/consts.ts';
import { applyPersonaImport } from '../../../src/lib/persona/apply-persona-import.ts';
import { formatJobStory } from '../../../src/lib/persona/format-job-story.ts';
import { mergePersonas } from '../../../src/lib/persona/merge-personas.ts';
import { EVIDENCE_LISTS } from '../../../src/lib/persona/persona-fields.ts';
import type { Persona } from '../../../src/lib/persona/persona-schema.ts';
import { counterIds, makePersona, NOW } from './make-persona.ts';
import { personaArbitrary } from './persona-arbitrary.ts';

const RUNS = { numRuns: 120 };
const sameText = (text: string) => text.trim().toLocaleLowerCase();
const statementsOf = (persona: Persona, key: (typeof EVIDENCE_LISTS)[number]) =>
  persona[key].map((item) => sameText('text' in item ? item.text : formatJobStory(item)));

/** Every text field of a persona, by a name for messages. */
function textFields(persona: Persona): Record<string, string> {
  const fields: Record<string, string> = {
    name: persona.name,
    role: persona.role,
    segment: persona.segment,
    summary: persona.summary,
    quote: persona.quote,
    image: persona.avatar.image,
    ...Object.fromEntries(Object.entries(persona.demographics).map(([key, value]) => [`demographics.${key}`, value])),
    industry: persona.b2b.industry,
    companySize: persona.b2b.companySize,
    buyingRole: persona.b2b.buyingRole,
    techComfort: persona.techComfort,
  };
  for (const stage of JOURNEY_STAGES) {
    for (const [key, value] of Object.entries(persona.journey[stage])) fields[`journey.${stage}.${key}`] = value;
  }
  return fields;
}

describe('mergePersonas: "keep this one, fill empty fields and add new statements"', () => {
  it('keeps the newer local summary over the file’s older one (the reported case)', () => {
    // Local copy edited on 1 March, the file exported on 20 February: the review showed the local one as newer.
    const local = makePersona({ id: 'maya', name: 'Maya', summary: 'Shops on her phone at lunch; edited today', updatedAt: '2026-03-01T09:00:00.000Z' });
    const file = makePersona({ id: 'maya', name: 'Maya', summary: 'Shops weekly', updatedAt: '2026-02-20T09:00:00.000Z' });
    const outcome = applyPersonaImport([local], [{ index: 0, persona: file, ignored: [], filledIn: [] }], new Map([[0, 'merge']]), { createId: counterIds(), now: NOW });
    expect(outcome.personas).toHaveLength(1);
    expect(outcome.personas[0]?.summary).toBe('Shops on her phone at lunch; edited today');
    expect(outcome.merged).toEqual(['Maya']);
  });

  it('keeps the local priority, colour and choices, and fills empty choices from the file', () => {
    const local = makePersona({ priority: 'primary', avatar: { colour: 'teal', image: '' }, techComfort: '', b2b: { industry: '', companySize: '', buyingRole: 'influencer' } });
    const file = makePersona({ priority: 'secondary', avatar: { colour: 'plum', image: '' }, techComfort: 'high', b2b: { industry: 'Retail', companySize: '', buyingRole: 'decision-maker' } });
    const { persona } = mergePersonas(local, file, NOW);
    expect(persona).toMatchObject({ priority: 'primary', avatar: { colour: 'teal' }, techComfort: 'high', b2b: { industry: 'Retail', buyingRole: 'influencer' } });
  });

  it('keeps a local item’s own evidence and source when the file has the same statement', () => {
    const local = makePersona({ goals: [{ text: 'Save time', evidence: 'assumption', source: 'Ask the support team' }] });
    const file = makePersona({ goals: [{ text: 'save time', evidence: 'research', source: 'Survey' }] });
    expect(mergePersonas(local, file, NOW).persona.goals).toEqual([{ text: 'Save time', evidence: 'assumption', source: 'Ask the support team' }]);
  });

  it('never changes a non-empty local field, and fills an empty one from the file (property)', () => {
    fc.assert(
      fc.property(personaArbitrary, personaArbitrary, (local, file) => {
        const merged = textFields(mergePersonas(local, file, NOW).persona);
        const mine = textFields(local);
        const theirs = textFields(file);
        for (const [field, value] of Object.entries(mine)) {
          const expected = value.trim() ? value : theirs[field];
          if (merged[field] !== expected) return false;
        }
        return true;
      }),
      RUNS,
    );
  }, 20_000);

  it('never drops a statement or tag from either side: each is kept or named as left out (property)', () => {
    fc.assert(
      fc.property(personaArbitrary, personaArbitrary, (local, file) => {
        const { persona, leftOut } = mergePersonas(local, file, NOW);
        for (const key of EVIDENCE_LISTS) {
          const kept = statementsOf(persona, key);
          // Every local statement, in order, first.
          if (!statementsOf(local, key).every((text, index) => kept[index] === text)) return false;
          for (const [index, item] of file[key].entries()) {
            const text = statementsOf(file, key)[index] ?? '';
            const shown = 'text' in item ? item.text : formatJobStory(item);
            if (!kept.includes(text) && !leftOut.some((entry) => entry.includes(`“${shown}”`))) return false;
          }
          // No statement twice from the file.
          if (new Set(kept.slice(local[key].length)).size !== kept.length - local[key].length) return false;
        }
        const tags = persona.tags.map(sameText);
        return local.tags.every((tag, index) => persona.tags[index] === tag) && file.tags.every((tag) => tags.includes(sameText(tag)) || leftOut.some((entry) => entry.includes(`“${tag}”`)));
      }),
      RUNS,
    );
  }, 20_000);

  it('is the local persona itself (bar the date) when the file adds nothing (property)', () => {
    fc.assert(
      fc.property(personaArbitrary, (local) => {
        const { persona, leftOut } = mergePersonas(local, local, NOW);
        return leftOut.length === 0 && JSON.stringify({ ...persona, updatedAt: '' }) === JSON.stringify({ ...local, updatedAt: '' });
      }),
      RUNS,
    );
  }, 20_000);
});
