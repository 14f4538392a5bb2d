import { SCORE_RANGE } from '../../lib/assessment/maturity-level.ts';
import { getShortDimensionName } from './labels.ts';

/** One shape on the chart: a value (1–5) per axis, `undefined` where there is none. */
export type RadarSeries = {
  readonly name: string;
  readonly values: readonly (number | undefined)[];
  readonly variant: 'today' | 'target';
};

export interface RadarChartProps {
  /** Unique on the page, for the title and description ids. */
  readonly id: string;
  /** Axis names, in order (the dimensions). */
  readonly axes: readonly string[];
  readonly series: readonly RadarSeries[];
  /** Short name of the chart, read first by screen readers. */
  readonly title: string;
  /** The figures in words; a table with the same numbers follows the chart. */
  readonly description: string;
}

const RADIUS = 118;
const LABEL_GAP = 16;
const LINE_CHARACTERS = 15;
const RINGS = [1, 2, 3, 4, 5] as const;

function getPoint(index: number, count: number, value: number): { x: number; y: number } {
  const angle = -Math.PI / 2 + (index * 2 * Math.PI) / count;
  const distance = (Math.min(Math.max(value, 0), SCORE_RANGE.max) / SCORE_RANGE.max) * RADIUS;
  return { x: Math.cos(angle) * distance, y: Math.sin(angle) * distance };
}

function wrapWords(text: string): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= LINE_CHARACTERS) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

function toPoints(points: readonly { x: number; y: number }[]): string {
  return points.map(({ x, y }) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');
}

type Layout = 'wide' | 'narrow';

/** The wide layout names each axis; the narrow one (small screens) numbers them, leaving room for a bigger chart. */
const VIEW_BOXES: Record<Layout, string> = { wide: '-270 -185 540 370', narrow: '-150 -150 300 300' };

function RadarSvg({ id, axes, series, title, description, layout }: RadarChartProps & { readonly layout: Layout }) {
  const count = axes.length;
  const titleId = `${id}-${layout}-title`;
  const descriptionId = `${id}-${layout}-description`;
  return (
    <svg
      className={`radar__svg radar__svg--${layout}`}
      viewBox={VIEW_BOXES[layout]}
      role="img"
      aria-labelledby={`${titleId} ${descriptionId}`}
      focusable="false"
    >
      <title id={titleId}>{title}</title>
      <desc id={descriptionId}>{description}</desc>
      <g className="radar__grid" aria-hidden="true">
        {RINGS.map((ring) => (
          <polygon key={ring} points={toPoints(axes.map((_, index) => getPoint(index, count, ring)))} />
        ))}
        {axes.map((axis, index) => {
          const end = getPoint(index, count, SCORE_RANGE.max);
          return <line key={axis} x1="0" y1="0" x2={end.x.toFixed(1)} y2={end.y.toFixed(1)} />;
        })}
      </g>
      <g className="radar__ring-labels" aria-hidden="true">
        {RINGS.map((ring) => (
          <text key={ring} x="4" y={(-(ring / SCORE_RANGE.max) * RADIUS + 11).toFixed(1)}>
            {ring}
          </text>
        ))}
      </g>
      {series.map((shape) => {
        const points = shape.values.flatMap((value, index) => (value === undefined || !Number.isFinite(value) ? [] : [getPoint(index, count, value)]));
        return (
          <g key={shape.name} className={`radar__series radar__series--${shape.variant}`} aria-hidden="true">
            {points.length >= 3 && <polygon points={toPoints(points)} />}
            {points.length === 2 && <polyline points={toPoints(points)} />}
            {points.map((point) => (
              <circle key={`${point.x},${point.y}`} cx={point.x.toFixed(1)} cy={point.y.toFixed(1)} r="3.5" />
            ))}
          </g>
        );
      })}
      <g className="radar__labels" aria-hidden="true">
        {axes.map((axis, index) => {
          const angle = -Math.PI / 2 + (index * 2 * Math.PI) / count;
          const x = Math.cos(angle) * (RADIUS + LABEL_GAP);
          const y = Math.sin(angle) * (RADIUS + LABEL_GAP);
          const anchor = Math.abs(x) < 1 ? 'middle' : x > 0 ? 'start' : 'end';
          if (layout === 'narrow') {
            return (
              <text key={axis} className="radar__number" x={x.toFixed(1)} y={(y + 6).toFixed(1)} textAnchor={anchor}>
                {index + 1}
              </text>
            );
          }
          // A no-break space keeps the number with the first word.
          const lines = wrapWords(`${index + 1}.\u00a0${getShortDimensionName(axis)}`);
          const lineHeight = 15;
          // Labels above the chart grow upwards, labels below grow downwards, side labels centre on the axis.
          const firstLineY = Math.abs(x) < 1 ? (y < 0 ? y - (lines.length - 1) * lineHeight : y + 10) : y - ((lines.length - 1) * lineHeight) / 2 + 4;
          return (
            <text key={axis} className="radar__name" x={x.toFixed(1)} y={firstLineY.toFixed(1)} textAnchor={anchor}>
              {lines.map((line, lineIndex) => (
                <tspan key={line} x={x.toFixed(1)} dy={lineIndex === 0 ? 0 : lineHeight}>
                  {line}
                </tspan>
              ))}
            </text>
          );
        })}
      </g>
    </svg>
  );
}

/**
 * A radar (spider) chart of scores from 1 to 5 on each axis, drawn as plain SVG. It is an image with a
 * text description; the page shows the same numbers in a table beside it. Two layouts are drawn and CSS
 * shows one, so small screens get numbered axes and a larger chart.
 */
export function RadarChart(props: RadarChartProps) {
  if (props.axes.length < 3) return null;
  return (
    <div className="radar">
      <RadarSvg {...props} layout="wide" />
      <RadarSvg {...props} layout="narrow" />
      <ul className="radar__legend" aria-hidden="true">
        {props.series.map((shape) => (
          <li key={shape.name}>
            <svg width="28" height="12" viewBox="0 0 28 12" className={`radar__series radar__series--${shape.variant}`}>
              <line x1="2" y1="6" x2="26" y2="6" />
            </svg>
            {shape.name}
          </li>
        ))}
      </ul>
    </div>
  );
}
