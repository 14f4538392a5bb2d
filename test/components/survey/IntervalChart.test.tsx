// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import fc from 'fast-check';
import { hydrateRoot } from 'react-dom/client';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IntervalChart, type IntervalChartProps, type IntervalRow } from '../../../src/components/survey/IntervalChart.tsx';

afterEach(cleanup);

// Worked data on the NPS axis, −100…100. Expected positions are derived from where the chart draws its own
// −100 and 100 grid lines (the plot's ends): a value v sits at left + (v + 100) / 200 × (right − left), worked by
// hand below, so the test checks the arithmetic without copying the chart's layout constants.
const ROWS: readonly IntervalRow[] = [
  { id: 'north', label: 'North', n: 120, value: 0, lower: -50, upper: 50 },
  { id: 'south', label: 'South', n: 45, value: 25, lower: 10, upper: 40, flag: 'above' },
  { id: 'east', label: 'East', n: 12, value: -100, lower: -100, upper: -80, muted: 'fewer than 30 answers' },
  { id: 'west', label: 'West', n: 0, value: null, lower: null, upper: null },
  { id: 'web', label: 'Web', n: 80, value: 100, lower: 100, upper: 100 },
];
const PROPS: IntervalChartProps = { caption: 'NPS by region', unit: 'points', domain: [-100, 100], reference: { value: 12.4, label: 'Overall' }, rows: ROWS };

function renderChart(props: IntervalChartProps = PROPS) {
  const { container } = render(<IntervalChart {...props} />);
  const svg = container.querySelector('svg.survey-chart__svg');
  if (!(svg instanceof SVGSVGElement)) throw new Error('no chart svg');
  return { container, svg };
}

const number = (element: Element | null | undefined, name: string) => Number(element?.getAttribute(name));

/** x of the grid line of each tick, by the tick's label. */
function getGridX(svg: SVGSVGElement): Map<string, number> {
  const lines = [...svg.querySelectorAll('.survey-chart__grid')];
  const labels = [...svg.querySelectorAll('.survey-chart__tick')].slice(0, lines.length).map((text) => text.textContent);
  return new Map(lines.map((line, index) => [labels[index] ?? '', number(line, 'x1')]));
}

function getRow(svg: SVGSVGElement, id: string): Element {
  const row = svg.querySelector(`[data-row="${id}"]`);
  if (!row) throw new Error(`no row ${id}`);
  return row;
}

/** Every attribute value and text in the container, to look for NaN and Infinity. */
function getAllAttributeText(container: Element): string {
  const parts: string[] = [container.textContent ?? ''];
  for (const element of container.querySelectorAll('*')) for (const attribute of element.attributes) parts.push(attribute.value);
  return parts.join('\n');
}

describe('IntervalChart: positions', () => {
  it('ticks −100, −50, 0, 50 and 100 at even steps', () => {
    const { svg } = renderChart();
    const grid = getGridX(svg);
    expect([...grid.keys()]).toEqual(['−100', '−50', '0', '50', '100']);
    const xs = [...grid.values()];
    const step = (xs[4]! - xs[0]!) / 4;
    expect(step).toBeGreaterThan(0);
    xs.forEach((x, index) => expect(x).toBeCloseTo(xs[0]! + index * step, 1));
  });

  it('puts a score of 0 in the middle, with its whisker from −50 to 50', () => {
    const { svg } = renderChart();
    const grid = getGridX(svg);
    const [left, right] = [grid.get('−100')!, grid.get('100')!];
    const north = getRow(svg, 'north');
    expect(number(north.querySelector('circle'), 'cx')).toBeCloseTo((left + right) / 2, 2);
    const whisker = north.querySelector('.survey-chart__whisker line');
    expect(number(whisker, 'x1')).toBe(grid.get('−50'));
    expect(number(whisker, 'x2')).toBe(grid.get('50'));
  });

  it('puts 25 five-eighths along, and the overall 12.4 at 112.4 / 200 of the axis', () => {
    const { svg } = renderChart();
    const grid = getGridX(svg);
    const [left, right] = [grid.get('−100')!, grid.get('100')!];
    // The triangle's path starts at its tip, straight above (flag above) the score.
    const path = getRow(svg, 'south').querySelector('path.survey-chart__marker')?.getAttribute('d') ?? '';
    const tipX = Number(/^M([\d.]+) /.exec(path)?.[1]);
    expect(tipX).toBeCloseTo(left + (125 / 200) * (right - left), 1);
    expect(number(svg.querySelector('.survey-chart__reference line'), 'x1')).toBeCloseTo(left + (112.4 / 200) * (right - left), 1);
  });

  it('draws scores at the domain ends at the plot ends, and an interval of no width as one point', () => {
    const { svg } = renderChart();
    const grid = getGridX(svg);
    const east = getRow(svg, 'east');
    expect(number(east.querySelector('circle'), 'cx')).toBe(grid.get('−100'));
    const web = getRow(svg, 'web');
    expect(number(web.querySelector('circle'), 'cx')).toBe(grid.get('100'));
    const whisker = web.querySelector('.survey-chart__whisker line');
    expect(number(whisker, 'x1')).toBe(grid.get('100'));
    expect(number(whisker, 'x2')).toBe(grid.get('100'));
  });

  it('draws rows top to bottom in the order given, evenly spaced', () => {
    const { svg } = renderChart();
    const ys = ['north', 'south', 'east', 'west', 'web'].map((id) => number(getRow(svg, id).querySelector('.survey-chart__label'), 'y'));
    const step = ys[1]! - ys[0]!;
    expect(step).toBeGreaterThan(0);
    ys.forEach((y, index) => expect(y).toBeCloseTo(ys[0]! + index * step, 2));
    const [, , , height] = (svg.getAttribute('viewBox') ?? '').split(' ').map(Number);
    expect(ys[4]! + step / 2).toBeLessThanOrEqual(height!);
  });

  it('holds a score past the domain at its edge (the table keeps the real number)', () => {
    const { svg, container } = renderChart({ ...PROPS, rows: [{ id: 'x', label: 'Odd', n: 5, value: 130, lower: 90, upper: 170 }] });
    const grid = getGridX(svg);
    expect(number(svg.querySelector('circle.survey-chart__marker'), 'cx')).toBe(grid.get('100'));
    expect(within(container.querySelector('tbody')!).getByText('130')).toBeTruthy();
  });
});

describe('IntervalChart: what each row says', () => {
  it('greys a muted row (hollow dot, dashed whisker by class) and gives the reason in the table', () => {
    const { svg } = renderChart();
    expect(getRow(svg, 'east').getAttribute('class')).toContain('survey-chart__row--muted');
    expect(getRow(svg, 'north').getAttribute('class')).not.toContain('muted');
    const row = screen.getByRole('rowheader', { name: 'East' }).closest('tr');
    expect(row?.textContent).toContain('Greyed out: fewer than 30 answers');
  });

  it('marks a row that differs by a triangle and a ▲ after its value, not by colour alone', () => {
    const { svg } = renderChart();
    const south = getRow(svg, 'south');
    expect(south.querySelector('circle')).toBeNull();
    expect(south.querySelector('path.survey-chart__marker')).not.toBeNull();
    expect(south.querySelector('.survey-chart__value')?.textContent).toBe('25 ▲');
    expect(screen.getByText('Above the rest', { selector: '.survey-chart__legend *' })).toBeTruthy();
  });

  it('writes "no answers" for a segment without a score and draws no marker', () => {
    const { svg } = renderChart();
    const west = getRow(svg, 'west');
    expect(west.querySelector('.survey-chart__marker')).toBeNull();
    expect(west.querySelector('.survey-chart__whisker')).toBeNull();
    expect(west.querySelector('.survey-chart__note')?.textContent).toBe('no answers');
  });
});

describe('IntervalChart: the table and the label', () => {
  it('holds every number, with headers scoped to columns and rows', () => {
    const { container } = renderChart();
    const table = container.querySelector('details table');
    expect(table).not.toBeNull();
    expect(table?.querySelector('caption')?.textContent).toBe('NPS by region. Overall: 12.4');
    expect([...table!.querySelectorAll('thead th')].map((th) => [th.textContent, th.getAttribute('scope')])).toEqual([
      ['Segment', 'col'],
      ['Answers', 'col'],
      ['Score (points)', 'col'],
      ['Lower bound', 'col'],
      ['Upper bound', 'col'],
      ['Note', 'col'],
    ]);
    const cells = [...table!.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((cell) => cell.textContent));
    // Written by hand: en-GB numbers, a real minus sign, "–" where there is no number.
    expect(cells).toEqual([
      ['North', '120', '0', '−50', '50', ''],
      ['South', '45', '25', '10', '40', 'Above the rest'],
      ['East', '12', '−100', '−100', '−80', 'Greyed out: fewer than 30 answers'],
      ['West', '0', '–', '–', '–', 'No answers'],
      ['Web', '80', '100', '100', '100', ''],
    ]);
    expect([...table!.querySelectorAll('tbody th')].every((th) => th.getAttribute('scope') === 'row')).toBe(true);
  });

  it('is an image with a summary, with nothing inside it to focus, and a table reachable by keyboard', () => {
    const { svg, container } = renderChart();
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe(
      'Dot-and-whisker chart. NPS by region: 5 segments; highest Web (100), lowest East (−100). Overall: 12.4. 1 without answers. 1 greyed out. 1 above the rest, 0 below. Every number is in the table that follows.',
    );
    expect(svg.querySelectorAll('a, [tabindex], button, input').length).toBe(0);
    expect(container.querySelector('details > summary')?.textContent).toBe('Show as table: NPS by region');
    expect(screen.getByRole('region', { name: 'NPS by region (table)' }).getAttribute('tabindex')).toBe('0');
  });

  it('writes no style attribute (the content security policy refuses them)', () => {
    const { container } = renderChart();
    expect(container.querySelectorAll('[style]').length).toBe(0);
  });

  it('formats percentages and CES means in their unit and the given locale', () => {
    const { container } = renderChart({ caption: 'CSAT', unit: '%', domain: [0, 100], rows: [{ id: 'a', label: 'A', n: 1234, value: 87.5, lower: 80.25, upper: 92 }], locale: 'de-DE' });
    expect([...container.querySelectorAll('tbody td')].map((td) => td.textContent)).toEqual(['1.234', '87,5\u00A0%', '80,3\u00A0%', '92\u00A0%', '']);
    cleanup();
    const ces = renderChart({ caption: 'CES', unit: '', domain: [1, 7], rows: [{ id: 'a', label: 'A', n: 10, value: 5.614, lower: 5.2, upper: 6 }] });
    expect([...ces.container.querySelectorAll('tbody td')].map((td) => td.textContent)).toEqual(['10', '5.61', '5.2', '6', '']);
    // A short whole-number scale is ticked at every point: 1 to 7.
    expect([...ces.svg.querySelectorAll('.survey-chart__grid')].length).toBe(7);
  });
});

describe('IntervalChart: 50 segments', () => {
  const LONG = 'Customers who bought twice or more in the last calendar year';
  const rows: IntervalRow[] = Array.from({ length: 50 }, (_, index) => ({
    id: `s${String(index)}`,
    label: index % 5 === 0 ? `${LONG} ${String(index)}` : `Segment ${String(index)}`,
    n: 100 + index,
    value: index * 4 - 100,
    lower: index * 4 - 110,
    upper: index * 4 - 90,
  }));

  it('draws every row, cuts long labels with the whole label in the tooltip and the table', () => {
    const { svg, container } = renderChart({ ...PROPS, rows });
    expect(svg.querySelectorAll('[data-row]').length).toBe(50);
    expect(container.querySelectorAll('tbody tr').length).toBe(50);
    const first = getRow(svg, 's0');
    const shown = first.querySelector('.survey-chart__label')?.textContent ?? '';
    expect(shown.endsWith('…')).toBe(true);
    expect(shown.length).toBeLessThan(LONG.length);
    expect(first.querySelector('title')?.textContent).toContain(`${LONG} 0`);
    expect(screen.getByRole('rowheader', { name: `${LONG} 0` })).toBeTruthy();
    // Every row's centre lies inside the viewBox, and each is below the one before.
    const [, , , height] = (svg.getAttribute('viewBox') ?? '').split(' ').map(Number);
    const ys = rows.map((row) => number(getRow(svg, row.id).querySelector('.survey-chart__label'), 'y'));
    ys.forEach((y, index) => {
      expect(y).toBeLessThan(height!);
      if (index > 0) expect(y).toBeGreaterThan(ys[index - 1]!);
    });
    // A long chart repeats the tick labels below the last row: 5 above, 5 below.
    expect(svg.querySelectorAll('.survey-chart__tick').length).toBe(10);
  });
});

describe('IntervalChart: edge data never writes NaN or Infinity', () => {
  const cases: readonly [string, IntervalChartProps][] = [
    ['no rows', { ...PROPS, rows: [] }],
    ['every value null', { ...PROPS, rows: ROWS.map((row) => ({ ...row, value: null, lower: null, upper: null })) }],
    ['a single row', { ...PROPS, rows: [ROWS[0]!] }],
    ['lower equal to upper', { ...PROPS, rows: [{ id: 'a', label: 'A', n: 1, value: 3, lower: 3, upper: 3 }] }],
    ['values at the domain ends', { ...PROPS, domain: [1, 7], rows: [{ id: 'a', label: 'A', n: 1, value: 1, lower: 1, upper: 7 }, { id: 'b', label: 'B', n: 1, value: 7, lower: 7, upper: 7 }] }],
    ['an empty domain', { ...PROPS, domain: [5, 5] }],
    ['a domain of NaN', { ...PROPS, domain: [Number.NaN, Number.NaN], reference: { value: Number.NaN, label: 'Overall' } }],
    ['values that are not finite', { ...PROPS, rows: [{ id: 'a', label: 'A', n: Number.NaN, value: Number.POSITIVE_INFINITY, lower: Number.NaN, upper: Number.NEGATIVE_INFINITY }] }],
  ];
  it.each(cases)('%s', (_, props) => {
    const { container } = renderChart(props);
    expect(getAllAttributeText(container)).not.toMatch(/NaN|Infinity/);
  });

  it('draws no reference line, nor its legend, for an overall score that is not a number', () => {
    const { svg, container } = renderChart({ ...PROPS, reference: { value: Number.NaN, label: 'Overall' } });
    expect(svg.querySelector('.survey-chart__reference')).toBeNull();
    expect(container.querySelector('.survey-chart__legend')?.textContent).not.toContain('Overall');
    expect(container.querySelector('caption')?.textContent).toBe('NPS by region');
  });

  it('for any finite or missing numbers on any finite domain (property)', () => {
    const maybe = fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: null });
    const row = fc.record({ n: fc.nat(), value: maybe, lower: maybe, upper: maybe, muted: fc.option(fc.constant('few answers'), { nil: undefined }), flag: fc.constantFrom('above' as const, 'below' as const, null) });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ noNaN: true, noDefaultInfinity: true }), maybe, (drawn, low, high, reference) => {
        const rows = drawn.map((item, index) => ({ ...item, id: `r${String(index)}`, label: `Segment ${String(index)}` }));
        const markup = renderToStaticMarkup(<IntervalChart caption="Any" unit="points" domain={[low, high]} reference={reference === null ? null : { value: reference, label: 'Overall' }} rows={rows} />);
        expect(markup).not.toMatch(/NaN|Infinity/);
      }),
      { numRuns: 150 },
    );
  });
});

describe('IntervalChart: server render and hydration', () => {
  it('hydrates the server markup without a mismatch', async () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(<IntervalChart {...PROPS} />);
    document.body.append(container);
    const onRecoverableError = vi.fn();
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const root = await act(async () => hydrateRoot(container, <IntervalChart {...PROPS} />, { onRecoverableError }));
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
    consoleError.mockRestore();
    act(() => root.unmount());
    container.remove();
  });
});
