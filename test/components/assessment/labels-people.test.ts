import { describe, expect, it } from 'vitest';
import { describeAnswerKinds, describeSharedBy } from '../../../src/components/assessment/labels.ts';

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
