import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { err, ok } from '../../../src/lib/result';
import { schemaParser } from '../../../src/lib/storage/schema-parser';

describe('schemaParser', () => {
  const parse = schemaParser(z.object({ text: z.string(), scale: z.object({ max: z.number() }) }));

  it('returns typed data when it matches', () => {
    expect(parse({ text: 'a', scale: { max: 5 } })).toEqual(ok({ text: 'a', scale: { max: 5 } }));
  });

  it('names the path of the first wrong field', () => {
    const result = parse({ text: 'a', scale: { max: 'five' } });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.startsWith('scale.max: ')).toBe(true);
  });

  it('describes a wrong top-level value without a path', () => {
    expect(parse(null)).toEqual(err('Invalid input: expected object, received null'));
  });
});
