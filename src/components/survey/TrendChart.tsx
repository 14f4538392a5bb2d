import { useEffect, useRef, type Ref } from 'react';
import { formatChartValue, getChartDecimals } from '../../lib/chart/chart-number.ts';
import { createLinearScale, getDrawableDomain, getLabelStride, getNiceTicks, getTickCount, getTrianglePath, roundCoordinate } from '../../lib/chart/chart-scale.ts';
import { estimateTextWidth, wrapToWidth } from '../../lib/chart/text-width.ts';
import { formatNumber, STABLE_LOCALE } from '../../lib/text/format.ts';
import './survey.css';

/** One time period: its score and the interval around it. */
export type TrendPoint = {
  /** Stable key, e.g. "2024-01". */
  readonly id: string;
  /** The period as a reader names it, e.g. "Jan 2024". */
  readonly label: string;
  /** How many answers the score comes from. */
  readonly n: number;
  /** The score, or null when the period has no answers (the line breaks there). */
  readonly value: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
  /** Too few answers to trust: drawn hollow. */
  readonly tooFew?: boolean | undefined;
  /** Outside the control limits (control view only): drawn as a triangle up or down, and said in the table. */
  readonly moved?: 'above' | 'below' | null | undefined;
};

/** A control chart's centre line and each period's limits (in the order of the points; null: no limit). */
export type TrendControl = {
  readonly centre: number;
  readonly limits: readonly { readonly lower: number | null; readonly upper: number | null }[];
};

export interface TrendChartProps {
  /** What the chart shows, e.g. "NPS by month, with 95% intervals": the table's caption and the chart's label. */
  readonly caption: string;
  /** 'points' (NPS), '%' (CSAT, values 0 to 100) or '' (a mean, as CES). */
  readonly unit: string;
  /** The value axis's ends, e.g. [-100, 100]. Values outside are drawn at the edge. */
  readonly domain: readonly [number, number];
  /** The periods in time order; up to about 120 (axis labels are thinned to fit). */
  readonly points: readonly TrendPoint[];
  /**
   * The control chart view: the centre line and the per-period limits as a stepped line, with points outside
   * them marked. The interval band is left out in this view, so the limits are the only lines around the score.
   */
  readonly control?: TrendControl | null | undefined;
  /** Locale of the numbers (default STABLE_LOCALE, so the server render and hydration match). */
  readonly locale?: string | undefined;
  /** The chart's <svg>, for the export buttons. */
  readonly svgRef?: Ref<SVGSVGElement> | undefined;
}

const WIDTH = 640;
const HEIGHT = 280;
const PLOT_LEFT = 56;
const PLOT_RIGHT = 628;
const PLOT_TOP = 24;
const PLOT_BOTTOM = 226;
const AXIS_FONT_SIZE = 11;
/** A period label wider than this goes on two lines ("week of 15" / "Jan 2024"), then is cut with "…" (the table has it whole). */
const MAX_PERIOD_LABEL_WIDTH = 84;
const PERIOD_LABEL_LINES = 2;
const PERIOD_LABEL_LINE_HEIGHT = 13;
const PERIOD_LABEL_GAP = 10;
/** Periods at least this far apart (in viewBox units) get "no answers" written beside their gap line, and "above" or "below" by a moved point (up to 11 periods: the words would touch their neighbours' beyond). */
const SLOT_FOR_GAP_TEXT = 16;
const SLOT_FOR_MOVED_TEXT = 48;

const MOVED_WORDS = { above: 'Above the upper limit', below: 'Below the lower limit' } as const;

function hasValue(point: TrendPoint): point is TrendPoint & { readonly value: number } {
  return point.value !== null && Number.isFinite(point.value);
}

function isFiniteNumber(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Runs of neighbouring indices for which `include` holds: the pieces a line or band is drawn in. */
function getRuns(count: number, include: (index: number) => boolean): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  for (let index = 0; index < count; index += 1) {
    if (include(index)) run.push(index);
    else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** The stepped line through each period's limit: flat across its slot, a vertical step to the next one. */
function getSteppedPath(limits: readonly (number | null)[], centreX: (index: number) => number, halfSlot: number, y: (value: number) => number): string {
  let path = '';
  let previous: number | null = null;
  limits.forEach((limit, index) => {
    if (!isFiniteNumber(limit)) {
      previous = null;
      return;
    }
    const left = String(roundCoordinate(centreX(index) - halfSlot));
    const right = String(roundCoordinate(centreX(index) + halfSlot));
    path += previous === null ? `M${left} ${String(y(limit))}` : `V${String(y(limit))}`;
    path += `H${right}`;
    previous = limit;
  });
  return path;
}

/** "Line chart. NPS by month: 12 periods, Jan 2024 to Dec 2024. Latest (Dec 2024): 32. …" */
function describeChart(props: TrendChartProps, locale: string, format: (value: number | null) => string): string {
  const { caption, points, control } = props;
  const count = (value: number) => formatNumber(value, { locale });
  const first = points[0];
  const last = points.at(-1);
  const parts = [`Line chart. ${caption}: ${count(points.length)} ${points.length === 1 ? 'period' : 'periods'}`];
  if (first && last && first !== last) parts.push(`, ${first.label} to ${last.label}`);
  else if (first) parts.push(`, ${first.label}`);
  parts.push('.');
  const withValue = points.filter(hasValue);
  const latest = withValue.at(-1);
  if (latest) parts.push(` Latest (${latest.label}): ${format(latest.value)}.`);
  let highest: (typeof withValue)[number] | undefined;
  let lowest: (typeof withValue)[number] | undefined;
  for (const point of withValue) {
    if (!highest || point.value > highest.value) highest = point;
    if (!lowest || point.value < lowest.value) lowest = point;
  }
  if (highest && lowest && highest !== lowest) parts.push(` Highest ${format(highest.value)} (${highest.label}), lowest ${format(lowest.value)} (${lowest.label}).`);
  const empty = points.length - withValue.length;
  if (empty > 0) parts.push(` ${count(empty)} with no answers.`);
  const tooFew = withValue.filter((point) => point.tooFew).length;
  if (tooFew > 0) parts.push(` ${count(tooFew)} with too few answers, drawn hollow.`);
  if (control) {
    const above = points.filter((point) => point.moved === 'above').length;
    const below = points.filter((point) => point.moved === 'below').length;
    parts.push(` Control chart: centre line ${format(control.centre)}; ${count(above)} above the upper limit, ${count(below)} below the lower limit.`);
  }
  parts.push(' Every number is in the table that follows.');
  return parts.join('');
}

/** What the table's last column says about a period. */
function describePointNote(point: TrendPoint, control: TrendControl | null | undefined): string {
  const notes: string[] = [];
  if (!hasValue(point)) notes.push('No answers');
  else if (point.tooFew) notes.push('Too few answers');
  if (control && point.moved) notes.push(MOVED_WORDS[point.moved]);
  return notes.join('; ');
}

/**
 * A score over time periods: a line (broken where a period has no answers) with its interval as a band, or, in
 * the control chart view, with the centre line and stepped limits; and the same numbers in a table behind
 * "Show as table". Axis labels are thinned to every 2nd, 3rd, 6th, 12th… period when they would overlap.
 * Pure: same props, same markup, on the server and in the browser.
 */
export function TrendChart(props: TrendChartProps) {
  const { caption, unit, points, control, locale = STABLE_LOCALE, svgRef } = props;
  const figureRef = useRef<HTMLElement>(null);
  // Where a small screen scrolls the chart sideways, show the latest periods first.
  useEffect(() => {
    const figure = figureRef.current;
    if (figure && figure.scrollWidth > figure.clientWidth) figure.scrollLeft = figure.scrollWidth;
  }, [points.length]);
  const domain = getDrawableDomain(props.domain);
  const decimals = getChartDecimals(domain);
  const format = (value: number | null) => formatChartValue(value, unit, { maximumDecimals: decimals, locale });
  const y = createLinearScale(domain, [PLOT_BOTTOM, PLOT_TOP]);
  const ticks = getNiceTicks(domain, getTickCount(domain));
  const slot = (PLOT_RIGHT - PLOT_LEFT) / Math.max(1, points.length);
  const centreX = (index: number) => roundCoordinate(PLOT_LEFT + (index + 0.5) * slot);
  const periodLabels = points.map((point) => wrapToWidth(point.label, MAX_PERIOD_LABEL_WIDTH, AXIS_FONT_SIZE, PERIOD_LABEL_LINES));
  const widestLabel = Math.max(0, ...periodLabels.flat().map((line) => estimateTextWidth(line, AXIS_FONT_SIZE)));
  const stride = getLabelStride(slot, widestLabel + PERIOD_LABEL_GAP);
  const markerRadius = Math.min(4.5, Math.max(2, slot * 0.3));
  const capHalfWidth = Math.min(6, Math.max(1.5, slot * 0.3));
  const showBand = !control;
  const hasInterval = (index: number) => {
    const point = points[index];
    return point !== undefined && isFiniteNumber(point.lower) && isFiniteNumber(point.upper);
  };
  const bandRuns = showBand ? getRuns(points.length, hasInterval) : [];
  const lineRuns = getRuns(points.length, (index) => {
    const point = points[index];
    return point !== undefined && hasValue(point);
  });
  const limits = control ? points.map((_, index) => control.limits[index] ?? { lower: null, upper: null }) : [];
  const hasGaps = points.some((point) => !hasValue(point));
  const hasTooFew = points.some((point) => hasValue(point) && point.tooFew);
  const movedShown = new Set(control ? points.flatMap((point) => (hasValue(point) && point.moved ? [point.moved] : [])) : []);
  const unitNote = unit === 'points' ? 'points' : '';
  const valueHeading = unit === 'points' ? 'Score (points)' : 'Score';

  return (
    <div className={`survey-chart survey-chart--trend${control ? ' survey-chart--control' : ''}`}>
      {/* Focusable so a keyboard can scroll it sideways where a small screen keeps the chart at a readable width. */}
      <figure ref={figureRef} className="survey-chart__figure" tabIndex={0} aria-label={`${props.caption} (chart)`}>
        <svg
          ref={svgRef}
          className="survey-chart__svg"
          role="img"
          aria-label={describeChart(props, locale, format)}
          viewBox={`0 0 ${String(WIDTH)} ${String(HEIGHT)}`}
          focusable="false"
        >
          {unitNote ? (
            <text className="survey-chart__tick" x={PLOT_LEFT - 8} y={12} textAnchor="end">
              {unitNote}
            </text>
          ) : null}
          {ticks.map((tick, index) => (
            // Ticks of an extreme domain can round to the same text: the position is the key.
            <g key={index}>
              <line className={tick === 0 ? 'survey-chart__grid survey-chart__grid--zero' : 'survey-chart__grid'} x1={PLOT_LEFT} x2={PLOT_RIGHT} y1={y(tick)} y2={y(tick)} />
              <text className="survey-chart__tick" x={PLOT_LEFT - 8} y={y(tick)} dy="0.35em" textAnchor="end">
                {format(tick)}
              </text>
            </g>
          ))}
          <line className="survey-chart__axis" x1={PLOT_LEFT} x2={PLOT_RIGHT} y1={PLOT_BOTTOM} y2={PLOT_BOTTOM} />
          {points.map((point, index) => {
            const labelled = index % stride === 0;
            return (
              <g key={point.id} className="survey-chart__period">
                <line className="survey-chart__axis" x1={centreX(index)} x2={centreX(index)} y1={PLOT_BOTTOM} y2={PLOT_BOTTOM + (labelled ? 6 : 3)} />
                {labelled ? (
                  <text className="survey-chart__tick" x={centreX(index)} y={PLOT_BOTTOM + 20} textAnchor="middle">
                    {periodLabels[index]?.map((line, lineIndex) => (
                      <tspan key={lineIndex} x={centreX(index)} dy={lineIndex === 0 ? undefined : PERIOD_LABEL_LINE_HEIGHT}>
                        {line}
                      </tspan>
                    ))}
                  </text>
                ) : null}
                {!hasValue(point) ? (
                  <g className="survey-chart__gap">
                    <title>{`${point.label}: no answers`}</title>
                    <line x1={centreX(index)} x2={centreX(index)} y1={PLOT_TOP} y2={PLOT_BOTTOM} />
                    {slot >= SLOT_FOR_GAP_TEXT ? (
                      <text x={centreX(index)} y={PLOT_BOTTOM - 6} dy={-4} transform={`rotate(-90 ${String(centreX(index))} ${String(PLOT_BOTTOM - 6)})`}>
                        no answers
                      </text>
                    ) : null}
                  </g>
                ) : null}
              </g>
            );
          })}
          {bandRuns.map((run) => {
            const firstIndex = run[0] ?? 0;
            if (run.length === 1) {
              const point = points[firstIndex];
              const top = y(point?.upper ?? 0);
              const bottom = y(point?.lower ?? 0);
              const middle = centreX(firstIndex);
              return (
                <g key={`band-${String(firstIndex)}`} className="survey-chart__band-edge">
                  <line x1={middle} x2={middle} y1={top} y2={bottom} />
                  <line x1={roundCoordinate(middle - capHalfWidth)} x2={roundCoordinate(middle + capHalfWidth)} y1={top} y2={top} />
                  <line x1={roundCoordinate(middle - capHalfWidth)} x2={roundCoordinate(middle + capHalfWidth)} y1={bottom} y2={bottom} />
                </g>
              );
            }
            const upper = run.map((index) => `${String(centreX(index))},${String(y(points[index]?.upper ?? 0))}`);
            const lower = run.map((index) => `${String(centreX(index))},${String(y(points[index]?.lower ?? 0))}`);
            return (
              <g key={`band-${String(firstIndex)}`}>
                <polygon className="survey-chart__band" points={[...upper, ...[...lower].reverse()].join(' ')} />
                <g className="survey-chart__band-edge">
                  <polyline points={upper.join(' ')} />
                  <polyline points={lower.join(' ')} />
                </g>
              </g>
            );
          })}
          {control ? (
            <g className="survey-chart__control">
              {Number.isFinite(control.centre) ? <line className="survey-chart__centre" x1={PLOT_LEFT} x2={PLOT_RIGHT} y1={y(control.centre)} y2={y(control.centre)} /> : null}
              <path className="survey-chart__limit" d={getSteppedPath(limits.map((limit) => limit.upper), centreX, slot / 2, y)} />
              <path className="survey-chart__limit" d={getSteppedPath(limits.map((limit) => limit.lower), centreX, slot / 2, y)} />
            </g>
          ) : null}
          {lineRuns.map((run) =>
            run.length > 1 ? (
              <polyline
                key={`line-${String(run[0])}`}
                className="survey-chart__line"
                points={run.map((index) => `${String(centreX(index))},${String(y(points[index]?.value ?? 0))}`).join(' ')}
              />
            ) : null,
          )}
          {points.map((point, index) => {
            if (!hasValue(point)) return null;
            const moved = control ? point.moved : null;
            const classes = ['survey-chart__point', point.tooFew ? 'survey-chart__point--too-few' : '', moved ? `survey-chart__row--${moved}` : ''].filter(Boolean).join(' ');
            const cx = centreX(index);
            const cy = y(point.value);
            const hasBounds = isFiniteNumber(point.lower) && isFiniteNumber(point.upper);
            const tooltip = `${point.label}: ${format(point.value)}${hasBounds ? ` (${format(point.lower)} to ${format(point.upper)})` : ''}, ${formatNumber(point.n, { locale })} answers${point.tooFew ? '; too few answers' : ''}${moved ? `; ${MOVED_WORDS[moved].toLowerCase()}` : ''}`;
            return (
              <g key={point.id} className={classes} data-point={point.id}>
                <title>{tooltip}</title>
                {moved ? (
                  <path className="survey-chart__marker" d={getTrianglePath(cx, cy, Math.max(3.5, markerRadius * 1.4), moved)} />
                ) : (
                  <circle className="survey-chart__marker" cx={cx} cy={cy} r={markerRadius} />
                )}
                {moved && slot >= SLOT_FOR_MOVED_TEXT ? (
                  <text className="survey-chart__moved-text" x={cx} y={roundCoordinate(moved === 'above' ? cy - 12 : cy + 18)} textAnchor="middle">
                    {moved}
                  </text>
                ) : null}
              </g>
            );
          })}
          {points.length === 0 ? (
            <text className="survey-chart__note" x={(PLOT_LEFT + PLOT_RIGHT) / 2} y={(PLOT_TOP + PLOT_BOTTOM) / 2} textAnchor="middle">
              No periods to show
            </text>
          ) : null}
        </svg>
        <figcaption className="survey-chart__legend">
          <span className="survey-chart__key">
            <svg className="survey-chart__swatch" viewBox="0 0 24 12" aria-hidden="true" focusable="false">
              <polyline className="survey-chart__line" points="1,9 12,4 23,7" />
              <circle className="survey-chart__marker" cx={12} cy={4} r={3} />
            </svg>
            Score
          </span>
          {showBand && bandRuns.length > 0 ? (
            <span className="survey-chart__key">
              <svg className="survey-chart__swatch" viewBox="0 0 24 12" aria-hidden="true" focusable="false">
                <rect className="survey-chart__band" x={0} y={2} width={24} height={8} />
                <g className="survey-chart__band-edge">
                  <line x1={0} x2={24} y1={2} y2={2} />
                  <line x1={0} x2={24} y1={10} y2={10} />
                </g>
              </svg>
              Interval
            </span>
          ) : null}
          {hasTooFew ? (
            <span className="survey-chart__key survey-chart__point--too-few">
              <svg className="survey-chart__swatch" viewBox="0 0 24 12" aria-hidden="true" focusable="false">
                <circle className="survey-chart__marker" cx={12} cy={6} r={4} />
              </svg>
              Too few answers (hollow)
            </span>
          ) : null}
          {hasGaps ? (
            <span className="survey-chart__key">
              <svg className="survey-chart__swatch" viewBox="0 0 24 12" aria-hidden="true" focusable="false">
                <g className="survey-chart__gap">
                  <line x1={12} x2={12} y1={0} y2={12} />
                </g>
              </svg>
              No answers (the line breaks)
            </span>
          ) : null}
          {control ? (
            <>
              <span className="survey-chart__key">
                <svg className="survey-chart__swatch" viewBox="0 0 24 12" aria-hidden="true" focusable="false">
                  <line className="survey-chart__centre" x1={0} x2={24} y1={6} y2={6} />
                </svg>
                {`Centre line (${format(control.centre)})`}
              </span>
              <span className="survey-chart__key">
                <svg className="survey-chart__swatch" viewBox="0 0 24 12" aria-hidden="true" focusable="false">
                  <path className="survey-chart__limit" d="M0 9H12V3H24" />
                </svg>
                Control limits
              </span>
              {(['above', 'below'] as const)
                .filter((moved) => movedShown.has(moved))
                .map((moved) => (
                  <span key={moved} className={`survey-chart__key survey-chart__row--${moved}`}>
                    <svg className="survey-chart__swatch" viewBox="0 0 24 12" aria-hidden="true" focusable="false">
                      <path className="survey-chart__marker" d={moved === 'above' ? 'M12 1L17 10H7Z' : 'M12 11L17 2H7Z'} />
                    </svg>
                    {MOVED_WORDS[moved]}
                  </span>
                ))}
            </>
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
              {control ? `. Centre line: ${format(control.centre)}` : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col">Period</th>
                <th scope="col">Answers</th>
                <th scope="col">{valueHeading}</th>
                <th scope="col">Lower bound</th>
                <th scope="col">Upper bound</th>
                {control ? <th scope="col">Lower limit</th> : null}
                {control ? <th scope="col">Upper limit</th> : null}
                <th scope="col">Note</th>
              </tr>
            </thead>
            <tbody>
              {points.map((point, index) => (
                <tr key={point.id}>
                  <th scope="row">{point.label}</th>
                  <td>{formatNumber(point.n, { locale })}</td>
                  <td>{format(point.value)}</td>
                  <td>{format(point.lower)}</td>
                  <td>{format(point.upper)}</td>
                  {control ? <td>{format(limits[index]?.lower ?? null)}</td> : null}
                  {control ? <td>{format(limits[index]?.upper ?? null)}</td> : null}
                  <td>{describePointNote(point, control)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
