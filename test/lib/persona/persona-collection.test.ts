import { describe, expect, it } from 'vitest';
import { parsePersonaCollection } from '../../../src/lib/persona/persona-collection.ts';
import { makePersona } from './make-persona.ts';

describe('parsePersonaCollection', () => {
  it('reads saved personas, drafts over a limit included', () => {
    const draft = makePersona({ id: 'a', name: '', quote: 'x'.repeat(1000) });
    expect(parsePersonaCollection({ personas: [draft] })).toEqual({ ok: true, value: { personas: [draft], setAside: [] } });
  });

  it('sets aside one unreadable persona with its reason and raw data, and keeps the others', () => {
    const good = makePersona({ id: 'good' });
    const result = parsePersonaCollection({ personas: [good, { name: 'Broken', id: 'b', createdAt: 'then' }] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.personas).toEqual([good]);
    expect(result.value.setAside).toEqual([
      {
        label: 'Broken',
        reason: 'Created should be a date and time such as "2026-03-01T10:00:00Z"; got "then"; Last changed is missing',
        raw: '{"name":"Broken","id":"b","createdAt":"then"}',
      },
    ]);
  });

  it('keeps what was set aside before', () => {
    const setAside = [{ label: 'Old', reason: 'broken', raw: '{}' }];
    expect(parsePersonaCollection({ personas: [], setAside })).toEqual({ ok: true, value: { personas: [], setAside } });
  });

  it('keeps both of two personas with one id, the second under a new id', () => {
    const result = parsePersonaCollection({ personas: [makePersona({ id: 'same', name: 'One' }), makePersona({ id: 'same', name: 'Two' })] });
    expect(result.ok && result.value.personas.map((persona) => `${persona.id} ${persona.name}`)).toEqual(['same One', 'same-2 Two']);
  });

  it('refuses data that is not a collection (persistedAtom then keeps it aside whole)', () => {
    expect(parsePersonaCollection([1, 2])).toEqual({ ok: false, error: 'personas: expected a list of personas' });
    expect(parsePersonaCollection({ personas: 'none' }).ok).toBe(false);
  });
});

describe('parsePersonaCollection with many repeated ids', () => {
  it('opens 20,000 saved personas sharing one id, each kept under its own id, in linear time', { timeout: 60_000 }, () => {
    const persona = makePersona({ id: 'same' });
    const started = performance.now();
    const result = parsePersonaCollection({ personas: Array.from({ length: 20_000 }, () => persona) });
    const elapsed = performance.now() - started;
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const ids = result.value.personas.map((kept) => kept.id);
    expect(new Set(ids).size).toBe(20_000);
    expect(ids.slice(0, 3)).toEqual(['same', 'same-2', 'same-3']);
    expect(ids.at(-1)).toBe('same-20000');
    // The quadratic renaming took 28.8 s here; reading 20,000 personas takes well under 10 s even on a busy machine.
    expect(elapsed).toBeLessThan(10_000);
  });
});
