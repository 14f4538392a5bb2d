import { describe, expect, it } from 'vitest';
import { describePortableError, formatPortableMessage } from '../../../src/lib/portable/portable-error.ts';
import { parsePersonaImport, type PersonaImport } from '../../../src/lib/persona/import-personas.ts';
import { exportPersonasJson, PERSONA_FILE } from '../../../src/lib/persona/persona-file.ts';
import { MAX_IMPORT_BYTES } from '../../../src/lib/persona/persona-limits.ts';
import { counterIds, makeFromTemplate, makePersona, NOW } from './make-persona.ts';

const context = () => ({ createId: counterIds(), now: NOW });

/** What the page says about a text: the file error, or one line per rejected persona and problem. */
function messagesFor(text: string): string[] {
  const result = parsePersonaImport(text, context());
  if (!result.ok) return [formatPortableMessage(describePortableError(result.error, { thing: 'file', tool: 'persona builder' }))];
  return describeReport(result.value);
}

function describeReport(report: PersonaImport): string[] {
  return [
    `${report.accepted.length} ready`,
    ...report.rejected.flatMap((rejected) => rejected.issues.map((issue) => `${rejected.label}: ${issue.place} ${issue.message}`)),
  ];
}

describe('parsePersonaImport', () => {
  it('reads back every persona an export wrote, images included', () => {
    const maya = makeFromTemplate('busy-shopper', 'maya', { avatar: { colour: 'plum', image: 'data:image/jpeg;base64,/9j/4AAQ' } });
    const daniel = makeFromTemplate('b2b-decision-maker', 'daniel');
    const result = parsePersonaImport(exportPersonasJson([maya, daniel], NOW), context());
    expect(result.ok && result.value.accepted.map((entry) => entry.persona)).toEqual([maya, daniel]);
    expect(result.ok && result.value.rejected).toEqual([]);
  });

  it('reads an exported file with an empty list (or a bare empty list) as holding no personas, not as a format problem', () => {
    for (const text of [exportPersonasJson([], NOW), '[]', '{"format": "touchpoint-personas", "version": 1, "personas": []}']) {
      expect(parsePersonaImport(text, context()), text).toEqual({ ok: true, value: { accepted: [], rejected: [] } });
    }
  });

  it('reads a single persona or a plain list of personas too', () => {
    const persona = makePersona({ id: 'solo' });
    const single = parsePersonaImport(JSON.stringify(persona), context());
    expect(single.ok && single.value.accepted[0]?.persona).toEqual(persona);
    const list = parsePersonaImport(JSON.stringify([persona, { ...persona, id: 'other' }]), context());
    expect(list.ok && list.value.accepted.length).toBe(2);
  });

  it('gives a hand-written persona an id and dates, and says so', () => {
    const result = parsePersonaImport('{"name": "Sam", "goals": ["Find out the price"]}', context());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [entry] = result.value.accepted;
    expect(entry?.persona).toMatchObject({ id: 'new-1', name: 'Sam', createdAt: NOW.toISOString(), goals: [{ text: 'Find out the price', evidence: 'assumption' }] });
    expect(entry?.filledIn).toEqual(['a new id (the file had none)', 'today’s date (the file had no dates)']);
  });

  it('gives a second persona with the same id a new one', () => {
    const persona = makePersona({ id: 'twin' });
    const result = parsePersonaImport(JSON.stringify([persona, persona]), context());
    expect(result.ok && result.value.accepted.map((entry) => entry.persona.id)).toEqual(['twin', 'new-1']);
  });

  it('imports the good personas and names each problem of the bad ones: which persona, which field, why', () => {
    const good = makePersona({ id: 'good', name: 'Good' });
    const text = JSON.stringify({
      format: PERSONA_FILE.format,
      version: 1,
      personas: [good, { ...good, id: 'bad', name: 'Maya', summary: 'x'.repeat(161), painPoints: [{ text: 'Slow', severity: 'awful' }] }, 'not a persona'],
    });
    expect(messagesFor(text)).toMatchInlineSnapshot(`
      [
        "1 ready",
        "Persona 2 (“Maya”): One-line summary is 161 characters long; the limit is 160",
        "Persona 2 (“Maya”): Pain points and frustrations, item 1, severity should be one of "low", "medium", "high", "critical"; got "awful"",
        "Persona 3: the persona should be an object, not "not a persona"",
      ]
    `);
  });

  it('explains each way a whole file can be wrong', () => {
    expect(messagesFor('')).toMatchInlineSnapshot(`
      [
        "This file is empty: there is nothing to open.",
      ]
    `);
    expect(messagesFor('{"format": "touchpoint-personas",')).toMatchInlineSnapshot(`
      [
        "This file is not valid JSON (it may be cut off, or not an export of the persona builder). The first problem is at line 1, column 34.",
      ]
    `);
    expect(messagesFor('{"format": "touchpoint-cx-assessment", "answers": {}}')).toMatchInlineSnapshot(`
      [
        "This file is for the maturity assessment (/assessment/), not the persona builder. Open it there.",
      ]
    `);
    expect(messagesFor('42')).toMatchInlineSnapshot(`
      [
        "This file is not from the persona builder: it holds something else.",
      ]
    `);
    expect(messagesFor('{"format": "touchpoint-personas", "version": 7, "personas": []}')).toMatchInlineSnapshot(`
      [
        "This file was made by a newer version of the persona builder (format 7; this page reads up to 1). Reload the page to get the latest version.",
      ]
    `);
    expect(messagesFor(JSON.stringify(Array(101).fill({ name: 'x' })))).toMatchInlineSnapshot(`
      [
        "There are 101 personas; one browser keeps up to 100. Split the file and import it in parts.",
      ]
    `);
  });

  it('refuses an oversized text before parsing it', () => {
    const text = `"${'x'.repeat(MAX_IMPORT_BYTES)}"`;
    expect(messagesFor(text)).toEqual(['This file holds 5,242,882 bytes; the persona builder reads at most 5,242,880 bytes.']);
  });

  it('refuses an export file whose version is not a whole number from 1 up', () => {
    for (const version of [0, '1', 1.5, null]) {
      expect(messagesFor(JSON.stringify({ format: PERSONA_FILE.format, version, personas: [] })), String(version)).toEqual([
        'This is not a persona builder file: its version is not in the expected form.',
      ]);
    }
  });
});
