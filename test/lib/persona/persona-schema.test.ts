import { describe, expect, it } from 'vitest';
import { PERSONA_LIMITS } from '../../../src/lib/persona/persona-limits.ts';
import { personaSchema, storedPersonaSchema } from '../../../src/lib/persona/persona-schema.ts';
import { PERSONA_TEMPLATES } from '../../../src/lib/persona/persona-templates.ts';
import { makeFromTemplate, makePersona } from './make-persona.ts';

describe('personaSchema', () => {
  it('accepts a blank persona and every template as they are', () => {
    expect(personaSchema.safeParse(makePersona()).success).toBe(true);
    for (const template of PERSONA_TEMPLATES) {
      expect(personaSchema.safeParse(makeFromTemplate(template.id)).success, template.id).toBe(true);
    }
  });

  it('fills in missing optional fields, so a minimal hand-written persona reads', () => {
    const parsed = personaSchema.parse({ id: 'abc', name: 'Maya', createdAt: '2026-03-01T10:00:00Z', updatedAt: '2026-03-01T10:00:00Z' });
    expect(parsed.goals).toEqual([]);
    expect(parsed.avatar).toEqual({ colour: 'teal', image: '' });
    expect(parsed.priority).toBe('secondary');
    expect(parsed.journey.advocacy).toEqual({ doing: '', thinking: '', feeling: '', delight: '' });
    expect(parsed.b2b.buyingRole).toBe('');
  });

  it('reads a list item written as plain text as an assumption without a source', () => {
    const parsed = personaSchema.parse({ ...makePersona(), goals: ['Save time'], painPoints: ['Late deliveries'] });
    expect(parsed.goals).toEqual([{ text: 'Save time', evidence: 'assumption', source: '' }]);
    expect(parsed.painPoints).toEqual([{ text: 'Late deliveries', severity: 'medium', evidence: 'assumption', source: '' }]);
  });

  it('holds texts and lists to their limits', () => {
    expect(personaSchema.safeParse(makePersona({ name: 'x'.repeat(PERSONA_LIMITS.name) })).success).toBe(true);
    expect(personaSchema.safeParse(makePersona({ name: 'x'.repeat(PERSONA_LIMITS.name + 1) })).success).toBe(false);
    const item = { text: 'a', evidence: 'research' as const, source: '' };
    expect(personaSchema.safeParse(makePersona({ goals: Array(PERSONA_LIMITS.listItems).fill(item) })).success).toBe(true);
    expect(personaSchema.safeParse(makePersona({ goals: Array(PERSONA_LIMITS.listItems + 1).fill(item) })).success).toBe(false);
  });

  it('requires a name and item texts, which a saved draft may still lack', () => {
    const draft = makePersona({ name: '', goals: [{ text: '', evidence: 'assumption', source: '' }] });
    expect(personaSchema.safeParse(draft).success).toBe(false);
    expect(storedPersonaSchema.safeParse(draft).success).toBe(true);
  });

  it('keeps a draft that is over a limit, so nothing typed is lost', () => {
    expect(storedPersonaSchema.safeParse(makePersona({ quote: 'x'.repeat(PERSONA_LIMITS.quote + 500) })).success).toBe(true);
  });

  it('accepts only embedded raster images as avatars, never links or SVG', () => {
    const withImage = (image: string) => personaSchema.safeParse(makePersona({ avatar: { colour: 'teal', image } })).success;
    expect(withImage('data:image/jpeg;base64,/9j/4AAQSkZJRg==')).toBe(true);
    expect(withImage('https://example.com/me.jpg')).toBe(false);
    expect(withImage('javascript:alert(1)')).toBe(false);
    expect(withImage('data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=')).toBe(false);
    expect(withImage(`data:image/png;base64,${'A'.repeat(PERSONA_LIMITS.image)}`)).toBe(false);
  });

  it('refuses unsafe ids and values outside the vocabularies', () => {
    expect(personaSchema.safeParse(makePersona({ id: '../x' })).success).toBe(false);
    expect(personaSchema.safeParse({ ...makePersona(), priority: 'tertiary' }).success).toBe(false);
    expect(personaSchema.safeParse({ ...makePersona(), painPoints: [{ text: 'x', severity: 'severe' }] }).success).toBe(false);
  });
});
