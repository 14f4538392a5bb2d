// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { hydrateRoot } from 'react-dom/client';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TrendChart, type TrendChartProps, type TrendPoint } from '../../../src/components/survey/TrendChart.tsx';

afterEach(cleanup);

// Worked data on a CSAT axis, 0…100 %. Expected positions come from the chart's own 0 % and 100 % grid lines
// (the plot's bottom and top) and from its left and right ends: period i of n is centred at
// left + (i + ½) × (right − left) / n, and a value v at bottom − v / 100 × (bottom − top), worked by hand.
const POINTS: readonly TrendPoint[] = [
  { id: '2024-01', label: 'Jan 2024', n: 50, value: 50, lower: 40, upper: 60 },
  { id: '2024-02', label: 'Feb 2024', n: 0, value: null, lower: null, upper: null },
  { id: '2024-03', label: 'Mar 2024', n: 10, value: 75, lower: 60, upper: 90, tooFew: true },
  { id: '2024-04', label: 'Apr 2024', n: 60, value: 100, lower: 100, upper: 100 },
  { id: '2024-05', label: 'May 2024', n: 70, value: 0, lower: 0, upper: 10 },
];
const PROPS: TrendChartProps = { caption: 'CSAT by month', unit: '%', domain: [0, 100], points: POINTS };

function renderChart(props: TrendChartProps = PROPS) {
  const { container } = render(<TrendChart {...props} />);
  const svg = container.querySelector('svg.survey-chart__svg');
  if (!(svg instanceof SVGSVGElement)) throw new Error('no chart svg');
  return { container, svg };
}

const number = (element: Element | null | undefined, name: string) => Number(element?.getAttribute(name));

/** The plot's frame, read from the grid lines at the domain's ends. */
function getFrame(svg: SVGSVGElement) {
  const lines = [...svg.querySelectorAll('.survey-chart__grid')];
  const first = lines[0];
  const last = lines.at(-1);
  return { left: number(first, 'x1'), right: number(first, 'x2'), bottom: number(first, 'y1'), top: number(last, 'y1') };
}

function getPoint(svg: SVGSVGElement, id: string): Element | null {
  return svg.querySelector(`[data-point="${id}"]`);
}

/** "x,y x,y" → [[x, y], …] */
function parsePoints(text: string | null | undefined): number[][] {
  return (text ?? '').trim().split(/\s+/).map((pair) => pair.split(',').map(Number));
}

function getAllAttributeText(container: Element): string {
  const parts: string[] = [container.textContent ?? ''];
  for (const element of container.querySelectorAll('*')) for (const attribute of element.attributes) parts.push(attribute.value);
  return parts.join('\n');
}

describe('TrendChart: positions', () => {
  it('centres each period in its slot and puts 50 % half-way up', () => {
    const { svg } = renderChart();
    const { left, right, bottom, top } = getFrame(svg);
    expect(right).toBeGreaterThan(left);
    expect(bottom).toBeGreaterThan(top);
    const slot = (right - left) / 5;
    const january = getPoint(svg, '2024-01')?.querySelector('circle');
    expect(number(january, 'cx')).toBeCloseTo(left + 0.5 * slot, 1);
    expect(number(january, 'cy')).toBeCloseTo((bottom + top) / 2, 1);
    // May is the fifth period, at 0 %: on the bottom line.
    const may = getPoint(svg, '2024-05')?.querySelector('circle');
    expect(number(may, 'cx')).toBeCloseTo(left + 4.5 * slot, 1);
    expect(number(may, 'cy')).toBe(bottom);
    // April at 100 %: on the top line.
    expect(number(getPoint(svg, '2024-04')?.querySelector('circle'), 'cy')).toBe(top);
  });

  it('breaks the line at a period without answers and keeps that period on the axis, marked', () => {
    const { svg } = renderChart();
    const { left, right, bottom, top } = getFrame(svg);
    const slot = (right - left) / 5;
    // January stands alone (February has no answers): no line through it; March to May is one line of 3 points.
    const lines = [...svg.querySelectorAll('polyline.survey-chart__line')];
    expect(lines.length).toBe(1);
    const line = parsePoints(lines[0]?.getAttribute('points'));
    expect(line.map(([x]) => x)).toEqual([2.5, 3.5, 4.5].map((index) => expect.closeTo(left + index * slot, 1)));
    expect(line.map(([, y]) => y)).toEqual([expect.closeTo(bottom - 0.75 * (bottom - top), 1), top, bottom]);
    const gap = svg.querySelector('.survey-chart__gap');
    expect(gap?.querySelector('title')?.textContent).toBe('Feb 2024: no answers');
    expect(number(gap?.querySelector('line'), 'x1')).toBeCloseTo(left + 1.5 * slot, 1);
    expect(getPoint(svg, '2024-02')).toBeNull();
    expect(svg.querySelectorAll('.survey-chart__period').length).toBe(5);
  });

  it('draws the interval as a band over a run of periods and as a whisker for a lone one', () => {
    const { svg } = renderChart();
    const { left, right, bottom, top } = getFrame(svg);
    const slot = (right - left) / 5;
    const y = (value: number) => bottom - (value / 100) * (bottom - top);
    const bands = [...svg.querySelectorAll('polygon.survey-chart__band')];
    expect(bands.length).toBe(1);
    // Upper edge left to right (90, 100, 10), then lower edge right to left (0, 100, 60).
    expect(parsePoints(bands[0]?.getAttribute('points')).map(([, value]) => value)).toEqual([y(90), y(100), y(10), y(0), y(100), y(60)].map((value) => expect.closeTo(value, 1)));
    // January's interval, 40 to 60 %, as a vertical whisker at its centre.
    const whisker = svg.querySelector('g.survey-chart__band-edge > line');
    expect(number(whisker, 'x1')).toBeCloseTo(left + 0.5 * slot, 1);
    expect([number(whisker, 'y1'), number(whisker, 'y2')]).toEqual([expect.closeTo(y(60), 1), expect.closeTo(y(40), 1)]);
  });

  it('draws a period with too few answers hollow, and says so in the legend and table', () => {
    const { svg } = renderChart();
    expect(getPoint(svg, '2024-03')?.getAttribute('class')).toContain('survey-chart__point--too-few');
    expect(getPoint(svg, '2024-01')?.getAttribute('class')).not.toContain('too-few');
    expect(screen.getByText('Too few answers (hollow)')).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: 'Mar 2024' }).closest('tr')?.lastElementChild?.textContent).toBe('Too few answers');
  });
});

describe('TrendChart: the table and the label', () => {
  it('holds every number, with scoped headers', () => {
    const { container } = renderChart();
    const table = container.querySelector('details table');
    expect(table?.querySelector('caption')?.textContent).toBe('CSAT by month');
    expect([...table!.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['Period', 'Answers', 'Score', 'Lower bound', 'Upper bound', 'Note']);
    expect([...table!.querySelectorAll('th')].every((th) => th.getAttribute('scope') === (th.closest('thead') ? 'col' : 'row'))).toBe(true);
    // Written by hand: en-GB percentages.
    expect([...table!.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((cell) => cell.textContent))).toEqual([
      ['Jan 2024', '50', '50%', '40%', '60%', ''],
      ['Feb 2024', '0', '–', '–', '–', 'No answers'],
      ['Mar 2024', '10', '75%', '60%', '90%', 'Too few answers'],
      ['Apr 2024', '60', '100%', '100%', '100%', ''],
      ['May 2024', '70', '0%', '0%', '10%', ''],
    ]);
  });

  it('is an image with a summary and nothing to focus inside it', () => {
    const { svg } = renderChart();
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe(
      'Line chart. CSAT by month: 5 periods, Jan 2024 to May 2024. Latest (May 2024): 0%. Highest 100% (Apr 2024), lowest 0% (May 2024). 1 with no answers. 1 with too few answers, drawn hollow. Every number is in the table that follows.',
    );
    expect(svg.querySelectorAll('a, [tabindex], button, input').length).toBe(0);
  });
});

describe('TrendChart: the control chart view', () => {
  const points: TrendPoint[] = [
    { id: 'a', label: 'Jan', n: 50, value: 50, lower: 40, upper: 60 },
    { id: 'b', label: 'Feb', n: 50, value: 80, lower: 70, upper: 90, moved: 'above' },
    { id: 'c', label: 'Mar', n: 0, value: null, lower: null, upper: null },
    { id: 'd', label: 'Apr', n: 50, value: 10, lower: 0, upper: 20, moved: 'below', tooFew: true },
  ];
  const control = { centre: 50, limits: [{ lower: 30, upper: 70 }, { lower: 35, upper: 65 }, { lower: null, upper: null }, { lower: 20, upper: 80 }] };

  it('draws the centre line and each period’s limits as a stepped line that breaks where a limit is missing', () => {
    const { svg } = renderChart({ ...PROPS, points, control });
    const { left, right, bottom, top } = getFrame(svg);
    const slot = (right - left) / 4;
    const y = (value: number) => bottom - (value / 100) * (bottom - top);
    const centre = svg.querySelector('.survey-chart__centre');
    expect(number(centre, 'y1')).toBeCloseTo(y(50), 1);
    const [upper, lower] = [...svg.querySelectorAll('path.survey-chart__limit')].map((path) => path.getAttribute('d'));
    // Jan flat at 70 across its slot, a step to Feb's 65, flat to its end; Mar has none; Apr on its own at 80.
    const at = (value: number) => String(Math.round(value * 100) / 100);
    expect(upper).toBe(`M${at(left)} ${at(y(70))}H${at(left + slot)}V${at(y(65))}H${at(left + 2 * slot)}M${at(left + 3 * slot)} ${at(y(80))}H${at(right)}`);
    expect(lower).toBe(`M${at(left)} ${at(y(30))}H${at(left + slot)}V${at(y(35))}H${at(left + 2 * slot)}M${at(left + 3 * slot)} ${at(y(20))}H${at(right)}`);
    // The interval band is left out in this view.
    expect(svg.querySelector('.survey-chart__band')).toBeNull();
  });

  it('marks moved points by a triangle and words, not colour alone', () => {
    const { svg } = renderChart({ ...PROPS, points, control });
    const above = getPoint(svg, 'b');
    expect(above?.querySelector('circle')).toBeNull();
    const tip = Number(/^M[\d.]+ ([\d.]+)/.exec(above?.querySelector('path')?.getAttribute('d') ?? '')?.[1]);
    const { bottom, top } = getFrame(svg);
    // A triangle pointing up: its tip is above the value (smaller y).
    expect(tip).toBeLessThan(bottom - 0.8 * (bottom - top));
    // Four periods leave room to write the words by the points.
    expect(above?.querySelector('text')?.textContent).toBe('above');
    expect(getPoint(svg, 'd')?.querySelector('text')?.textContent).toBe('below');
    expect(getPoint(svg, 'a')?.querySelector('path')).toBeNull();
    const rows = [...document.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Jan', '50', '50%', '40%', '60%', '30%', '70%', ''],
      ['Feb', '50', '80%', '70%', '90%', '35%', '65%', 'Above the upper limit'],
      ['Mar', '0', '–', '–', '–', '–', '–', 'No answers'],
      ['Apr', '50', '10%', '0%', '20%', '20%', '80%', 'Too few answers; Below the lower limit'],
    ]);
    expect(document.querySelector('caption')?.textContent).toBe('CSAT by month. Centre line: 50%');
    expect(screen.getByText('Above the upper limit', { selector: '.survey-chart__legend *' })).toBeTruthy();
  });

  it('ignores `moved` outside the control view', () => {
    const { svg } = renderChart({ ...PROPS, points });
    expect(getPoint(svg, 'b')?.querySelector('circle')).not.toBeNull();
    expect(document.body.textContent).not.toContain('Above the upper limit');
  });
});

describe('TrendChart: 120 periods', () => {
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const points: TrendPoint[] = Array.from({ length: 120 }, (_, index) => ({
    id: `m${String(index)}`,
    label: `${MONTHS[index % 12]!} ${String(2015 + Math.floor(index / 12))}`,
    n: 100,
    value: index % 17 === 9 ? null : 30 + (index % 7),
    lower: 20,
    upper: 45,
  }));

  it('labels only as many periods as fit without overlapping, and keeps all 120 in the table', () => {
    const { svg, container } = renderChart({ ...PROPS, points });
    const labels = [...svg.querySelectorAll('.survey-chart__period > text')];
    expect(labels.length).toBeGreaterThan(1);
    expect(labels.length).toBeLessThan(15);
    // "Jan 2015" at 11 px is at most about 0.65 em a character in a sans-serif: 8 × 0.65 × 11 ≈ 57.
    const xs = labels.map((label) => number(label, 'x'));
    for (let index = 1; index < xs.length; index += 1) expect(xs[index]! - xs[index - 1]!).toBeGreaterThanOrEqual(57);
    // Every period keeps its tick mark; the gaps are marked; every period is in the table.
    expect(svg.querySelectorAll('.survey-chart__period').length).toBe(120);
    expect(svg.querySelectorAll('.survey-chart__gap').length).toBe(points.filter((point) => point.value === null).length);
    expect(container.querySelectorAll('tbody tr').length).toBe(120);
  });
});

describe('TrendChart: week labels', () => {
  it('writes "week of …" whole, on two lines under its tick, rather than cut', () => {
    const points: TrendPoint[] = [1, 8, 15, 22, 29].map((day) => ({ id: `w${String(day)}`, label: `week of ${String(day)} Jan 2024`, n: 40, value: 30, lower: 20, upper: 40 }));
    const { svg } = renderChart({ ...PROPS, points });
    const labels = [...svg.querySelectorAll('.survey-chart__period > text')];
    expect(labels.map((label) => [...label.querySelectorAll('tspan')].map((line) => line.textContent))).toEqual([
      ['week of 1 Jan', '2024'],
      ['week of 8 Jan', '2024'],
      ['week of 15', 'Jan 2024'],
      ['week of 22', 'Jan 2024'],
      ['week of 29', 'Jan 2024'],
    ]);
    // Each line is centred under its own tick.
    for (const label of labels) for (const line of label.querySelectorAll('tspan')) expect(line.getAttribute('x')).toBe(label.getAttribute('x'));
  });
});

describe('TrendChart: edge data never writes NaN or Infinity', () => {
  const cases: readonly [string, TrendChartProps][] = [
    ['no periods', { ...PROPS, points: [] }],
    ['every value null', { ...PROPS, points: POINTS.map((point) => ({ ...point, value: null, lower: null, upper: null })) }],
    ['a single period', { ...PROPS, points: [POINTS[0]!] }],
    ['lower equal to upper', { ...PROPS, points: [{ id: 'a', label: 'A', n: 1, value: 3, lower: 3, upper: 3 }] }],
    ['a control view with no limits and no centre', { ...PROPS, control: { centre: Number.NaN, limits: [] } }],
    ['an empty domain', { ...PROPS, domain: [0, 0] }],
    ['values that are not finite', { ...PROPS, points: [{ id: 'a', label: 'A', n: Number.NaN, value: Number.NaN, lower: Number.POSITIVE_INFINITY, upper: 1 }] }],
  ];
  it.each(cases)('%s', (_, props) => {
    const { container } = renderChart(props);
    expect(getAllAttributeText(container)).not.toMatch(/NaN|Infinity/);
  });

  it('draws no centre line for a centre that is not a number (rather than one at the bottom)', () => {
    const { svg } = renderChart({ ...PROPS, control: { centre: Number.NaN, limits: [] } });
    expect(svg.querySelector('.survey-chart__centre')).toBeNull();
    expect(svg.querySelectorAll('path.survey-chart__limit').length).toBe(2);
  });

  it('for any finite or missing numbers on any finite domain (property)', () => {
    const maybe = fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: null });
    const point = fc.record({ n: fc.nat(), value: maybe, lower: maybe, upper: maybe, tooFew: fc.boolean(), moved: fc.constantFrom('above' as const, 'below' as const, null) });
    const limit = fc.record({ lower: maybe, upper: maybe });
    fc.assert(
      fc.property(
        fc.array(point, { maxLength: 40 }),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.option(fc.record({ centre: fc.double({ noNaN: true, noDefaultInfinity: true }), limits: fc.array(limit, { maxLength: 40 }) }), { nil: null }),
        (drawn, low, high, control) => {
          const points = drawn.map((item, index) => ({ ...item, id: `p${String(index)}`, label: `P${String(index)}` }));
          const markup = renderToStaticMarkup(<TrendChart caption="Any" unit="%" domain={[low, high]} points={points} control={control} />);
          expect(markup).not.toMatch(/NaN|Infinity/);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('TrendChart: server render and hydration', () => {
  it('hydrates the server markup without a mismatch', async () => {
    const props: TrendChartProps = { ...PROPS, control: { centre: 50, limits: POINTS.map(() => ({ lower: 30, upper: 70 })) } };
    const container = document.createElement('div');
    container.innerHTML = renderToString(<TrendChart {...props} />);
    document.body.append(container);
    const onRecoverableError = vi.fn();
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const root = await act(async () => hydrateRoot(container, <TrendChart {...props} />, { onRecoverableError }));
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
    consoleError.mockRestore();
    act(() => root.unmount());
    container.remove();
  });
});
