// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { NpsComparisonResults } from '../../../src/components/nps-calculator/NpsComparisonResults.tsx';
import { compareNps } from '../../../src/lib/metrics/compare-nps.ts';
import type { NpsGroups } from '../../../src/lib/metrics/nps-groups.ts';

function comparison(baseline: NpsGroups, current: NpsGroups) {
  const result = compareNps(baseline, current);
  if (!result.ok) throw new Error('expected a comparison');
  return result.value;
}

afterEach(cleanup);

describe('NpsComparisonResults', () => {
  it('says one answer against one cannot be told from chance, names the exact test and explains the interval gap', () => {
    // 1 promoter vs 1 detractor: exact permutation p = 1 (both splits equally extreme); adjusted interval −153.9 to 53.9
    // leaves out the observed −200.
    const { container } = render(
      <NpsComparisonResults comparison={comparison({ promoters: 1, passives: 0, detractors: 0 }, { promoters: 0, passives: 0, detractors: 1 })} headingLevel={3} headingId="change" />,
    );
    expect(screen.getByTestId('nps-change').textContent).toBe(
      'A fall of 200 points, but both samples gave one answer each: no test can tell a difference from chance (exact test, as every answer in a sample was the same; p = 1).',
    );
    expect(container.textContent).toContain('exact permutation test');
    expect(screen.getByTestId('nps-change-gap').textContent).toContain('With only 1 answer in the smaller sample the interval leaves out the observed change itself');
  });

  it('names the adjusted-Wald z test for larger samples and shows no gap note', () => {
    const { container } = render(
      <NpsComparisonResults comparison={comparison({ promoters: 40, passives: 30, detractors: 30 }, { promoters: 50, passives: 30, detractors: 20 })} headingLevel={3} headingId="change" />,
    );
    // p = 0.0832 (see test/lib/metrics/compare-nps.test.ts): between 0.05 and 0.10.
    expect(screen.getByTestId('nps-change').textContent).toBe('A rise of 20 points; not clear at 95% confidence (p = 0.083), though it would count at 90%.');
    expect(container.textContent).toContain('adjusted-Wald z test');
    expect(screen.queryByTestId('nps-change-gap')).toBeNull();
  });
});
