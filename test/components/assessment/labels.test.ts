import { describe, expect, it } from 'vitest';
import { describeAnswered, describeAnswerKinds, describeSharedBy } from '../../../src/components/assessment/labels.ts';

describe('describeAnswered', () => {
  it('counts every answer, and says how many of them give no score', () => {
    expect(describeAnswered({ asked: 32, answered: 10, dontKnow: 0 })).toBe('10 of 32 questions answered');
    expect(describeAnswered({ asked: 8, answered: 8, dontKnow: 3 })).toBe('8 of 8 questions answered, 3 of them “Don’t know”');
    expect(describeAnswered({ asked: 4, answered: 3, dontKnow: 1, notApplicable: 1 })).toBe('3 of 4 questions answered, 1 of them “Don’t know” and 1 “Not applicable”');
    expect(describeAnswered({ asked: 4, answered: 4, dontKnow: 0, notApplicable: 1 })).toBe('4 of 4 questions answered, 1 of them “Not applicable”');
  });

  it('drops the noun where the context names it', () => {
    expect(describeAnswered({ asked: 1, answered: 1, dontKnow: 1 }, '')).toBe('1 of 1 answered, 1 of them “Don’t know”');
  });
});

describe('describeAnswerKinds', () => {
  it('keeps “Don’t know” and “Not applicable” apart from answered', () => {
    expect(describeAnswerKinds({ asked: 32, levels: 28, dontKnow: 3, notApplicable: 1, unanswered: 0 })).toBe('28 of 32 questions answered with a level, 3 “Don’t know”, 1 “Not applicable”');
    expect(describeAnswerKinds({ asked: 8, levels: 8, dontKnow: 0, notApplicable: 0, unanswered: 0 })).toBe('8 of 8 questions answered with a level');
    expect(describeAnswerKinds({ asked: 8, levels: 0, dontKnow: 0, notApplicable: 0, unanswered: 8 })).toBe('0 of 8 questions answered with a level, 8 unanswered');
  });
});

describe('describeSharedBy', () => {
  it('labels a result as the person’s', () => {
    const now = new Date('2026-12-02T12:00:00Z');
    expect(describeSharedBy({ label: 'Ana', role: 'leadership' }, '2026-12-01T09:00:00Z', now)).toMatch(/^Ana, Leadership, shared on (1 Dec|Dec 1)$/);
    expect(describeSharedBy({}, '2026-12-01T09:00:00Z', now)).toMatch(/^Name not given, shared on/);
    expect(describeSharedBy({ role: 'front-line' }, '2025-12-01T09:00:00Z', now)).toMatch(/^Front line, shared on .*2025$/);
  });
});
