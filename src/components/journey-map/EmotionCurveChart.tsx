import { useId, useState } from 'react';
import type { EmotionCurve } from '../../lib/journey/emotion-curve';
import { getCurvePaths, getScoreY, getStageX, type CurveLayout } from '../../lib/journey/emotion-curve-geometry';
import { formatEmotion } from '../../lib/journey/format-emotion';
import type { JourneyMap } from '../../lib/journey/journey-map-schema';
import { CURVE_KIND_LABELS, CURVE_KINDS, EMOTION_LABELS, EMOTION_SCORES, type CurveKind } from '../../lib/journey/journey-vocabulary';
import { getMomentsThatMatter, type MomentThatMatters } from '../../lib/journey/moments-that-matter';
import { getStageLabel } from '../../lib/journey/stage-operations';
import { getMarkerPath, getMarkerShape, getSeriesColour, MARKER_NAMES } from './curve-style';
import { ScrollFrame } from './ScrollFrame';

/** The chart's width for up to five stages; more stages widen it (STAGE_WIDTH each) so their labels stay readable. */
const MIN_WIDTH = 760;
const STAGE_WIDTH = 110;
const HEIGHT = 300;

/**
 * The emotion curve across the stages: one line per persona and per "as is" / "to be", with the moments
 * that matter ringed and listed. Hand-written SVG with a title and a summary for screen readers, and the
 * same numbers as a table.
 */
export function EmotionCurveChart({ map, curves }: { readonly map: JourneyMap; readonly curves: readonly EmotionCurve[] }) {
  const id = useId();
  const [hiddenPersonas, setHiddenPersonas] = useState<readonly string[]>([]);
  const [hiddenCurves, setHiddenCurves] = useState<readonly CurveKind[]>([]);
  const shown = curves.filter((curve) => !hiddenPersonas.includes(curve.personaKey) && !hiddenCurves.includes(curve.curve));
  const hasToBe = curves.some((curve) => curve.curve === 'to-be');
  // Drawn at least at its own size (one SVG unit per CSS pixel), so its 12 px labels never shrink below 12 px:
  // on a narrow screen the chart scrolls sideways instead (ScrollFrame says so).
  const chartWidth = Math.max(MIN_WIDTH, 124 + STAGE_WIDTH * map.stages.length);
  const layout: CurveLayout = { width: chartWidth, height: HEIGHT, top: 16, right: 12, bottom: 44, left: 112, stageCount: map.stages.length };
  const moments = shown.flatMap((curve) => getMomentsThatMatter(curve).map((moment) => ({ curve, moment })));
  const anyScore = curves.some((curve) => curve.points.some((point) => point.score !== null));
  const columnWidth = (chartWidth - layout.left - layout.right) / Math.max(1, map.stages.length);
  const maxLabel = Math.max(4, Math.floor(columnWidth / 7.2));

  const toggle = <T,>(list: readonly T[], value: T) => (list.includes(value) ? list.filter((item) => item !== value) : [...list, value]);

  return (
    <section className="jm-section jm-curve" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Emotion curve</h2>
      <p className="field__hint">
        How each persona feels at each stage, from −2 (very negative) to +2 (very positive). A stage without its own score uses the average of its
        touchpoints’ scores (as is); a stage with neither is a gap in the line.
      </p>
      {(map.personas.length > 1 || hasToBe) && (
        <fieldset className="jm-curve__filter" data-print-hidden>
          <legend>Show curves</legend>
          <div className="jm-checks">
            {map.personas.length > 1 &&
              map.personas.map((persona, index) => (
                <label key={persona.key} className="jm-check">
                  <input
                    type="checkbox"
                    checked={!hiddenPersonas.includes(persona.key)}
                    onChange={() => setHiddenPersonas((list) => toggle(list, persona.key))}
                  />
                  <svg aria-hidden="true" width="18" height="18" viewBox="0 0 18 18">
                    <path d={getMarkerPath(getMarkerShape(index), 9, 9, 5)} fill={getSeriesColour(index)} stroke={getSeriesColour(index)} strokeWidth="2" />
                  </svg>
                  {persona.name.trim() || 'Unnamed persona'}
                </label>
              ))}
            {hasToBe &&
              CURVE_KINDS.map((kind) => (
                <label key={kind} className="jm-check">
                  <input type="checkbox" checked={!hiddenCurves.includes(kind)} onChange={() => setHiddenCurves((list) => toggle(list, kind))} />
                  {CURVE_KIND_LABELS[kind]} ({kind === 'as-is' ? 'solid line' : 'dashed line'})
                </label>
              ))}
          </div>
        </fieldset>
      )}
      {map.stages.some((stage) => stage.emotionIsExample === true) && (
        <p className="field__hint">
          Stages marked <span className="jm-example">example</span> still hold the template’s example score, not data about your customers: edit them
          in “Edit a stage”.
        </p>
      )}
      {!anyScore && (
        <p className="notice notice--info">No emotion scores yet. Score a stage or its touchpoints in “Edit a stage” below, and the curve appears here.</p>
      )}
      <ScrollFrame className="jm-curve__scroll" label="Emotion curve chart (scrolls sideways)">
        <svg
          className="jm-curve__svg"
          viewBox={`0 0 ${String(chartWidth)} ${String(HEIGHT)}`}
          role="img"
          aria-labelledby={`${id}-title ${id}-desc`}
          // Set through the DOM (CSSOM), which the content security policy allows, unlike a style attribute in HTML.
          style={{ minWidth: `${String(chartWidth)}px` }}
        >
          <title id={`${id}-title`}>Emotion curve of “{map.scenario.trim() || 'untitled scenario'}”</title>
          <desc id={`${id}-desc`}>{describeCurves(shown, moments.map(({ moment }) => moment))}</desc>
          <rect
            className="jm-curve__band jm-curve__band--positive"
            x={layout.left}
            y={layout.top}
            width={chartWidth - layout.left - layout.right}
            height={getScoreY(0, layout) - layout.top}
          />
          <rect
            className="jm-curve__band jm-curve__band--negative"
            x={layout.left}
            y={getScoreY(0, layout)}
            width={chartWidth - layout.left - layout.right}
            height={HEIGHT - layout.bottom - getScoreY(0, layout)}
          />
          {EMOTION_SCORES.map((score) => (
            <g key={score}>
              <line
                className={score === 0 ? 'jm-curve__axis' : 'jm-curve__grid'}
                x1={layout.left}
                x2={chartWidth - layout.right}
                y1={getScoreY(score, layout)}
                y2={getScoreY(score, layout)}
              />
              <text className="jm-curve__label" x={layout.left - 8} y={getScoreY(score, layout) + 4} textAnchor="end">
                {formatEmotion(score).split(' (')[0]} {EMOTION_LABELS[score]}
              </text>
            </g>
          ))}
          {map.stages.map((stage, index) => {
            const label = `${String(index + 1)}. ${getStageLabel(stage, index)}`;
            return (
              <g key={stage.id}>
                <text className="jm-curve__label" x={getStageX(index, layout)} y={HEIGHT - layout.bottom + 22} textAnchor="middle">
                  {label.length > maxLabel ? `${label.slice(0, maxLabel - 1)}…` : label}
                </text>
                {stage.emotionIsExample === true && (
                  <text className="jm-curve__label jm-curve__example" x={getStageX(index, layout)} y={HEIGHT - layout.bottom + 38} textAnchor="middle">
                    example
                  </text>
                )}
              </g>
            );
          })}
          {shown.map((curve) => {
            const colour = getSeriesColour(curve.personaIndex);
            const shape = getMarkerShape(curve.personaIndex);
            return (
              <g key={curve.id}>
                {getCurvePaths(curve.points, layout).map((d) => (
                  <path
                    key={d}
                    d={d}
                    fill="none"
                    stroke={colour}
                    strokeWidth="3"
                    strokeLinejoin="round"
                    strokeDasharray={curve.curve === 'to-be' ? '8 6' : undefined}
                  />
                ))}
                {curve.points.map((point) =>
                  point.score === null ? null : (
                    <path
                      key={point.stageId}
                      d={getMarkerPath(shape, getStageX(point.stageIndex, layout), getScoreY(point.score, layout))}
                      fill={shape === 'cross' || curve.curve === 'to-be' ? 'var(--color-surface)' : colour}
                      stroke={colour}
                      strokeWidth="2.5"
                    />
                  ),
                )}
              </g>
            );
          })}
          {moments.map(({ curve, moment }) => (
            <circle
              key={`${curve.id}-${moment.point.stageId}`}
              className="jm-curve__moment"
              cx={getStageX(moment.point.stageIndex, layout)}
              cy={getScoreY(moment.point.score, layout)}
              r="13"
            />
          ))}
        </svg>
      </ScrollFrame>
      {shown.length > 0 && (
        <ul className="jm-legend" aria-label="Legend">
          {shown.map((curve) => (
            <li key={curve.id}>
              <svg aria-hidden="true" width="36" height="16" viewBox="0 0 36 16">
                <line x1="2" x2="34" y1="8" y2="8" stroke={getSeriesColour(curve.personaIndex)} strokeWidth="3" strokeDasharray={curve.curve === 'to-be' ? '6 4' : undefined} />
                <path d={getMarkerPath(getMarkerShape(curve.personaIndex), 18, 8, 4.5)} fill={getSeriesColour(curve.personaIndex)} stroke={getSeriesColour(curve.personaIndex)} strokeWidth="2" />
              </svg>
              {curve.personaName}, {CURVE_KIND_LABELS[curve.curve].toLowerCase()} ({curve.curve === 'as-is' ? 'solid' : 'dashed'} line,{' '}
              {MARKER_NAMES[getMarkerShape(curve.personaIndex)]})
            </li>
          ))}
          {moments.length > 0 && (
            <li>
              <svg aria-hidden="true" width="36" height="16" viewBox="0 0 36 16">
                <circle className="jm-curve__moment" cx="18" cy="8" r="6" />
              </svg>
              Ring: a moment that matters
            </li>
          )}
        </ul>
      )}
      <h3>Moments that matter</h3>
      {moments.length === 0 ? (
        <p>{anyScore ? 'No stage falls below the rest on the curves shown.' : 'None yet: they are found from the emotion scores.'}</p>
      ) : (
        <ul className="jm-moments">
          {moments.map(({ curve, moment }) => (
            <li key={`${curve.id}-${moment.point.stageId}`}>
              <strong>{moment.point.stageName}</strong> for {curve.personaName} ({CURVE_KIND_LABELS[curve.curve].toLowerCase()}):{' '}
              {formatEmotion(moment.point.score)}, {moment.reason === 'lowest' ? 'the lowest point of the curve' : 'a dip below the stages around it'}
            </li>
          ))}
        </ul>
      )}
      <p className="field__hint">
        A moment that matters is where a curve is lowest below neutral (every stage tied for lowest), or any other stage below neutral that is lower
        than the scored stages on both sides. A neutral or positive stage is never one, so a curve that never goes below neutral has none.
      </p>
      <details className="jm-curve__data" data-print-hidden>
        <summary>The curve’s numbers as a table</summary>
        <div className="jm-table-scroll" role="region" aria-label="Emotion curve data" tabIndex={0}>
          <table>
            <caption>Emotion score per stage, −2 to +2</caption>
            <thead>
              <tr>
                <th scope="col">Stage</th>
                {shown.map((curve) => (
                  <th key={curve.id} scope="col">
                    {curve.personaName}, {CURVE_KIND_LABELS[curve.curve].toLowerCase()}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {map.stages.map((stage, index) => (
                <tr key={stage.id}>
                  <th scope="row">
                    {index + 1}. {getStageLabel(stage, index)}
                  </th>
                  {shown.map((curve) => {
                    const point = curve.points[index];
                    return (
                      <td key={curve.id}>
                        {point === undefined || point.score === null
                          ? 'Not scored'
                          : `${formatEmotion(point.score)}${point.source === 'touchpoints' ? ', touchpoint average' : ''}${
                              stage.emotionIsExample === true && curve.curve === 'as-is' && point.source === 'stage' ? ', example' : ''
                            }`}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}

function describeCurves(curves: readonly EmotionCurve[], moments: readonly MomentThatMatters[]): string {
  if (curves.length === 0) return 'No curve is shown.';
  const lines = curves.map(
    (curve) =>
      `${curve.personaName}, ${CURVE_KIND_LABELS[curve.curve].toLowerCase()}: ${curve.points
        .map((point) => `${point.stageName} ${point.score === null ? 'not scored' : formatEmotion(point.score)}`)
        .join('; ')}.`,
  );
  const lowest = moments.map((moment) => moment.point.stageName);
  return `${lines.join(' ')}${lowest.length > 0 ? ` Moments that matter: ${[...new Set(lowest)].join(', ')}.` : ''}`;
}
