import type { ReactNode } from 'react';
import { ANSWER_LIMIT } from '../../lib/metrics/plan-sample-size.ts';
import type { ScoreScale } from '../../lib/metrics/score-scale.ts';
import { formatCount, formatNumber, formatRange } from './format.ts';
import type { PlannerMetric } from './sample-size-plan-text.ts';

/** Props of the formulas section. */
export interface SampleSizeFormulasProps {
  readonly metric: PlannerMetric;
  /** The mean's rating scale (for the starting standard deviation). */
  readonly scale: ScoreScale;
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

/**
 * The formulas behind the sample-size planner's figures, with their sources, for the metric shown. Loaded on
 * demand by SampleSizePlanner when its details section first opens.
 */
export function SampleSizeFormulas({ metric, scale }: SampleSizeFormulasProps) {
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
