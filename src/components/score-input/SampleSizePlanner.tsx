import { useId, useState, type ReactNode } from 'react';
import type { ConfidenceLevel } from '../../lib/metrics/confidence-level.ts';
import type { PowerLevel } from '../../lib/metrics/plan-sample-size.ts';
import { ANSWER_LIMIT, POWER_LEVELS } from '../../lib/metrics/plan-sample-size.ts';
import type { ScoreScale } from '../../lib/metrics/score-scale.ts';
import { formatCount, formatNumber, formatRange } from './format.ts';
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

type Headings = { readonly Main: 'h2' | 'h3'; readonly Sub: 'h3' | 'h4' };

/**
 * How many answers a margin of error or a change needs, and what the answers on the page give: for NPS, CSAT and
 * CES. Plans live in local state (they are questions, not data to keep); the formulas are in a details section.
 */
export function SampleSizePlanner({ metric, confidence, observed = null, headingLevel = 2, scale = DEFAULT_MEAN_SCALE }: SampleSizePlannerProps) {
  const id = useId();
  const [inputs, setInputs] = useState<PlannerInputs>(() => getInitialPlannerInputs(metric));
  const [announcement, setAnnouncement] = useState('');
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
      ? `From the ${formatCount(observed?.n ?? 0)} answers above; change them to plan for something else.`
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

      <details className="planner__formulas">
        <summary>How these are worked out</summary>
        <Formulas metric={metric} scale={scale} />
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

function Source({ href, children }: { readonly href: string; readonly children: ReactNode }) {
  return (
    <a href={href} rel="noopener noreferrer">
      {children}
    </a>
  );
}

const Z_NOTE = `z is 1.645, 1.960 or 2.576 at 90, 95 or 99% confidence; z₁₋β is 0.842 for 80% power and 1.282 for 90%.`;
const T_NOTE = `For many answers t is close to z: 1.645, 1.960 or 2.576 at 90, 95 or 99% confidence, 0.842 or 1.282 for 80 or 90% power.`;
const ROUNDING_NOTE = `Every plan is rounded up to whole answers, never below 2; past ${formatCount(ANSWER_LIMIT)} it says “more than ${formatCount(ANSWER_LIMIT)}”. Answers are assumed independent and drawn at random; a survey that only some people answer can be biased whatever its size.`;

/** The formulas behind the plans, with their sources, for the metric shown. */
function Formulas({ metric, scale }: { readonly metric: PlannerMetric; readonly scale: ScoreScale }) {
  if (metric === 'nps') {
    return (
      <div className="planner__formula-list">
        <p>
          <strong>Margin of error.</strong> n = z² × Var ÷ E² − 3, with Var = p + d − (p − d)², p and d the expected shares of promoters and
          detractors, and E the margin as a fraction (5 points = 0.05). The adjusted-Wald interval shown above adds 3 pseudo-answers (¾ promoter,
          1½ passive, ¾ detractor), so 3 fewer real answers are needed. Sources: Rocks (2016),{' '}
          <Source href="https://doi.org/10.1080/00031305.2016.1158124">The American Statistician 70(4)</Source>; Lewis &amp; Sauro,{' '}
          <Source href="https://measuringu.com/nps-ci-sample-size/">Sample Size Estimation for NPS Confidence Intervals</Source> (MeasuringU).
        </p>
        <p>
          <strong>Detecting a change.</strong> n per group = (z₁₋α/₂ + z₁₋β)² × (Var₁ + Var₂) ÷ Δ², two-sided. Var₁ is at the expected shares, Var₂
          at the shares after the change: half of it moves promoters up and half moves detractors down (a fall the reverse); when one side has less
          than its half, it goes to 0 and the other side takes the rest. Sources: Chow, Shao &amp; Wang, Sample Size Calculations in Clinical Research
          (2008), §4.2; <Source href="https://measuringu.com/nps-sig-test-sample-size/">Sample Sizes for Comparing Net Promoter Scores</Source>{' '}
          (MeasuringU, which subtracts 3 more because its test uses adjusted shares; the comparison on this page uses the plain ones).
        </p>
        <p>
          <strong>The answers above.</strong> The margin is half the adjusted-Wald interval shown above. The detectable change is the Δ at which the
          formula above asks for exactly as many answers per group as you have, at 80% power; it is given for whichever direction, rise or fall,
          needs the larger change.
        </p>
        <p>
          {Z_NOTE} {ROUNDING_NOTE}
        </p>
      </div>
    );
  }
  if (metric === 'csat') {
    return (
      <div className="planner__formula-list">
        <p>
          <strong>Margin of error.</strong> n = z² × p(1 − p) ÷ E², the Wald planning formula, with p the expected satisfied share and E the margin
          as a fraction. The Wilson interval shown above is a little narrower than Wald’s near 50% and does not shrink to nothing near 0% or 100%.
          Sources: Cochran, Sampling Techniques, 3rd ed. (1977), ch. 4; Wilson (1927),{' '}
          <Source href="https://doi.org/10.1080/01621459.1927.10502953">JASA 22(158)</Source>.
        </p>
        <p>
          <strong>Detecting a change.</strong> n per group = (z₁₋α/₂ + z₁₋β)² × (p₁(1 − p₁) + p₂(1 − p₂)) ÷ Δ², two-sided, with p₂ = p₁ ± Δ
          (Chow, Shao &amp; Wang 2008, §4.2). R’s power.prop.test uses a pooled variance under “no change” (Fleiss) and asks a few more: 77
          instead of 74 per group for 50% → 75% at 90% power.
        </p>
        <p>
          <strong>The answers above.</strong> The margin is half the Wilson interval shown above. The detectable change is the Δ at which the formula
          above asks for exactly as many answers per group as you have, at 80% power, for whichever direction needs the larger change.
        </p>
        <p>
          {Z_NOTE} {ROUNDING_NOTE}
        </p>
      </div>
    );
  }
  return (
    <div className="planner__formula-list">
      <p>
        <strong>Margin of error.</strong> The smallest n with t(1 − α/2, n − 1) × σ ÷ √n ≤ E, found by search from the normal answer z² × σ² ÷ E²
        (Student’s t is wider than z for small n, so a few more answers are needed). σ is the expected standard deviation; before there are
        answers it is a quarter of the scale’s range ({formatNumber((scale.max - scale.min) / 4, 2)} on {formatRange(scale.min, scale.max)}), a
        rule of thumb (<Source href="https://measuringu.com/rating-scale-standard-deviations/">MeasuringU on estimating rating-scale standard deviations</Source>
        ). Source: <Source href="https://www.itl.nist.gov/div898/handbook/prc/section2/prc222.htm">NIST/SEMATECH e-Handbook, sample sizes for a mean</Source>.
      </p>
      <p>
        <strong>Detecting a change.</strong> The smallest n per group with (t₁₋α/₂ + t₁₋β)² × 2σ² ÷ Δ² ≤ n, the t quantiles on 2n − 2 degrees of
        freedom, two-sided, the same spread in both groups. It agrees with R’s power.t.test to the answer (64 per group for Δ = 0.5σ at 80% power).
        Sources: Cohen, Statistical Power Analysis for the Behavioral Sciences (1988); Chow, Shao &amp; Wang (2008), §3.2.
      </p>
      <p>
        <strong>The answers above.</strong> The margin is half the Student-t interval shown above, t(1 − α/2, n − 1) × s ÷ √n. The detectable change
        is (t₁₋α/₂ + t₁₋β) × s × √(2 ÷ n) at 80% power.
      </p>
      <p>
        {T_NOTE} {ROUNDING_NOTE}
      </p>
    </div>
  );
}
