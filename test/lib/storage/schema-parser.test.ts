import { describe, expect, it } from 'vitest';
import { err, ok } from '../../../src/lib/result';
import { z } from '../../../src/lib/schema/zod';
import { schemaParser } from '../../../src/lib/storage/schema-parser';

describe('schemaParser', () => {
  const parse = schemaParser(z.object({ text: z.string(), scale: z.object({ max: z.number() }) }));

  it('returns typed data when it matches', () => {
    expect(parse({ text: 'a', scale: { max: 5 } })).toEqual(ok({ text: 'a', scale: { max: 5 } }));
  });

  it('names the path of the first wrong field, what was expected and what was found', () => {
    expect(parse({ text: 'a', scale: { max: 'five' } })).toEqual(err('scale.max: should be a number, not "five"'));
  });

  it('says a missing field is missing, in plain words', () => {
    expect(parse({ scale: { max: 5 } })).toEqual(err('text: is missing'));
  });

  it('describes a wrong top-level value without a path', () => {
    expect(parse(null)).toEqual(err('should be an object, not null'));
  });
});
