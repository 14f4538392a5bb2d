import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Theme } from '../../../src/lib/comments/comment.ts';
import { CODEBOOK_CODE, decodeCodebookShareCode, encodeCodebookShareCode, MAX_CODEBOOK_CODE_BYTES } from '../../../src/lib/comments/codebook-share-code.ts';
import { encodeBase64Url } from '../../../src/lib/portable/base64url.ts';
import { writeCode } from '../../../src/lib/portable/code-envelope.ts';
import { describePortableError } from '../../../src/lib/portable/portable-error.ts';

const themes: readonly Theme[] = [
  { id: 'price', name: 'Price & value', rules: ['expensive', 'pric*', '"too much"'] },
  { id: 'delivery', name: 'Livraison — délai 🚚', rules: ['deliver*', 'late delivery', 'livr*'] },
];
/** A code with this JSON as its plain (`j`) payload, checksum and all: what a crafted link could hold. */
const plainCode = (value: unknown) => writeCode(CODEBOOK_CODE, 1, [`j${encodeBase64Url(new TextEncoder().encode(JSON.stringify(value)))}`]);

describe('codebook share codes', () => {
  it('round-trip themes, bare or as a #k= fragment', async () => {
    const code = await encodeCodebookShareCode(themes);
    expect(code).toMatch(/^1\.z[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{4}$/);
    expect(await decodeCodebookShareCode(code)).toEqual({ ok: true, value: themes });
    expect(await decodeCodebookShareCode(`#k=${code}`)).toEqual({ ok: true, value: themes });
  });

  it('carry only id, name and rules, never hand codes or anything else on a theme', async () => {
    const withExtra = themes.map((theme) => ({ ...theme, handCodes: { 'id:R1': ['price'] }, comment: 'secret' }));
    const code = await encodeCodebookShareCode(withExtra);
    expect(await decodeCodebookShareCode(code)).toEqual({ ok: true, value: themes });
  });

  it('refuse a changed, cut or empty code', async () => {
    const code = await encodeCodebookShareCode(themes);
    const middle = Math.floor(code.length / 2);
    const changed = code.slice(0, middle) + (code[middle] === 'A' ? 'B' : 'A') + code.slice(middle + 1);
    for (const bad of [changed, code.slice(0, -3), '', '1.', 'not a code']) expect((await decodeCodebookShareCode(bad)).ok).toBe(false);
  });

  it('refuse a sound code holding a bad rule, naming the theme and the rule', async () => {
    const read = await decodeCodebookShareCode(plainCode({ themes: [{ id: 'p', name: 'Price', rules: ['fine', 'price?'] }] }));
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(describePortableError(read.error, { thing: 'share link', tool: 'comments view' }).headline).toBe(
        'Theme 1 (“Price”), rule 2 (“price?”) has “?” at character 6, which cannot be part of a word (a rule is words and phrases: only * is special, and quotes may go around the whole rule).',
      );
    }
  });

  it('refuse more than 100 themes, a future version and a compression bomb', async () => {
    const many = Array.from({ length: 101 }, (_, index) => ({ id: `t${String(index)}`, name: 'T', rules: [] }));
    const tooMany = await decodeCodebookShareCode(plainCode({ themes: many }));
    expect(tooMany.ok ? null : tooMany.error).toEqual({ kind: 'invalid', issues: ['The list of themes has 101 items; the limit is 100.'], total: 1 });
    const future = await decodeCodebookShareCode(writeCode(CODEBOOK_CODE, 2, ['jW10']));
    expect(future.ok ? null : future.error).toEqual({ kind: 'future-version', found: 2, supported: 1 });
    const bomb = `z${encodeBase64Url(deflateRawSync(Buffer.from(`{"themes":[${' '.repeat(MAX_CODEBOOK_CODE_BYTES + 10)}]}`)))}`;
    const exploded = await decodeCodebookShareCode(writeCode(CODEBOOK_CODE, 1, [bomb]));
    expect(exploded.ok ? null : exploded.error.kind).toBe('too-large');
  });

  it('refuse a code over the length limit before reading it', async () => {
    const read = await decodeCodebookShareCode('1.j' + 'A'.repeat(CODEBOOK_CODE.maxLength));
    expect(read.ok ? null : read.error.kind).toBe('too-long');
  });
});
