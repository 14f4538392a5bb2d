import { useId, useState, type ComponentType } from 'react';
import type { ConfidenceLevel } from '../../lib/metrics/confidence-level.ts';
import type { PowerLevel } from '../../lib/metrics/plan-sample-size.ts';
import { POWER_LEVELS } from '../../lib/metrics/plan-sample-size.ts';
import type { ScoreScale } from '../../lib/metrics/score-scale.ts';
import { formatCount, formatRange } from './format.ts';
import type { SampleSizeFormulasProps } from './SampleSizeFormulas.tsx';
import type { PlanLine, PlannerField, PlannerInputs, PlannerMetric, PlannerObserved } from './sample-size-plan-text.ts';
import { getInitialPlannerInputs, getPlannerView } from './sample-size-plan-text.ts';
import './sample-size-planner.css';

export type { PlannerMetric, PlannerObserved } from './sample-size-plan-text.ts';

/** CES 2.0's 1–7 scale, the mean's scale when none is given. */
const DEFAULT_MEAN_SCALE: ScoreScale = { min: 1, max: 7 };

export interface SampleSizePlannerProps {
  /** nps (promoters and detractors), csat (a satisfied share) or ces (a mean rating). */
  readonly metric: PlannerMetric;
  /** The confidence level the page uses; the plans use it too. */
  readonly confidence: ConfidenceLevel;
  /** The answers on the page, to start the expected figures from and to judge; null or left out before there are any. */
  readonly observed?: PlannerObserved | null;
  /** 2 on a tool page, 3 inside a guide or under another h2. Sub-headings are one level lower. */
  readonly headingLevel?: 2 | 3;
  /** For ces: the rating scale (its range gives the standard deviation to plan with before there are answers). Default 1–7. */
  readonly scale?: ScoreScale;
}

type FormulasState =
  | { readonly kind: 'closed' | 'loading' | 'failed' }
  | { readonly kind: 'loaded'; readonly Formulas: ComponentType<SampleSizeFormulasProps> };

type Headings = { readonly Main: 'h2' | 'h3'; readonly Sub: 'h3' | 'h4' };

/**
 * How many answers a margin of error or a change needs, and what the answers on the page give: for NPS, CSAT and
 * CES. Plans live in local state (they are questions, not data to keep); the formulas are in a details section.
 */
export function SampleSizePlanner({ metric, confidence, observed = null, headingLevel = 2, scale = DEFAULT_MEAN_SCALE }: SampleSizePlannerProps) {
  const id = useId();
  const [inputs, setInputs] = useState<PlannerInputs>(() => getInitialPlannerInputs(metric));
  const [announcement, setAnnouncement] = useState('');
  const [formulas, setFormulas] = useState<FormulasState>({ kind: 'closed' });
  const view = getPlannerView(metric, inputs, confidence, observed, scale);
  const headings: Headings = headingLevel === 2 ? { Main: 'h2', Sub: 'h3' } : { Main: 'h3', Sub: 'h4' };
  const { Main, Sub } = headings;

  /** Change fields and announce the plans they affect (only changes the person makes here are announced). */
  const update = (change: Partial<PlannerInputs>, affects: 'margin' | 'change' | 'both') => {
    const next = { ...inputs, ...change };
    setInputs(next);
    const nextView = getPlannerView(metric, next, confidence, observed, scale);
    const lines = affects === 'margin' ? [nextView.margin] : affects === 'change' ? [nextView.change] : [nextView.margin, nextView.change];
    setAnnouncement(lines.map((line) => line.text).join(' '));
  };

  // The formulas are words, not logic: they load the first time someone opens them, so the page's script stays small.
  const openFormulas = (open: boolean) => {
    if (!open || formulas.kind === 'loaded' || formulas.kind === 'loading') return;
    setFormulas({ kind: 'loading' });
    import('./SampleSizeFormulas.tsx').then(
      (module) => setFormulas({ kind: 'loaded', Formulas: module.SampleSizeFormulas }),
      () => setFormulas({ kind: 'failed' }),
    );
  };

  const field = (name: PlannerField, label: string, value: string, hint: string, affects: 'margin' | 'change' | 'both') => {
    const error = view.errors[name];
    const fieldId = `${id}-${name}`;
    return (
      <div className="field planner__field">
        <label htmlFor={fieldId}>{label}</label>
        <p id={`${fieldId}-hint`} className="field__hint">
          {hint}
        </p>
        <input
          id={fieldId}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${fieldId}-hint ${fieldId}-error` : `${fieldId}-hint`}
          onChange={(event) => update({ [name]: event.currentTarget.value }, affects)}
        />
        {error && (
          <p id={`${fieldId}-error`} className="field__error">
            {error}
          </p>
        )}
      </div>
    );
  };

  const dataName = metric === 'ces' ? 'standard deviation' : 'shares';
  const expectedHint =
    view.expectedSource === 'data'
      ? `From the ${formatCount(observed?.n ?? 0)} answers above; type other figures to plan for something else.`
      : view.expectedSource === 'typed'
        ? 'As you typed them.'
        : metric === 'ces'
          ? `A quarter of the ${formatRange(scale.min, scale.max)} scale’s range, a rule of thumb; answers above replace it.`
          : metric === 'nps'
            ? 'A typical mix to start from; answers above replace it.'
            : '50% needs the most answers, so it is the safe guess; answers above replace it.';

  return (
    <section className="planner" aria-labelledby={`${id}-heading`}>
      <Main id={`${id}-heading`}>How many answers you need</Main>
      <p className="planner__intro">
        Plan a survey, or judge the answers you have, at {confidence}% confidence (the level chosen above). Figures are rounded up to whole
        answers.
      </p>
      <fieldset className="planner__expected">
        <legend>What you expect the answers to look like</legend>
        <div className="planner__fields">
          {metric === 'nps' && (
            <>
              {field('promoters', 'Promoters you expect (%)', view.expected.promoters, 'Share answering 9 or 10.', 'both')}
              {field('detractors', 'Detractors you expect (%)', view.expected.detractors, 'Share answering 0 to 6.', 'both')}
            </>
          )}
          {metric === 'csat' && field('satisfied', 'Satisfied share you expect (%)', view.expected.satisfied, 'Share counted as satisfied.', 'both')}
          {metric === 'ces' && field('standardDeviation', 'Standard deviation you expect', view.expected.standardDeviation, 'How far answers spread around the mean, in scale points.', 'both')}
        </div>
        <p className="field__hint planner__source">
          {expectedHint}{' '}
          {view.expectedSource === 'typed' && observed && (
            <button
              type="button"
              className="button button--secondary planner__reset"
              onClick={() => update({ promoters: null, detractors: null, satisfied: null, standardDeviation: null }, 'both')}
            >
              Use the {dataName} of the answers above
            </button>
          )}
        </p>
      </fieldset>

      <div className="planner__plans">
        <section className="planner__plan" aria-labelledby={`${id}-margin-heading`}>
          <Sub id={`${id}-margin-heading`}>For a margin of error</Sub>
          {field(
            'margin',
            metric === 'nps' ? 'Margin of error (± NPS points)' : metric === 'csat' ? 'Margin of error (± percentage points)' : 'Margin of error (± scale points)',
            inputs.margin,
            metric === 'ces' ? `How close the mean should be, e.g. 0.2 on ${formatRange(scale.min, scale.max)}.` : 'How close the score should be to the true one.',
            'margin',
          )}
          <PlanResult line={view.margin} />
        </section>
        <section className="planner__plan" aria-labelledby={`${id}-change-heading`}>
          <Sub id={`${id}-change-heading`}>To detect a change</Sub>
          {field(
            'change',
            metric === 'nps' ? 'Change to detect (NPS points)' : metric === 'csat' ? 'Change to detect (percentage points)' : 'Change to detect (scale points)',
            inputs.change,
            'Between two groups of the same size, e.g. this quarter and the last.',
            'change',
          )}
          {metric !== 'ces' && (
            <fieldset className="planner__choice">
              <legend>Direction</legend>
              <div className="segmented">
                {(['rise', 'fall'] as const).map((direction) => (
                  <label key={direction}>
                    <input type="radio" name={`${id}-direction`} value={direction} checked={inputs.direction === direction} onChange={() => update({ direction }, 'change')} />
                    {direction === 'rise' ? 'A rise' : 'A fall'}
                  </label>
                ))}
              </div>
            </fieldset>
          )}
          <fieldset className="planner__choice">
            <legend>Power</legend>
            <div className="segmented">
              {POWER_LEVELS.map((power: PowerLevel) => (
                <label key={power}>
                  <input type="radio" name={`${id}-power`} value={power} checked={inputs.power === power} onChange={() => update({ power }, 'change')} />
                  {power}% power
                </label>
              ))}
            </div>
          </fieldset>
          <PlanResult line={view.change} />
        </section>
      </div>

      {view.data && (
        <section className="planner__plan planner__data" aria-labelledby={`${id}-data-heading`}>
          <Sub id={`${id}-data-heading`}>What the answers above give</Sub>
          <PlanResult line={view.data} />
        </section>
      )}

      <details className="planner__formulas" onToggle={(event) => openFormulas(event.currentTarget.open)}>
        <summary>How these are worked out</summary>
        {formulas.kind === 'loaded' && <formulas.Formulas metric={metric} scale={scale} />}
        {formulas.kind === 'loading' && <p>Loading the formulas…</p>}
        {formulas.kind === 'failed' && <p className="field__error">The formulas could not be loaded: reload the page to see them.</p>}
      </details>
      {/* role="status" is a polite live region; it carries no aria-live attribute so the calculator's own live region stays the page's only [aria-live]. */}
      <p className="visually-hidden" role="status" aria-atomic="true">
        {announcement}
      </p>
    </section>
  );
}

function PlanResult({ line }: { readonly line: PlanLine }) {
  return <p className={line.kind === 'answer' ? 'planner__answer' : 'planner__blocked'}>{line.text}</p>;
}

