import { describe, expect, it } from 'vitest';
import { findPersonaProblems, validatePersona } from '../../../src/lib/persona/validate-persona.ts';
import { makePersona } from './make-persona.ts';

/** The problems as a person reads them. */
function problemsOf(data: unknown): string[] {
  const result = validatePersona(data);
  return result.ok ? [] : result.error.map((issue) => `${issue.place} ${issue.message}`);
}

describe('validatePersona', () => {
  it('returns a valid persona unchanged, with nothing ignored', () => {
    const persona = makePersona({ goals: [{ text: 'Save time', evidence: 'research', source: 'Interviews' }] });
    expect(validatePersona(persona)).toEqual({ ok: true, value: { persona, ignored: [] } });
  });

  it('names each field and says what is wrong and what is allowed', () => {
    expect(
      problemsOf({
        ...makePersona(),
        name: '',
        quote: 'x'.repeat(250),
        priority: 'tertiary',
        tags: ['ok', ''],
        painPoints: [{ text: 'Late', severity: 'severe' }],
        jobs: [{ situation: 'x', motivation: '' }],
        goals: Array(11).fill('a'),
        journey: { purchase: { feeling: 42 } },
        b2b: { buyingRole: 'boss' },
        createdAt: 'yesterday',
      }),
    ).toMatchInlineSnapshot(`
      [
        "Name must not be empty",
        "Representative quote is 250 characters long; the limit is 240",
        "Priority should be one of "primary", "secondary"; got "tertiary"",
        "Tags, tag 2 is empty; fill it in or remove it",
        "Buying role should be one of "decision-maker", "influencer", "user", "gatekeeper" (or empty); got "boss"",
        "Goals has 11 items; the limit is 10",
        "Jobs to be done, item 1, “I want to…” is empty; fill it in or remove it",
        "Pain points and frustrations, item 1, severity should be one of "low", "medium", "high", "critical"; got "severe"",
        "Journey, Purchase, what they feel should be text, not 42",
        "Created should be a date and time such as "2026-03-01T10:00:00Z"; got "yesterday"",
      ]
    `);
  });

  it('says what is missing in a value that is not a persona at all', () => {
    expect(problemsOf('Maya')).toMatchInlineSnapshot(`
      [
        "the persona should be an object, not "Maya"",
      ]
    `);
    expect(problemsOf({ name: 'Maya' })).toMatchInlineSnapshot(`
      [
        "Id is missing",
        "Created is missing",
        "Last changed is missing",
      ]
    `);
  });

  it('ignores unknown fields but lists them, at any depth', () => {
    const result = validatePersona({ ...makePersona(), photoUrl: 'x', goals: [{ text: 'a', weight: 3 }] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.persona).not.toHaveProperty('photoUrl');
    expect(result.value.persona.goals).toEqual([{ text: 'a', evidence: 'assumption', source: '' }]);
    expect(result.value.ignored.map((issue) => `${issue.place} ${issue.message}`).sort()).toEqual([
      'Goals, item 1 has fields this tool does not use: "weight"',
      'the persona has fields this tool does not use: "photoUrl"',
    ]);
  });
});

describe('findPersonaProblems', () => {
  it('finds nothing wrong with a complete persona', () => {
    expect(findPersonaProblems(makePersona())).toEqual([]);
  });

  it('lists what a draft must fix before it is exported or shared', () => {
    const draft = makePersona({ name: 'x'.repeat(75), goals: [{ text: '', evidence: 'assumption', source: '' }] });
    expect(findPersonaProblems(draft)).toEqual([
      { path: ['name'], place: 'Name', message: 'is 75 characters long; the limit is 60' },
      { path: ['goals', 0, 'text'], place: 'Goals, item 1, text', message: 'is empty; fill it in or remove it' },
    ]);
  });
});
