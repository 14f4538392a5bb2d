import { describe, expect, it } from 'vitest';
import { getOpportunityPriority, PRIORITY_RULE } from '../../../src/lib/journey/opportunity-priority';
import { RATINGS } from '../../../src/lib/journey/journey-vocabulary';

describe('getOpportunityPriority', () => {
  it('is impact × (6 − effort)', () => {
    expect(PRIORITY_RULE).toBe('priority = impact × (6 − effort)');
    expect(getOpportunityPriority(5, 1)).toBe(25);
    expect(getOpportunityPriority(5, 2)).toBe(20);
    expect(getOpportunityPriority(3, 3)).toBe(9);
    expect(getOpportunityPriority(1, 5)).toBe(1);
  });

  it('stays a whole number from 1 to 25 for every rating', () => {
    for (const impact of RATINGS) {
      for (const effort of RATINGS) {
        const priority = getOpportunityPriority(impact, effort);
        expect(Number.isInteger(priority)).toBe(true);
        expect(priority).toBeGreaterThanOrEqual(1);
        expect(priority).toBeLessThanOrEqual(25);
      }
    }
  });

  it('rises with impact and falls with effort', () => {
    for (const impact of RATINGS) {
      for (const effort of RATINGS) {
        if (impact < 5) expect(getOpportunityPriority((impact + 1) as 2, effort)).toBeGreaterThan(getOpportunityPriority(impact, effort));
        if (effort < 5) expect(getOpportunityPriority(impact, (effort + 1) as 2)).toBeLessThan(getOpportunityPriority(impact, effort));
      }
    }
  });

  it('ranks a high-impact, moderate-effort idea above a trivial easy one', () => {
    // impact ÷ effort would rank these the other way round (2/1 = 2 against 5/3 ≈ 1.7).
    expect(getOpportunityPriority(5, 3)).toBeGreaterThan(getOpportunityPriority(2, 1));
  });
});
