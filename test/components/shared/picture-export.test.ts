// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getChartFileName, serialiseChart, type ReadStyle } from '../../../src/components/shared/picture-export.ts';

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

/** A small chart as the components draw one: classes for colours, a viewBox for its size. */
function makeChart(): SVGSVGElement {
  const holder = document.createElement('div');
  holder.innerHTML = `<svg class="survey-chart__svg" role="img" aria-label="Dot chart. NPS &amp; CSAT &lt;2024&gt;" viewBox="0 0 640 200">
    <g class="survey-chart__row"><title>North: 32</title>
      <text class="survey-chart__label" x="0" y="20">North &amp; South</text>
      <circle class="survey-chart__marker" cx="300" cy="20" r="4.5"></circle>
    </g>
    <line class="survey-chart__grid" x1="200" x2="200" y1="0" y2="200"></line>
  </svg>`;
  document.body.append(holder);
  const svg = holder.querySelector('svg');
  if (!(svg instanceof SVGSVGElement)) throw new Error('no svg');
  return svg;
}

/** Computed styles by class, as a browser would resolve the site's stylesheet (jsdom resolves no var()). */
const STYLES: Record<string, Record<string, string>> = {
  'survey-chart__svg': { fill: 'rgb(0, 0, 0)', stroke: 'none', 'font-family': 'system-ui, "Segoe UI", sans-serif', 'font-size': '17px', opacity: '1' },
  'survey-chart__row': { fill: 'rgb(0, 0, 0)', stroke: 'none', 'font-size': '17px', opacity: '1' },
  'survey-chart__label': { fill: 'rgb(29, 28, 26)', stroke: 'none', 'font-size': '12px', opacity: '1' },
  'survey-chart__marker': { fill: 'rgb(10, 107, 92)', stroke: 'rgb(10, 107, 92)', 'stroke-width': '1.5px', 'font-size': '17px', opacity: '1' },
  'survey-chart__grid': { fill: 'rgb(0, 0, 0)', stroke: 'rgb(217, 213, 204)', 'stroke-width': '1px', 'font-size': '17px', opacity: '0.5' },
};
const readStyle: ReadStyle = (element) => {
  const values = STYLES[element.getAttribute('class') ?? ''] ?? { fill: 'rgb(0, 0, 0)', stroke: 'none', 'font-size': '17px', opacity: '1' };
  return { getPropertyValue: (property: string) => values[property] ?? '' };
};

function parse(svgText: string): Document {
  return new DOMParser().parseFromString(svgText, 'image/svg+xml');
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('serialiseChart', () => {
  it('writes well-formed SVG XML with xmlns, width, height, a title and a white background', () => {
    const svg = makeChart();
    const chart = serialiseChart(svg, 'NPS by region & <month>', readStyle);
    const file = parse(chart.svg);
    expect(file.querySelector('parsererror')).toBeNull();
    const root = file.documentElement;
    expect(root.namespaceURI).toBe(SVG_NAMESPACE);
    expect(chart.svg.startsWith(`<svg xmlns="${SVG_NAMESPACE}"`)).toBe(true);
    // 640 × 200 plus a 12-unit margin on every side and 28 for the caption line: 664 × 252.
    expect([root.getAttribute('width'), root.getAttribute('height'), root.getAttribute('viewBox')]).toEqual(['664', '252', '0 0 664 252']);
    expect([chart.width, chart.height]).toEqual([664, 252]);
    const [title, background, heading] = [...root.children];
    expect(title?.tagName).toBe('title');
    expect(title?.textContent).toBe('NPS by region & <month>');
    expect(background?.tagName).toBe('rect');
    expect([background?.getAttribute('width'), background?.getAttribute('height'), background?.getAttribute('fill')]).toEqual(['100%', '100%', '#ffffff']);
    expect(heading?.textContent).toBe('NPS by region & <month>');
    expect(root.getAttribute('aria-label')).toBe('Dot chart. NPS & CSAT <2024>');
  });

  it('writes the resolved colours on each element and drops the classes, which mean nothing outside the page', () => {
    const svg = makeChart();
    const file = parse(serialiseChart(svg, 'Chart', readStyle).svg);
    expect(file.querySelectorAll('[class]').length).toBe(0);
    const marker = file.querySelector('circle');
    expect([marker?.getAttribute('fill'), marker?.getAttribute('stroke'), marker?.getAttribute('stroke-width')]).toEqual(['rgb(10, 107, 92)', 'rgb(10, 107, 92)', '1.5px']);
    expect(file.querySelector('text:not(:first-of-type), g text')?.getAttribute('font-size')).toBe('12px');
    const grid = file.querySelector('line');
    expect([grid?.getAttribute('stroke'), grid?.getAttribute('opacity')]).toEqual(['rgb(217, 213, 204)', '0.5']);
    expect(file.documentElement.getAttribute('font-family')).toBe('system-ui, "Segoe UI", sans-serif');
  });

  it('writes an inherited property only where it differs from the parent’s, as the file inherits it the same way', () => {
    const svg = makeChart();
    const file = parse(serialiseChart(svg, 'Chart', readStyle).svg);
    // The row's fill and font size are its parent's: not repeated. The label's differ: written.
    const row = file.querySelector('g g');
    expect(row?.hasAttribute('fill')).toBe(false);
    expect(row?.hasAttribute('font-size')).toBe(false);
    expect(row?.querySelector('text')?.getAttribute('fill')).toBe('rgb(29, 28, 26)');
    // Opacity is not inherited: written only where it is not 1.
    expect(row?.hasAttribute('opacity')).toBe(false);
  });

  it('moves the chart below its caption and leaves the page’s chart as it was', () => {
    const svg = makeChart();
    const before = svg.outerHTML;
    const file = parse(serialiseChart(svg, 'Chart', readStyle).svg);
    expect(file.documentElement.lastElementChild?.getAttribute('transform')).toBe('translate(12 40)');
    expect(svg.outerHTML).toBe(before);
    expect(svg.getAttribute('style')).toBeNull();
  });

  it('never sets the page chart’s style attribute, which the content security policy refuses (only the CSSOM)', () => {
    const svg = makeChart();
    // The page shown dark, so the chart's scheme is switched to light and back (jsdom computes no color-scheme).
    const realGetComputedStyle = window.getComputedStyle.bind(window);
    vi.spyOn(window, 'getComputedStyle').mockImplementation((element) => {
      const real = realGetComputedStyle(element);
      return new Proxy(real, {
        get: (target, key) => {
          if (key === 'colorScheme') return (element as SVGSVGElement).style.colorScheme === 'light' ? 'light' : 'dark';
          const value: unknown = Reflect.get(target, key);
          return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
        },
      });
    });
    const colorSchemes: string[] = [];
    const setProperty = CSSStyleDeclaration.prototype.setProperty;
    vi.spyOn(svg.style, 'colorScheme', 'set').mockImplementation(function (this: CSSStyleDeclaration, value: string) {
      colorSchemes.push(value);
      setProperty.call(this, 'color-scheme', value);
    });
    // A chart with an inline style already (in Chromium a first export leaves an empty style=""; an island may
    // set one through the CSSOM): restoring it must not go through setAttribute.
    svg.style.setProperty('outline-color', 'red');
    const setAttribute = vi.spyOn(svg, 'setAttribute');
    serialiseChart(svg, 'Chart', readStyle);
    serialiseChart(svg, 'Chart', readStyle);
    expect(setAttribute.mock.calls.filter(([name]) => name === 'style')).toEqual([]);
    // Switched to light to read, and back, for each of the two exports.
    expect(colorSchemes).toEqual(['light', '', 'light', '']);
    expect(svg.style.getPropertyValue('color-scheme')).toBe('');
    expect(svg.style.getPropertyValue('outline-color')).toBe('red');
  });

  it('reads jsdom’s computed style by default and still gives well-formed SVG', () => {
    const style = document.createElement('style');
    style.textContent = '.survey-chart__marker { fill: rgb(1, 2, 3); }';
    document.head.append(style);
    const svg = makeChart();
    const file = parse(serialiseChart(svg, 'Chart').svg);
    expect(file.querySelector('parsererror')).toBeNull();
    expect(file.querySelector('circle')?.getAttribute('fill')).toBe('rgb(1, 2, 3)');
    style.remove();
  });

  it('falls back to a 640 × 320 chart when the viewBox cannot be read', () => {
    const svg = makeChart();
    svg.setAttribute('viewBox', 'nonsense');
    const chart = serialiseChart(svg, 'Chart', readStyle);
    expect([chart.width, chart.height]).toEqual([664, 372]);
    expect(chart.svg).not.toMatch(/NaN|Infinity/);
  });
});

describe('getChartFileName', () => {
  it('names the file after the caption, or "chart" when no letters are left', () => {
    expect(getChartFileName('NPS by region, 2024', 'svg')).toBe('nps-by-region-2024.svg');
    expect(getChartFileName('Première visite — en ligne!', 'png')).toBe('premiere-visite-en-ligne.png');
    expect(getChartFileName('東京', 'png')).toBe('chart.png');
    expect(getChartFileName('', 'svg')).toBe('chart.svg');
  });
});
