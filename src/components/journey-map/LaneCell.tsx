import type { CurvePoint, EmotionCurve } from '../../lib/journey/emotion-curve';
import { formatEmotion } from '../../lib/journey/format-emotion';
import type { Stage, StageMetric } from '../../lib/journey/journey-map-schema';
import { CURVE_KIND_LABELS, RATING_LABELS, SEVERITY_LABELS, type Lane } from '../../lib/journey/journey-vocabulary';
import { getMaturityDimensionName } from '../../lib/journey/maturity-dimensions';
import { getOpportunityPriority } from '../../lib/journey/opportunity-priority';
import { computeStageMetric } from '../../lib/journey/stage-metric';

export interface LaneCellProps {
  readonly stage: Stage;
  readonly stageIndex: number;
  readonly lane: Lane;
  /** Every curve of the map (unfiltered), to show each persona's score at this stage. */
  readonly curves: readonly EmotionCurve[];
}

/** What one lane holds at one stage, shared by the canvas and the table view so both say the same. */
export function LaneCell({ stage, stageIndex, lane, curves }: LaneCellProps) {
  switch (lane) {
    case 'goals':
    case 'actions':
    case 'thoughts':
      return <Lines text={stage[lane]} quoted={lane === 'thoughts'} />;
    case 'touchpoints':
      return stage.touchpoints.length === 0 ? (
        <Empty />
      ) : (
        <ul className="jm-items">
          {stage.touchpoints.map((touchpoint) => (
            <li key={touchpoint.id} className="jm-touchpoint">
              <span className="jm-touchpoint__name">{touchpoint.name.trim() || 'Unnamed touchpoint'}</span>
              {touchpoint.channel.trim() !== '' && <span className="jm-tag">{touchpoint.channel}</span>}
              {touchpoint.owner.trim() !== '' && <span className="jm-meta">Owner: {touchpoint.owner}</span>}
              {touchpoint.emotion !== null && <EmotionBadge score={touchpoint.emotion} prefix="Emotion" />}
            </li>
          ))}
        </ul>
      );
    case 'owners': {
      const owners = [...new Set(stage.touchpoints.map((touchpoint) => touchpoint.owner.trim()).filter((owner) => owner !== ''))];
      return owners.length === 0 ? (
        <Empty />
      ) : (
        <ul className="jm-items jm-items--inline">
          {owners.map((owner) => (
            <li key={owner} className="jm-tag">
              {owner}
            </li>
          ))}
        </ul>
      );
    }
    case 'emotion': {
      const points = curves.flatMap((curve) => {
        const point = curve.points[stageIndex];
        return point && point.score !== null ? [{ curve, point: point as CurvePoint & { score: number } }] : [];
      });
      return points.length === 0 ? (
        <Empty />
      ) : (
        <ul className="jm-items">
          {points.map(({ curve, point }) => (
            <li key={curve.id}>
              <span className="jm-meta">
                {curve.personaName}, {CURVE_KIND_LABELS[curve.curve].toLowerCase()}
                {point.source === 'touchpoints' ? ' (touchpoint average)' : ''}:
              </span>{' '}
              <EmotionBadge score={point.score} />
              {stage.emotionIsExample === true && curve.curve === 'as-is' && <ExampleMark />}
            </li>
          ))}
        </ul>
      );
    }
    case 'painPoints':
      return stage.painPoints.length === 0 ? (
        <Empty />
      ) : (
        <ul className="jm-items">
          {stage.painPoints.map((pain) => (
            <li key={pain.id} className="jm-pain">
              <span className={`jm-severity jm-severity--${String(pain.severity)}`}>
                <span className="visually-hidden">Severity </span>
                {SEVERITY_LABELS[pain.severity]}
              </span>{' '}
              {pain.text.trim() || 'No text yet'}
            </li>
          ))}
        </ul>
      );
    case 'opportunities':
      return stage.opportunities.length === 0 ? (
        <Empty />
      ) : (
        <ul className="jm-items">
          {stage.opportunities.map((opportunity) => (
            <li key={opportunity.id} className="jm-opportunity">
              <span>{opportunity.text.trim() || 'No text yet'}</span>
              <span className="jm-meta">
                Priority {getOpportunityPriority(opportunity.impact, opportunity.effort)} · impact {opportunity.impact} (
                {RATING_LABELS[opportunity.impact].toLowerCase()}) · effort {opportunity.effort} ({RATING_LABELS[opportunity.effort].toLowerCase()})
                {opportunity.owner.trim() !== '' ? ` · owner: ${opportunity.owner}` : ''}
              </span>
              {opportunity.dimension !== undefined && (
                <span className="jm-tag jm-tag--dimension">Improves: {getMaturityDimensionName(opportunity.dimension) ?? opportunity.dimension}</span>
              )}
            </li>
          ))}
        </ul>
      );
    case 'metric':
      return <MetricSummary stage={stage} />;
    default:
      return lane satisfies never;
  }
}

function Lines({ text, quoted }: { readonly text: string; readonly quoted: boolean }) {
  const lines = text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (lines.length === 0) return <Empty />;
  return (
    <ul className={`jm-items${quoted ? ' jm-items--quoted' : ''}`}>
      {lines.map((line, index) => (
        <li key={`${index}-${line}`}>{line}</li>
      ))}
    </ul>
  );
}

/** An empty lane: a dash for the eye, words for screen readers. */
export function Empty() {
  return (
    <span className="jm-empty">
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">nothing yet</span>
    </span>
  );
}

/** Marks a template's emotion score, shown until the team edits it: it illustrates, it is not data. */
export function ExampleMark() {
  return (
    <span className="jm-example" title="A template's example score: edit it with what your research shows">
      {' '}
      example
    </span>
  );
}

/** A score from −2 to +2 as words and number, tinted by sign (the words carry the meaning, not the colour). */
export function EmotionBadge({ score, prefix }: { readonly score: number; readonly prefix?: string }) {
  const tone = score < 0 ? 'negative' : score > 0 ? 'positive' : 'neutral';
  return (
    <span className={`jm-emotion jm-emotion--${tone}`}>
      {prefix !== undefined && <span className="visually-hidden">{prefix} </span>}
      {formatEmotion(score)}
    </span>
  );
}

function MetricSummary({ stage }: { readonly stage: Stage }) {
  if (stage.metrics.length === 0) return <Empty />;
  if (stage.metrics.length === 1 && stage.metrics[0]) return <OneMetric metric={stage.metrics[0]} />;
  return (
    <ul className="jm-metrics">
      {stage.metrics.map((metric, index) => (
        <li key={`${String(index)}-${metric.kind}`}>
          <OneMetric metric={metric} />
        </li>
      ))}
    </ul>
  );
}

function OneMetric({ metric }: { readonly metric: StageMetric }) {
  const outcome = computeStageMetric(metric);
  const label = metric.label.trim();
  switch (outcome.kind) {
    case 'empty':
      return (
        <p className="jm-metric">
          {label !== '' && <span className="jm-meta">{label}: </span>}
          <span className="jm-meta">{metric.kind.toUpperCase()}: no answers yet</span>
        </p>
      );
    case 'invalid':
      return (
        <p className="jm-metric">
          {label !== '' && <span className="jm-meta">{label}: </span>}
          <span className="jm-meta">{metric.kind.toUpperCase()} cannot be computed: {outcome.problems[0]}</span>
        </p>
      );
    case 'result': {
      const { summary } = outcome;
      return (
        <div className="jm-metric">
          {label !== '' && <p className="jm-meta">{label}</p>}
          <p className="jm-metric__value">
            {summary.name} <strong>{summary.value}</strong> <span className="jm-meta">n = {summary.n}</span>
          </p>
          <div className="jm-metric__bar" aria-hidden="true">
            <span style={{ inlineSize: `${String(Math.round(summary.position * 100))}%` }} />
          </div>
          <p className="jm-meta">
            {summary.interval}; {summary.scaleNote}
          </p>
        </div>
      );
    }
    default:
      return outcome satisfies never;
  }
}
