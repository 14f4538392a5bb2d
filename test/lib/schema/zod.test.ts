import { describe, expect, it } from 'vitest';
import { z } from '../../../src/lib/schema/zod.ts';

describe('the browser-side zod', () => {
  it('words its messages in English, as full zod does, so a stored-data notice says what was wrong', () => {
    const result = z.object({ text: z.string().check(z.maxLength(3)) }).safeParse({ text: 1 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Invalid input: expected string, received number');
    expect(z.string().check(z.maxLength(3)).safeParse('long').error?.issues[0]?.message).toBe('Too big: expected string to have <=3 characters');
  });

  it('keeps a message given to a check', () => {
    expect(z.array(z.string()).check(z.minLength(1, 'needs one')).safeParse([]).error?.issues[0]?.message).toBe('needs one');
  });
});
