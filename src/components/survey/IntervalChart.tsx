import type { Ref } from 'react';
import { formatChartValue, getChartDecimals } from '../../lib/chart/chart-number.ts';
import { createLinearScale, getDrawableDomain, getNiceTicks, getTickCount, getTrianglePath } from '../../lib/chart/chart-scale.ts';
import { truncateToWidth } from '../../lib/chart/text-width.ts';
import { formatNumber, STABLE_LOCALE } from '../../lib/text/format.ts';
import './survey.css';

/** One segment: its score and the interval around it. */
export type IntervalRow = {
  /** Stable key, e.g. the segment's id. */
  readonly id: string;
  /** The segment's name; cut with "…" in the chart when long, whole in the tooltip and the table. */
  readonly label: string;
  /** How many answers the score comes from. */
  readonly n: number;
  /** The score, or null when the segment has no answers. */
  readonly value: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
  /** Why the row is greyed out, e.g. "fewer than 30 answers" (shown in the table). */
  readonly muted?: string | undefined;
  /** The segment differs from the rest: drawn as a triangle pointing up (above) or down (below). */
  readonly flag?: 'above' | 'below' | null | undefined;
};

export interface IntervalChartProps {
  /** What the chart shows, e.g. "NPS by region, with 95% intervals": the table's caption and the chart's label. */
  readonly caption: string;
  /** 'points' (NPS), '%' (CSAT, values 0 to 100) or '' (a mean, as CES). */
  readonly unit: string;
  /** The axis's ends, e.g. [-100, 100] for NPS, [0, 100] CSAT %, [1, 7] CES. Values outside are drawn at the edge. */
  readonly domain: readonly [number, number];
  /** The overall score, drawn as a vertical line across every row. */
  readonly reference?: { readonly value: number; readonly label: string } | null | undefined;
  /** One row per segment, drawn in the order given. */
  readonly rows: readonly IntervalRow[];
  /** The table's rows when the chart draws only some (the top ones of many); default: the chart's. */
  readonly tableRows?: readonly IntervalRow[] | undefined;
  /** Locale of the numbers (default STABLE_LOCALE, so the server render and hydration match). */
  readonly locale?: string | undefined;
  /** The chart's <svg>, for the export buttons. */
  readonly svgRef?: Ref<SVGSVGElement> | undefined;
}

const WIDTH = 640;
const LABEL_WIDTH = 176;
const PLOT_LEFT = 196;
const PLOT_RIGHT = 548;
const VALUE_RIGHT = WIDTH - 4;
const FONT_SIZE = 12;
/** Room for the reference's label (first line) and the axis's tick labels (second line). */
const PLOT_TOP = 44;
const ROW_HEIGHT = 24;
const TICK_LABEL_GAP = 8;
/** A long chart repeats its tick labels below the last row, so the scale is in sight at both ends. */
const ROWS_FOR_BOTTOM_AXIS = 12;
const DOT_RADIUS = 4.5;
const CAP_HALF_HEIGHT = 5;
const TRIANGLE_SIZE = 6;

const FLAG_WORDS = { above: 'Above the rest', below: 'Below the rest' } as const;
const FLAG_SYMBOLS = { above: '▲', below: '▼' } as const;

function hasValue(row: IntervalRow): row is IntervalRow & { readonly value: number } {
  return row.value !== null && Number.isFinite(row.value);
}

/** "Dot-and-whisker chart. NPS by region: 4 segments; highest North (42), lowest West (−3). …" */
function describeChart(props: IntervalChartProps, format: (value: number | null) => string): string {
  const { caption, rows, reference } = props;
  const parts = [`Dot-and-whisker chart. ${caption}: ${formatNumber(rows.length, { locale: props.locale })} ${rows.length === 1 ? 'segment' : 'segments'}`];
  const withValue = rows.filter(hasValue);
  let highest: (typeof withValue)[number] | undefined;
  let lowest: (typeof withValue)[number] | undefined;
  for (const row of withValue) {
    if (!highest || row.value > highest.value) highest = row;
    if (!lowest || row.value < lowest.value) lowest = row;
  }
  if (highest && lowest && highest !== lowest) parts.push(`; highest ${highest.label} (${format(highest.value)}), lowest ${lowest.label} (${format(lowest.value)})`);
  else if (highest) parts.push(`; ${highest.label}: ${format(highest.value)}`);
  parts.push('.');
  if (reference && Number.isFinite(reference.value)) parts.push(` ${reference.label}: ${format(reference.value)}.`);
  const noAnswers = rows.length - withValue.length;
  if (noAnswers > 0) parts.push(` ${formatNumber(noAnswers, { locale: props.locale })} without answers.`);
  const muted = rows.filter((row) => row.muted).length;
  if (muted > 0) parts.push(` ${formatNumber(muted, { locale: props.locale })} greyed out.`);
  const above = rows.filter((row) => row.flag === 'above').length;
  const below = rows.filter((row) => row.flag === 'below').length;
  if (above + below > 0) parts.push(` ${formatNumber(above, { locale: props.locale })} above the rest, ${formatNumber(below, { locale: props.locale })} below.`);
  parts.push(' Every number is in the table that follows.');
  return parts.join('');
}

/** What the table's last column says about a row: no answers, why it is greyed, how it differs. */
function describeRowNote(row: IntervalRow): string {
  const notes: string[] = [];
  if (!hasValue(row)) notes.push('No answers');
  if (row.muted) notes.push(`Greyed out: ${row.muted}`);
  if (row.flag) notes.push(FLAG_WORDS[row.flag]);
  return notes.join('; ');
}

/**
 * Scores by segment as dots with whiskers (the interval), one row per segment, with the overall score as a
 * vertical line; and the same numbers in a table behind "Show as table". The SVG is a picture of the table
 * (role="img" with a summary); the table is where a screen reader reads the numbers. Pure: same props, same
 * markup, on the server and in the browser.
 */
export function IntervalChart(props: IntervalChartProps) {
  const { caption, unit, rows, reference, locale = STABLE_LOCALE, svgRef } = props;
  const domain = getDrawableDomain(props.domain);
  const decimals = getChartDecimals(domain);
  const format = (value: number | null) => formatChartValue(value, unit, { maximumDecimals: decimals, locale });
  const x = createLinearScale(domain, [PLOT_LEFT, PLOT_RIGHT]);
  const ticks = getNiceTicks(domain, getTickCount(domain));
  const rowCount = Math.max(1, rows.length);
  const plotBottom = PLOT_TOP + rowCount * ROW_HEIGHT;
  const hasBottomAxis = rows.length > ROWS_FOR_BOTTOM_AXIS;
  const height = plotBottom + (hasBottomAxis ? 24 : 8);
  const referenceX = reference && Number.isFinite(reference.value) ? x(reference.value) : null;
  const valueHeading = unit === 'points' ? 'Score (points)' : 'Score';
  const hasMuted = rows.some((row) => row.muted);
  const flags = new Set(rows.flatMap((row) => (row.flag ? [row.flag] : [])));

  return (
    <div className="survey-chart survey-chart--interval">
      {/* Focusable so a keyboard can scroll it sideways where a small screen keeps the chart at a readable width. */}
      <figure className="survey-chart__figure" tabIndex={0} aria-label={`${props.caption} (chart)`}>
        <svg
          ref={svgRef}
          className="survey-chart__svg"
          role="img"
          aria-label={describeChart({ ...props, locale }, format)}
          viewBox={`0 0 ${String(WIDTH)} ${String(height)}`}
          focusable="false"
        >
          <text className="survey-chart__heading" x={0} y={PLOT_TOP - TICK_LABEL_GAP}>
            Segment
          </text>
          <text className="survey-chart__heading" x={VALUE_RIGHT} y={PLOT_TOP - TICK_LABEL_GAP} textAnchor="end">
            Score
          </text>
          {rows.map((row, index) =>
            index % 2 === 1 ? <rect key={row.id} className="survey-chart__stripe" x={0} y={PLOT_TOP + index * ROW_HEIGHT} width={WIDTH} height={ROW_HEIGHT} /> : null,
          )}
          {ticks.map((tick, index) => (
            // Ticks of an extreme domain can round to the same text: the position is the key.
            <g key={index}>
              <line className={tick === 0 ? 'survey-chart__grid survey-chart__grid--zero' : 'survey-chart__grid'} x1={x(tick)} x2={x(tick)} y1={PLOT_TOP} y2={plotBottom} />
              <text className="survey-chart__tick" x={x(tick)} y={PLOT_TOP - TICK_LABEL_GAP} textAnchor="middle">
                {format(tick)}
              </text>
              {hasBottomAxis ? (
                <text className="survey-chart__tick" x={x(tick)} y={plotBottom + 16} textAnchor="middle">
                  {format(tick)}
                </text>
              ) : null}
            </g>
          ))}
          {rows.length === 0 ? (
            <text className="survey-chart__note" x={PLOT_LEFT} y={PLOT_TOP + ROW_HEIGHT / 2} dy="0.35em">
              No segments to show
            </text>
          ) : null}
          {rows.map((row, index) => {
            const centre = PLOT_TOP + index * ROW_HEIGHT + ROW_HEIGHT / 2;
            const classes = ['survey-chart__row', row.muted ? 'survey-chart__row--muted' : '', row.flag ? `survey-chart__row--${row.flag}` : ''].filter(Boolean).join(' ');
            const hasInterval = row.lower !== null && row.upper !== null && Number.isFinite(row.lower) && Number.isFinite(row.upper);
            const tooltip = `${row.label}: ${hasValue(row) ? format(row.value) : 'no answers'}${hasInterval ? ` (${format(row.lower)} to ${format(row.upper)})` : ''}, ${formatNumber(row.n, { locale })} answers${row.muted ? `; greyed out: ${row.muted}` : ''}${row.flag ? `; ${FLAG_WORDS[row.flag].toLowerCase()}` : ''}`;
            return (
              <g key={row.id} className={classes} data-row={row.id}>
                <title>{tooltip}</title>
                <text className="survey-chart__label" x={0} y={centre} dy="0.35em">
                  {truncateToWidth(row.label, LABEL_WIDTH, FONT_SIZE)}
                </text>
                {hasInterval ? (
                  <g className="survey-chart__whisker">
                    <line x1={x(row.lower ?? 0)} x2={x(row.upper ?? 0)} y1={centre} y2={centre} />
                    <line x1={x(row.lower ?? 0)} x2={x(row.lower ?? 0)} y1={centre - CAP_HALF_HEIGHT} y2={centre + CAP_HALF_HEIGHT} />
                    <line x1={x(row.upper ?? 0)} x2={x(row.upper ?? 0)} y1={centre - CAP_HALF_HEIGHT} y2={centre + CAP_HALF_HEIGHT} />
                  </g>
                ) : null}
                {!hasValue(row) ? (
                  <text className="survey-chart__note" x={PLOT_LEFT + 4} y={centre} dy="0.35em">
                    no answers
                  </text>
                ) : row.flag ? (
                  <path className="survey-chart__marker" d={getTrianglePath(x(row.value), centre, TRIANGLE_SIZE, row.flag)} />
                ) : (
                  <circle className="survey-chart__marker" cx={x(row.value)} cy={centre} r={DOT_RADIUS} />
                )}
                <text className="survey-chart__value" x={VALUE_RIGHT} y={centre} dy="0.35em" textAnchor="end">
                  {`${format(row.value)}${row.flag ? ` ${FLAG_SYMBOLS[row.flag]}` : ''}`}
                </text>
              </g>
            );
          })}
          {reference && referenceX !== null ? (
            <g className="survey-chart__reference">
              <line x1={referenceX} x2={referenceX} y1={PLOT_TOP - 4} y2={plotBottom} />
              <text
                x={referenceX}
                y={14}
                textAnchor={referenceX < PLOT_LEFT + 70 ? 'start' : referenceX > PLOT_RIGHT - 70 ? 'end' : 'middle'}
              >{`${reference.label}: ${format(reference.value)}`}</text>
            </g>
          ) : null}
        </svg>
        <figcaption className="survey-chart__legend">
          <span className="survey-chart__key">
            <svg className="survey-chart__swatch" viewBox="0 0 24 12" aria-hidden="true" focusable="false">
              <g className="survey-chart__whisker">
                <line x1={2} x2={22} y1={6} y2={6} />
              </g>
              <circle className="survey-chart__marker" cx={12} cy={6} r={4} />
            </svg>
            Score with its interval
          </span>
          {referenceX !== null && reference ? (
            <span className="survey-chart__key">
              <svg className="survey-chart__swatch" viewBox="0 0 24 12" aria-hidden="true" focusable="false">
                <g className="survey-chart__reference">
                  <line x1={12} x2={12} y1={0} y2={12} />
                </g>
              </svg>
              {reference.label}
            </span>
          ) : null}
          {(['above', 'below'] as const)
            .filter((flag) => flags.has(flag))
            .map((flag) => (
              <span key={flag} className={`survey-chart__key survey-chart__row--${flag}`}>
                <svg className="survey-chart__swatch" viewBox="0 0 24 12" aria-hidden="true" focusable="false">
                  <path className="survey-chart__marker" d={flag === 'above' ? 'M12 1L17 10H7Z' : 'M12 11L17 2H7Z'} />
                </svg>
                {FLAG_WORDS[flag]}
              </span>
            ))}
          {hasMuted ? (
            <span className="survey-chart__key survey-chart__row--muted">
              <svg className="survey-chart__swatch" viewBox="0 0 24 12" aria-hidden="true" focusable="false">
                <g className="survey-chart__whisker">
                  <line x1={2} x2={22} y1={6} y2={6} />
                </g>
                <circle className="survey-chart__marker" cx={12} cy={6} r={4} />
              </svg>
              Greyed out (the table says why)
            </span>
          ) : null}
        </figcaption>
      </figure>
      <details className="survey-chart__details">
        <summary>
          Show as table<span className="visually-hidden">: {caption}</span>
        </summary>
        <div className="survey-chart__table-scroll" role="region" aria-label={`${caption} (table)`} tabIndex={0}>
          <table className="survey-chart__table">
            <caption>
              {caption}
              {reference && Number.isFinite(reference.value) ? `. ${reference.label}: ${format(reference.value)}` : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col">Segment</th>
                <th scope="col">Answers</th>
                <th scope="col">{valueHeading}</th>
                <th scope="col">Lower bound</th>
                <th scope="col">Upper bound</th>
                <th scope="col">Note</th>
              </tr>
            </thead>
            <tbody>
              {(props.tableRows ?? rows).map((row) => (
                <tr key={row.id} className={row.muted ? 'survey-chart__table-row--muted' : undefined}>
                  <th scope="row">{row.label}</th>
                  <td>{formatNumber(row.n, { locale })}</td>
                  <td>{format(row.value)}</td>
                  <td>{format(row.lower)}</td>
                  <td>{format(row.upper)}</td>
                  <td>{describeRowNote(row)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
