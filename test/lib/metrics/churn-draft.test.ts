import { describe, expect, it } from 'vitest';
import { CHURN_EXAMPLE_DRAFT, CHURN_MAX_FIELD_LENGTH, EMPTY_CHURN_DRAFT, getDraftFromShareState } from '../../../src/lib/metrics/churn-draft.ts';
import { churnDraftSchema } from '../../../src/lib/metrics/figure-draft-schemas.ts';
import { getChurnView } from '../../../src/lib/metrics/churn-view.ts';

describe('churnDraftSchema', () => {
  it('accepts the empty and example drafts, and refuses an unknown period or an overlong figure', () => {
    expect(churnDraftSchema.safeParse(EMPTY_CHURN_DRAFT).success).toBe(true);
    expect(churnDraftSchema.safeParse(CHURN_EXAMPLE_DRAFT).success).toBe(true);
    expect(churnDraftSchema.safeParse({ ...EMPTY_CHURN_DRAFT, period: 'week' }).success).toBe(false);
    const long = { ...EMPTY_CHURN_DRAFT, figures: { ...EMPTY_CHURN_DRAFT.figures, newCustomers: '9'.repeat(CHURN_MAX_FIELD_LENGTH + 1) } };
    expect(churnDraftSchema.safeParse(long).success).toBe(false);
  });
});

describe('getDraftFromShareState', () => {
  it('fills the form from a share state with figures written plainly', () => {
    const draft = getDraftFromShareState({ ...getDraftShareState(), startingRevenue: 1234567.5 });
    expect(draft.figures.startingRevenue).toBe('1234567.5');
    expect(draft.figures.lostCustomers).toBe('');
  });
});

function getDraftShareState() {
  const state = getChurnView(CHURN_EXAMPLE_DRAFT).shareState;
  if (!state) throw new Error('expected a share state');
  return state;
}
