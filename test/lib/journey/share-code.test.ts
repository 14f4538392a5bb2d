import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deflateRawSync } from 'node:zlib';
import { encodeBase64Url as encodeBase64UrlBytes } from '../../../src/lib/portable/base64url';
import { getChecksum as checksumIn } from '../../../src/lib/portable/checksum';
import { describePortableError, invalid, type PortableError } from '../../../src/lib/portable/portable-error';
import { journeyMapSchema, type JourneyMap } from '../../../src/lib/journey/journey-map-schema';
import { CURVE_KINDS, EMOTION_SCORES, RATINGS, SEVERITIES } from '../../../src/lib/journey/journey-vocabulary';
import { decodeJourneyShareCode, encodeJourneyShareCode } from '../../../src/lib/journey/share-code';

const getChecksum = (text: string) => checksumIn(text, 'base64url');
const describeShareCodeError = (error: PortableError) => describePortableError(error, { thing: 'share link', tool: 'journey map builder' }).headline;
import { makeMap, makeStage } from './make-map';
import { anyString } from '../../support/arbitraries.ts';

const text = (maxLength: number) => fc.string({ maxLength, unit: 'grapheme' });

/** Any valid map: ids are given by position so they are unique, texts are any Unicode. */
const mapArbitrary: fc.Arbitrary<JourneyMap> = fc
  .record({
    scenario: text(60),
    personaNames: fc.array(text(20), { minLength: 1, maxLength: 3 }),
    stages: fc.array(
      fc.record({
        name: text(20),
        goals: text(80),
        touchpoints: fc.array(fc.record({ name: text(20), channel: text(10), owner: text(10), emotion: fc.option(fc.constantFrom(...EMOTION_SCORES)) }), { maxLength: 3 }),
        emotions: fc.array(fc.record({ persona: fc.nat(2), curve: fc.constantFrom(...CURVE_KINDS), score: fc.constantFrom(...EMOTION_SCORES) }), { maxLength: 4 }),
        painPoints: fc.array(fc.record({ text: text(30), severity: fc.constantFrom(...SEVERITIES) }), { maxLength: 3 }),
        opportunities: fc.array(fc.record({ text: text(30), owner: text(10), impact: fc.constantFrom(...RATINGS), effort: fc.constantFrom(...RATINGS) }), { maxLength: 3 }),
        scores: fc.option(text(40)),
      }),
      { minLength: 1, maxLength: 6 },
    ),
  })
  .map(({ scenario, personaNames, stages }) => {
    const personas = personaNames.map((name, index) => ({ key: `p${index}`, personaId: index === 0 ? 'abc123' : '', name }));
    return makeMap({
      scenario,
      personas,
      stages: stages.map((stage, stageIndex) => {
        const seen = new Set<string>();
        return makeStage(`s${stageIndex}`, stage.name, {
          goals: stage.goals,
          touchpoints: stage.touchpoints.map((touchpoint, index) => ({ id: `t${stageIndex}-${index}`, ...touchpoint })),
          emotions: stage.emotions
            .map((entry) => ({ personaKey: `p${entry.persona % personas.length}`, curve: entry.curve, score: entry.score }))
            .filter((entry) => !seen.has(`${entry.personaKey}/${entry.curve}`) && Boolean(seen.add(`${entry.personaKey}/${entry.curve}`))),
          painPoints: stage.painPoints.map((pain, index) => ({ id: `x${stageIndex}-${index}`, ...pain })),
          opportunities: stage.opportunities.map((opportunity, index) => ({ id: `o${stageIndex}-${index}`, ...opportunity })),
          metrics: stage.scores === null ? [] : [{ kind: 'nps', label: '', input: 'scores', scores: stage.scores, counts: ['', '', ''], csatScale: '1-5', cesVariant: 'ces-2.0' }],
        });
      }),
    });
  });

describe('journey share codes', () => {
  it('round-trips a map through a compact, URL-safe code', async () => {
    const map = makeMap({ stages: [makeStage('s1', 'Awareness', { goals: 'Trust the shop '.repeat(20) }), makeStage('s2', 'Purchase')] });
    const code = await encodeJourneyShareCode(map);
    expect(code).toMatch(/^2\.z[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{4}$/);
    expect(code.length).toBeLessThan(JSON.stringify(map).length);
    expect(await decodeJourneyShareCode(`  ${code}\n`)).toEqual({ ok: true, value: map });
  });

  it('reads an uncompressed code too', async () => {
    const map = makeMap();
    const body = `1.j${encodeBase64UrlBytes(new TextEncoder().encode(JSON.stringify(map)))}`;
    expect(await decodeJourneyShareCode(`${body}.${getChecksum(body)}`)).toEqual({ ok: true, value: map });
  });

  it('property: any valid map survives encoding and decoding unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(mapArbitrary, async (map) => {
        expect(journeyMapSchema.safeParse(map).success).toBe(true);
        const decoded = await decodeJourneyShareCode(await encodeJourneyShareCode(map));
        expect(decoded).toEqual({ ok: true, value: map });
      }),
      { numRuns: 60, interruptAfterTimeLimit: 2_000 },
    );
  }, 30_000);

  it('property: decoding any string never throws and never returns an invalid map', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 200 }), anyString({ maxLength: 200 }), fc.stringMatching(/^[0-9]\.[zj][A-Za-z0-9_-]{0,80}\.[A-Za-z0-9_-]{0,5}$/)), async (code) => {
        const result = await decodeJourneyShareCode(code);
        if (result.ok) expect(journeyMapSchema.safeParse(result.value).success).toBe(true);
        else expect(describeShareCodeError(result.error)).not.toBe('');
      }),
      { numRuns: 300, interruptAfterTimeLimit: 2_000 },
    );
  }, 30_000);

  it('property: a code changed in one place or cut short is refused, never misread', async () => {
    const code = await encodeJourneyShareCode(makeMap({ stages: [makeStage('s1', 'Awareness', { thoughts: 'Is it any good?' })] }));
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.';
    await fc.assert(
      fc.asyncProperty(fc.nat(code.length - 1), fc.constantFrom(...alphabet), fc.boolean(), async (position, character, cut) => {
        const changed = cut ? code.slice(0, position) : `${code.slice(0, position)}${character}${code.slice(position + 1)}`;
        fc.pre(changed !== code);
        const result = await decodeJourneyShareCode(changed);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 200, interruptAfterTimeLimit: 2_000 },
    );
  }, 30_000);

  it('gives a specific reason for each kind of bad code', async () => {
    const map = makeMap();
    const code = await encodeJourneyShareCode(map);
    const [version, payload, checksum] = code.split('.');
    const kind = async (value: string) => {
      const result = await decodeJourneyShareCode(value);
      return result.ok ? 'ok' : result.error.kind;
    };
    expect(await kind('')).toBe('empty');
    expect(await kind('x'.repeat(1_000_001))).toBe('too-long');
    expect(await decodeJourneyShareCode('1.zab c.abcd')).toEqual({ ok: false, error: { kind: 'invalid-characters', position: 5, character: ' ' } });
    expect(await kind(`${version}.${payload}`)).toBe('truncated');
    expect(await kind(`${version}.${payload}.${checksum}.x`)).toBe('malformed');
    expect(await kind(`01.${payload}.${checksum}`)).toBe('malformed');
    expect(await decodeJourneyShareCode(`9.${payload}.${checksum}`)).toEqual({ ok: false, error: { kind: 'future-version', found: 9, supported: 2 } });
    expect(await kind(`${version}.${payload}.AAAA`)).toBe('checksum-mismatch');
    expect(await decodeJourneyShareCode(`#map=${code}`)).toEqual({ ok: true, value: map });
    const signed = (body: string) => `${body}.${getChecksum(body)}`;
    expect(await kind(signed('1.q' + (payload ?? '').slice(1)))).toBe('unreadable');
    expect(await kind(signed('1.zAAAA'))).toBe('unreadable');
    const notJson = `1.j${encodeBase64UrlBytes(new TextEncoder().encode('{oops'))}`;
    expect(await kind(signed(notJson))).toBe('unreadable');
    const noStages = `1.j${encodeBase64UrlBytes(new TextEncoder().encode(JSON.stringify({ ...map, stages: [] })))}`;
    expect(await decodeJourneyShareCode(signed(noStages))).toEqual({ ok: false, error: invalid(['stages: a map needs at least one stage']) });
  });

  it('refuses a link that expands past 4 MiB while decompressing it, with a valid checksum (a crafted bomb)', async () => {
    const body = `1.z${encodeBase64UrlBytes(deflateRawSync(Buffer.alloc(50_000_000, 0x20), { level: 9 }))}`;
    expect(await decodeJourneyShareCode(signed(body))).toEqual({ ok: false, error: { kind: 'too-large', limit: 4 * 1024 * 1024 } });
  }, 30_000);
});

const signed = (body: string) => `${body}.${getChecksum(body)}`;

describe('journey share codes at version 2 limits', () => {
  it('fits the fullest map the schema allows for pasted answers, three metrics on each of 12 stages, within the code limit', { timeout: 60_000 }, async () => {
    // Each stage's three metrics share the 100,000 characters of pasted answers one version-1 metric had, so a
    // version-2 link is no bigger than a version-1 one: 12 stages × 50,000 answers "1".."5", one per line.
    let seed = 7;
    const nextAnswer = () => {
      seed = (seed * 48271) % 2147483647; // Park–Miller: repeatable answers without a library
      return String(1 + (seed % 5));
    };
    const answers = (count: number) => Array.from({ length: count }, nextAnswer).join('\n');
    const stages = Array.from({ length: 12 }, (_unused, index) =>
      makeStage(`s${String(index)}`, `Stage ${String(index + 1)}`, {
        metrics: [
          { kind: 'csat', label: 'CSAT', input: 'scores', scores: answers(20_000), counts: [], csatScale: '1-5', cesVariant: 'ces-2.0' },
          { kind: 'ces', label: 'CES', input: 'scores', scores: answers(20_000), counts: [], csatScale: '1-5', cesVariant: 'ces-1.0' },
          { kind: 'csat', label: 'CSAT again', input: 'scores', scores: answers(10_000).slice(0, 100_000 - 2 * (40_000 - 1)), counts: [], csatScale: '1-5', cesVariant: 'ces-2.0' },
        ],
      }),
    );
    const map = makeMap({ stages });
    expect(journeyMapSchema.safeParse(map).success).toBe(true);
    const code = await encodeJourneyShareCode(map);
    expect(code.length).toBeLessThan(1_000_000);
    expect(await decodeJourneyShareCode(code)).toEqual({ ok: true, value: map });
  });
});
