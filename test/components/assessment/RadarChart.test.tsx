// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RadarChart } from '../../../src/components/assessment/RadarChart.tsx';

afterEach(cleanup);

const AXES = ['Strategy & leadership', 'Customer understanding & personas', 'Journey mapping & touchpoints', 'Measurement & metrics'];

describe('RadarChart', () => {
  it('is an image named by its title and described in words', () => {
    render(<RadarChart id="chart" axes={AXES} title="Scores" description="Strategy: 3" series={[{ name: 'Today', values: [3, 2, 4, 5], variant: 'today' }]} />);
    const [wide] = screen.getAllByRole('img', { name: 'Scores Strategy: 3' });
    expect(wide?.getAttribute('viewBox')).toBe('-270 -185 540 370');
    expect(wide?.querySelector('title')?.textContent).toBe('Scores');
  });

  it('plots a score of 5 on the outer ring and 2.5 half way', () => {
    const { container } = render(
      <RadarChart id="chart" axes={AXES} title="Scores" description="" series={[{ name: 'Today', values: [5, 2.5, 5, 2.5], variant: 'today' }]} />,
    );
    const polygon = container.querySelector('.radar__svg--wide .radar__series--today polygon');
    expect(polygon?.getAttribute('points')).toBe('0.0,-118.0 59.0,0.0 0.0,118.0 -59.0,0.0');
  });

  it('skips axes without a value instead of drawing NaN, and draws the target dashed as its own shape', () => {
    const { container } = render(
      <RadarChart
        id="chart"
        axes={AXES}
        title="Scores"
        description=""
        series={[
          { name: 'Today', values: [3, undefined, 4, Number.NaN], variant: 'today' },
          { name: 'Target', values: [4, 3, 5, 4], variant: 'target' },
        ]}
      />,
    );
    expect(container.innerHTML).not.toMatch(/NaN|Infinity/);
    expect(container.querySelectorAll('.radar__svg--wide .radar__series--today circle')).toHaveLength(2);
    expect(container.querySelector('.radar__svg--wide .radar__series--today polyline')).not.toBeNull();
    expect(container.querySelector('.radar__svg--wide .radar__series--target polygon')).not.toBeNull();
  });

  it('labels axes by short name on wide screens and by number on narrow ones', () => {
    const { container } = render(<RadarChart id="chart" axes={AXES} title="Scores" description="" series={[]} />);
    const names = [...container.querySelectorAll('.radar__svg--wide .radar__name')].map((label) => label.textContent);
    expect(names).toEqual(['1.\u00a0Strategy', '2.\u00a0Customerunderstanding', '3.\u00a0Journeymapping', '4.\u00a0Measurement']);
    const numbers = [...container.querySelectorAll('.radar__svg--narrow .radar__number')].map((label) => label.textContent);
    expect(numbers).toEqual(['1', '2', '3', '4']);
  });

  it('draws nothing with fewer than three axes', () => {
    const { container } = render(<RadarChart id="chart" axes={['a', 'b']} title="Scores" description="" series={[]} />);
    expect(container.innerHTML).toBe('');
  });
});
