import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactPersona, expandPersona, SHORT_KEYS } from '../../../src/lib/persona/compact-persona.ts';
import { decodeShareCode, encodeShareCode, PERSONA_CODE } from '../../../src/lib/persona/share-code.ts';
import { describePortableError, formatPortableMessage } from '../../../src/lib/portable/portable-error.ts';

const MAX_SHARE_CODE_LENGTH = PERSONA_CODE.maxLength;
import { PERSONA_TEMPLATES } from '../../../src/lib/persona/persona-templates.ts';
import { makeFromTemplate, makePersona, NOW } from './make-persona.ts';
import { personaArbitrary } from './persona-arbitrary.ts';
import { anyString } from '../../support/arbitraries.ts';

/** What a share link carries back: everything but the image, dated when it is opened. */
const asShared = <T extends { avatar: { colour: string; image: string } }>(persona: T) => ({
  ...persona,
  avatar: { ...persona.avatar, image: '' },
  createdAt: NOW.toISOString(),
  updatedAt: NOW.toISOString(),
});

async function messageFor(code: string): Promise<string> {
  const result = await decodeShareCode(code, NOW);
  return result.ok ? '(persona)' : formatPortableMessage(describePortableError(result.error, { thing: 'share link', tool: 'persona builder' }));
}

describe('share codes', () => {
  it('carry every template persona and read it back, URL-safe and short', async () => {
    for (const template of PERSONA_TEMPLATES) {
      const persona = makeFromTemplate(template.id);
      const code = await encodeShareCode(persona);
      expect(code).toMatch(/^1\.[A-Za-z0-9_-]+$/);
      // A full template is about 4 KB of JSON; compressed, its link stays short enough for chat apps.
      expect(code.length, template.id).toBeLessThan(2_500);
      await expect(decodeShareCode(code, NOW)).resolves.toEqual({ ok: true, value: asShared(persona) });
    }
  });

  it('leave the avatar image out', async () => {
    const persona = makePersona({ avatar: { colour: 'plum', image: 'data:image/jpeg;base64,/9j/4AAQ' } });
    const decoded = await decodeShareCode(await encodeShareCode(persona), NOW);
    expect(decoded.ok && decoded.value.avatar).toEqual({ colour: 'plum', image: '' });
  });

  it('round-trip any valid persona (property)', async () => {
    await fc.assert(
      fc.asyncProperty(personaArbitrary, async (persona) => {
        const decoded = await decodeShareCode(await encodeShareCode(persona), NOW);
        expect(decoded).toEqual({ ok: true, value: asShared(persona) });
      }),
      { numRuns: 150, interruptAfterTimeLimit: 2_000 },
    );
  }, 30_000);

  it('give any string a persona or an error, never a throw (property)', async () => {
    const valid = await encodeShareCode(makeFromTemplate('busy-shopper'));
    const nearValid = fc.oneof(
      anyString(),
      fc.stringMatching(/^[0-9]{1,3}\.[A-Za-z0-9_-]{0,80}$/),
      fc.nat({ max: valid.length }).map((cut) => valid.slice(0, cut)),
      fc.tuple(fc.nat({ max: valid.length - 1 }), fc.constantFrom('A', '_', '-', '9')).map(([at, character]) => valid.slice(0, at) + character + valid.slice(at + 1)),
    );
    await fc.assert(
      fc.asyncProperty(nearValid, async (code) => {
        const result = await decodeShareCode(code, NOW);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 400, interruptAfterTimeLimit: 2_000 },
    );
  }, 30_000);

  it('explain each way a code can be wrong', async () => {
    const valid = await encodeShareCode(makeFromTemplate('busy-shopper'));
    expect(await messageFor('')).toBe('This share link is empty: there is nothing to open.');
    expect(await messageFor('hello')).toBe('This is not a persona builder share link: its version is not in the expected form.');
    expect(await messageFor(`#share=${valid}`)).toBe('(persona)');
    expect(await messageFor(`9${valid.slice(1)}`)).toBe(
      'This share link was made by a newer version of the persona builder (format 9; this page reads up to 1). Reload the page to get the latest version.',
    );
    expect(await messageFor(valid.slice(0, -12))).toBe('This share link is damaged: part of it may have been lost when it was copied. Ask for it again.');
    expect(await messageFor(`1.${'A'.repeat(MAX_SHARE_CODE_LENGTH)}`)).toBe(
      'This share link is 40,002 characters long; the persona builder reads at most 40,000 characters. Check that nothing else was pasted with it.',
    );
  });

  it('report the fields of a persona that breaks the limits', async () => {
    const code = await encodeShareCode(makePersona({ name: '', quote: 'x'.repeat(300) }));
    expect(await messageFor(code)).toBe(
      'This share link has 2 problems: Name is missing. Representative quote is 300 characters long; the limit is 240.',
    );
  });

  it('refuse a code that expands to more than it could hold (a compression bomb)', async () => {
    const bomb = await encodeShareCode(makePersona({ summary: 'a'.repeat(2_000_000) }));
    expect(bomb.length).toBeLessThan(MAX_SHARE_CODE_LENGTH);
    expect(await decodeShareCode(bomb, NOW)).toEqual({ ok: false, error: { kind: 'too-large', limit: 512 * 1024 } });
  });
});

describe('compactPersona', () => {
  it('uses a distinct short key for every long key', () => {
    const shortKeys = Object.values(SHORT_KEYS);
    expect(new Set(shortKeys).size).toBe(shortKeys.length);
  });

  it('leaves out empty fields, dates, the image and the default assumption flag', () => {
    const persona = makePersona({ id: 'abc', name: 'Maya', goals: [{ text: 'Save time', evidence: 'assumption', source: '' }], needs: [{ text: 'Slots', evidence: 'research', source: '' }] });
    expect(compactPersona(persona)).toEqual({ i: 'abc', n: 'Maya', a: { c: 'teal' }, p: 'secondary', g: ['Save time'], ne: [{ x: 'Slots', e: 'research' }] });
    expect(expandPersona(compactPersona(persona))).toEqual({ id: 'abc', name: 'Maya', avatar: { colour: 'teal' }, priority: 'secondary', goals: ['Save time'], needs: [{ text: 'Slots', evidence: 'research' }] });
  });
});
