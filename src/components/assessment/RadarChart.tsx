import { SCORE_RANGE } from '../../lib/assessment/maturity-level.ts';
import { getShortDimensionName } from './labels.ts';

/** Styles for one line per group (roles): each its own colour, dash pattern and marker shape, so none relies on colour. */
export const GROUP_VARIANTS = ['group-1', 'group-2', 'group-3', 'group-4', 'group-5', 'group-6'] as const;
export type GroupVariant = (typeof GROUP_VARIANTS)[number];

/** One shape on the chart: a value (1–5) per axis, `undefined` where there is none. */
export type RadarSeries = {
  readonly name: string;
  readonly values: readonly (number | undefined)[];
  readonly variant: 'today' | 'target' | GroupVariant;
};

/** A point's marker: a circle for today and the target; for groups a shape per group (circle, square, triangle, diamond, cross, ring). */
function Marker({ variant, x, y }: { readonly variant: RadarSeries['variant']; readonly x: number; readonly y: number }) {
  const size = 4.5;
  const at = (dx: number, dy: number) => `${(x + dx).toFixed(1)},${(y + dy).toFixed(1)}`;
  switch (variant) {
    case 'group-2':
      return <rect x={(x - size).toFixed(1)} y={(y - size).toFixed(1)} width={size * 2} height={size * 2} />;
    case 'group-3':
      return <polygon points={`${at(0, -size - 1)} ${at(size + 1, size)} ${at(-size - 1, size)}`} />;
    case 'group-4':
      return <polygon points={`${at(0, -size - 1)} ${at(size + 1, 0)} ${at(0, size + 1)} ${at(-size - 1, 0)}`} />;
    case 'group-5':
      return <path className="radar__cross" d={`M${at(-size, -size)}L${at(size, size)}M${at(size, -size)}L${at(-size, size)}`} />;
    case 'group-6':
      return <circle className="radar__ring" cx={x.toFixed(1)} cy={y.toFixed(1)} r={size} />;
    default:
      return <circle cx={x.toFixed(1)} cy={y.toFixed(1)} r={variant.startsWith('group') ? size : 3.5} />;
  }
}

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
              <Marker key={`${point.x},${point.y}`} variant={shape.variant} x={point.x} y={point.y} />
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
            <svg width="36" height="14" viewBox="0 0 36 14" className={`radar__series radar__series--${shape.variant}`}>
              <line x1="2" y1="7" x2="34" y2="7" />
              {shape.variant.startsWith('group') && <Marker variant={shape.variant} x={18} y={7} />}
            </svg>
            {shape.name}
          </li>
        ))}
      </ul>
    </div>
  );
}
