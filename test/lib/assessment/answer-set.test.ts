import { describe, expect, test } from 'vitest';
import { answerSetSchema, getAnswer } from '../../../src/lib/assessment/answer-set.ts';

describe('getAnswer', () => {
  test('returns the answer given, or undefined', () => {
    const answerSet = { answers: { 'voc-sources': { kind: 'dont-know' } } } as const;
    expect(getAnswer(answerSet, 'voc-sources')).toEqual({ kind: 'dont-know' });
    expect(getAnswer(answerSet, 'voc-inner-loop')).toBeUndefined();
  });

  test('never reads inherited properties', () => {
    expect(getAnswer({ answers: {} }, 'constructor')).toBeUndefined();
    expect(getAnswer({ answers: {} }, 'toString')).toBeUndefined();
  });
});

describe('answerSetSchema', () => {
  test('parses the three kinds of answer', () => {
    const parsed = answerSetSchema.safeParse({
      bankVersion: 1,
      mode: 'full',
      answers: { a: { kind: 'level', level: 4 }, b: { kind: 'dont-know' }, c: { kind: 'not-applicable', reason: 'No shops' } },
    });
    expect(parsed.success).toBe(true);
  });

  test('rejects a level outside 1–5 and an unknown kind', () => {
    expect(answerSetSchema.safeParse({ bankVersion: 1, mode: 'full', answers: { a: { kind: 'level', level: 0 } } }).success).toBe(false);
    expect(answerSetSchema.safeParse({ bankVersion: 1, mode: 'full', answers: { a: { kind: 'agree' } } }).success).toBe(false);
  });
});
