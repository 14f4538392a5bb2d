// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { NpsResults } from '../../../src/components/nps-calculator/NpsResults.tsx';
import { calculateNpsFromGroups } from '../../../src/lib/metrics/nps.ts';

function nps(promoters: number, passives: number, detractors: number) {
  const result = calculateNpsFromGroups({ promoters, passives, detractors }, { confidence: 95 });
  if (!result.ok) throw new Error('expected a result');
  return result.value;
}

afterEach(cleanup);

describe('NpsResults', () => {
  it('explains why the interval of a single promoter leaves out NPS 100', () => {
    // One promoter: n′ = 4, p′ = 1.75/4, d′ = 0.75/4, centre 25, half-width 1.96 × √(0.5625/4) × 100 = 73.5:
    // −48.5 to 98.5, which leaves out the observed 100.
    const { container } = render(<NpsResults result={nps(1, 0, 0)} />);
    expect(container.textContent).toContain('−48.5 to 98.5');
    expect(screen.getByTestId('nps-interval-gap').textContent).toBe(
      'With only 1 answer the interval leaves out the score itself: the adjustment that keeps small samples honest pulls them toward the middle, and so few answers cannot rule out much.',
    );
  });

  it('says nothing about a gap when the interval holds the score', () => {
    render(<NpsResults result={nps(50, 30, 20)} />);
    expect(screen.queryByTestId('nps-interval-gap')).toBeNull();
  });
});
