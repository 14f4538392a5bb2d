// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { EmotionCurveChart } from '../../../src/components/journey-map/EmotionCurveChart.tsx';
import { getEmotionCurves } from '../../../src/lib/journey/emotion-curve.ts';
import type { JourneyMap } from '../../../src/lib/journey/journey-map-schema.ts';
import { makeMap, makeStage } from '../../lib/journey/make-map.ts';

afterEach(cleanup);

function renderChart(map: JourneyMap) {
  return render(<EmotionCurveChart map={map} curves={getEmotionCurves(map)} />);
}

const TWO_PERSONAS = makeMap({
  personas: [
    { key: 'p1', personaId: 'persona1', name: 'Ana' },
    { key: 'p2', personaId: '', name: 'Ben' },
  ],
  stages: [
    makeStage('s1', 'Awareness', { emotions: [{ personaKey: 'p1', curve: 'as-is', score: 1 }, { personaKey: 'p2', curve: 'as-is', score: 0 }, { personaKey: 'p1', curve: 'to-be', score: 2 }] }),
    makeStage('s2', 'Consideration', {
      touchpoints: [
        { id: 't1', name: 'Reviews', channel: 'Website', owner: '', emotion: -1 },
        { id: 't2', name: 'Chat', channel: 'Chat', owner: '', emotion: -2 },
      ],
      emotions: [{ personaKey: 'p2', curve: 'as-is', score: -2 }],
    }),
    makeStage('s3', 'Purchase', { emotions: [{ personaKey: 'p1', curve: 'as-is', score: 0 }, { personaKey: 'p2', curve: 'as-is', score: 1 }, { personaKey: 'p1', curve: 'to-be', score: 1 }] }),
  ],
});

describe('the emotion curve', () => {
  it('draws one labelled line per persona and curve, with a text summary and the moments that matter', () => {
    renderChart(TWO_PERSONAS);
    const chart = screen.getByRole('img', { name: /^Emotion curve of “First purchase online”/ });
    expect(chart.querySelector('desc')?.textContent).toBe(
      'Ana, as is: Awareness +1 (positive); Consideration −1.5 (negative to very negative); Purchase 0 (neutral). ' +
        'Ana, to be: Awareness +2 (very positive); Consideration not scored; Purchase +1 (positive). ' +
        'Ben, as is: Awareness 0 (neutral); Consideration −2 (very negative); Purchase +1 (positive). ' +
        'Moments that matter: Consideration.',
    );
    expect(within(screen.getByRole('list', { name: 'Legend' })).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Ana, as is (solid line, circles)',
      'Ana, to be (dashed line, circles)',
      'Ben, as is (solid line, squares)',
      'Ring: a moment that matters',
    ]);
    expect([...document.querySelectorAll('.jm-moments li')].map((item) => item.textContent)).toEqual([
      'Consideration for Ana (as is): −1.5 (negative to very negative), the lowest point of the curve',
      // Ana's to-be curve is lowest at Purchase, +1: above neutral, so not a moment that matters (issue 15).
      'Consideration for Ben (as is): −2 (very negative), the lowest point of the curve',
    ]);
    expect(chart.querySelectorAll('.jm-curve__moment')).toHaveLength(2);
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('filters curves by persona and by as is / to be', async () => {
    const user = userEvent.setup();
    renderChart(TWO_PERSONAS);
    const filter = screen.getByRole('group', { name: 'Show curves' });
    await user.click(within(filter).getByRole('checkbox', { name: /Ana/ }));
    expect(within(screen.getByRole('list', { name: 'Legend' })).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Ben, as is (solid line, squares)',
      'Ring: a moment that matters',
    ]);
    await user.click(within(filter).getByRole('checkbox', { name: /^As is/ }));
    expect(screen.queryByRole('list', { name: 'Legend' })).toBeNull();
    expect(screen.getByRole('img').querySelector('desc')?.textContent).toBe('No curve is shown.');
  });

  it('gives the same numbers as a table, marking touchpoint averages and gaps', async () => {
    const user = userEvent.setup();
    renderChart(TWO_PERSONAS);
    await user.click(screen.getByText('The curve’s numbers as a table'));
    const table = screen.getByRole('table', { name: 'Emotion score per stage, −2 to +2' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Stage', 'Ana, as is', 'Ana, to be', 'Ben, as is']);
    expect(within(table).getAllByRole('row')[2]?.textContent).toBe('2. Consideration−1.5 (negative to very negative), touchpoint averageNot scored−2 (very negative)');
  });

  it('invites scores when there are none, without a filter for a single persona', () => {
    renderChart(makeMap());
    expect(screen.getByText(/No emotion scores yet/)).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Show curves' })).toBeNull();
    expect(screen.getByText('None yet: they are found from the emotion scores.')).toBeTruthy();
  });
});
