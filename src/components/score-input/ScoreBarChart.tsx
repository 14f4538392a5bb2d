import { formatCount, formatPercent } from './format.ts';

/** How a bar reads: the good end of the scale, the middle, or the bad end. */
export type BarTone = 'good' | 'middle' | 'bad';

export type ScoreBar = {
  /** The scale point, e.g. "9". */
  readonly label: string;
  readonly count: number;
  readonly tone: BarTone;
  /** The group the point belongs to, e.g. "Promoter" (shown in the table). */
  readonly group: string;
};

export interface ScoreBarChartProps {
  /** Caption of the table and start of the chart's label, e.g. "Answers by score, 0 to 10". */
  readonly caption: string;
  readonly bars: readonly ScoreBar[];
  readonly n: number;
  /** Tones in the legend, with their names. */
  readonly legend: readonly { readonly tone: BarTone; readonly label: string }[];
}

const BAR_SLOT = 34;
const BAR_WIDTH = 24;
const PLOT_TOP = 18;
const PLOT_HEIGHT = 120;
const AXIS_LABEL_Y = PLOT_TOP + PLOT_HEIGHT + 16;
const CHART_HEIGHT = AXIS_LABEL_Y + 6;

/** "Answers by score, 0 to 10: 250 answers; most often 10 (60, 24.0%)". */
function describeChart(caption: string, bars: readonly ScoreBar[], n: number): string {
  let top: ScoreBar | undefined;
  for (const bar of bars) if (!top || bar.count > top.count) top = bar;
  const most = top && n > 0 ? `; most often ${top.label} (${formatCount(top.count)}, ${formatPercent(top.count / n)})` : '';
  const all = bars.map((bar) => `${bar.label}: ${formatCount(bar.count)}`).join(', ');
  return `Bar chart. ${caption}: ${formatCount(n)} answers${most}. ${all}.`;
}

/**
 * A bar chart of how many gave each score, as an SVG image with a summary label, plus the numbers in a
 * table beside it (the chart is a picture of the table, never the only place a number is).
 */
export function ScoreBarChart({ caption, bars, n, legend }: ScoreBarChartProps) {
  const max = Math.max(1, ...bars.map((bar) => bar.count));
  const width = bars.length * BAR_SLOT;
  return (
    <div className="score-chart">
      <figure className="score-chart__figure">
        <svg
          className="bar-chart score-chart__svg"
          role="img"
          aria-label={describeChart(caption, bars, n)}
          viewBox={`0 0 ${String(width)} ${String(CHART_HEIGHT)}`}
          preserveAspectRatio="xMidYMid meet"
        >
          <line className="score-chart__axis" x1={0} x2={width} y1={PLOT_TOP + PLOT_HEIGHT} y2={PLOT_TOP + PLOT_HEIGHT} />
          {bars.map((bar, index) => {
            const height = bar.count === 0 ? 0 : Math.max(2, (bar.count / max) * PLOT_HEIGHT);
            const x = index * BAR_SLOT + (BAR_SLOT - BAR_WIDTH) / 2;
            const centre = index * BAR_SLOT + BAR_SLOT / 2;
            return (
              <g key={bar.label}>
                <rect className={`score-chart__bar score-chart__bar--${bar.tone}`} x={x} y={PLOT_TOP + PLOT_HEIGHT - height} width={BAR_WIDTH} height={height} rx={2} />
                <text x={centre} y={PLOT_TOP + PLOT_HEIGHT - height - 4} textAnchor="middle" className="score-chart__share">
                  {n > 0 ? `${formatCount(Math.round((bar.count / n) * 100))}%` : ''}
                </text>
                <text x={centre} y={AXIS_LABEL_Y} textAnchor="middle">
                  {bar.label}
                </text>
              </g>
            );
          })}
        </svg>
        <figcaption className="score-chart__legend">
          {legend.map((item) => (
            <span key={item.tone} className="score-chart__key">
              <span className={`score-chart__swatch score-chart__bar--${item.tone}`} aria-hidden="true" />
              {item.label}
            </span>
          ))}
        </figcaption>
      </figure>
      <table className="score-chart__table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Score</th>
            <th scope="col" className="score-chart__group">
              Group
            </th>
            <th scope="col">Answers</th>
            <th scope="col">Share</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.label}>
              <th scope="row">{bar.label}</th>
              <td className="score-chart__group">{bar.group}</td>
              <td>{formatCount(bar.count)}</td>
              <td>{n > 0 ? formatPercent(bar.count / n) : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
