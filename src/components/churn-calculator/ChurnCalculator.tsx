import { useStore } from '@nanostores/react';
import { useId, useMemo, useRef, useState } from 'react';
import { isCalculatorShareFragment } from '../../lib/metrics/score-share-link.ts';
import type { RatePeriod } from '../../lib/metrics/convert-rate.ts';
import { DISPLAY_CURRENCIES } from '../../lib/metrics/display-currency.ts';
import { $churnDraft, $churnShareNotice, applyChurnShareFragment, clearChurn, dismissChurnShareNotice, fillChurnExample, getChurnShareUrl, restoreChurnBeforeShare, setChurnCurrency, setChurnFigure, setChurnPeriod, setRateToConvertPeriod } from '../../stores/churn-calculator.ts';
import { CUSTOMER_FIELDS, REVENUE_FIELDS, type ChurnFigureField } from '../../lib/metrics/churn-draft.ts';
import { getChurnView } from '../../lib/metrics/churn-view.ts';
import { CurrencySelect } from '../figure-field/CurrencySelect.tsx';
import { ErrorSummary } from '../figure-field/ErrorSummary.tsx';
import { FigureField } from '../figure-field/FigureField.tsx';
import type { SectionHeadingLevel } from '../figure-field/heading-level.ts';
import { getPercentNote } from '../figure-field/get-percent-note.ts';
import { PeriodSelect } from '../figure-field/PeriodSelect.tsx';
import { FigureCalculatorFrame } from '../figure-field/FigureCalculatorFrame.tsx';
import { FigureToolbar } from '../figure-field/FigureActions.tsx';
import { useSettledValue } from '../figure-field/use-settled-value.ts';
import { useOrigin, useShareFragment } from '../shared/use-share-fragment.ts';
import { usePersistedStore } from '../shared/use-persisted-store.ts';
import { deferModule, useDeferredModule } from '../shared/deferred-module.ts';
import { CHURN_FIELD_LABELS, PERIOD_NOUNS } from './churn-labels.ts';
import { describeChurnProblem, getChurnAnnouncement } from './churn-messages.ts';
import { RateConversion } from './RateConversion.tsx';
import '../../styles/tools.css';
import '../figure-field/figure-field.css';

export interface ChurnCalculatorProps {
  /** Inside a guide: headings one level down, and the page's address is left alone (no share link is read). */
  readonly embedded?: boolean;
}

const PERIODS: readonly RatePeriod[] = ['month', 'quarter', 'year'];
const PERIOD_OPTION_LABELS: Record<RatePeriod, string> = { month: 'Month', quarter: 'Quarter', year: 'Year' };
const openShareFragment = (hash: string) => applyChurnShareFragment(hash).ok;

/** The result blocks and the exports' summary: shown only once there are results. */
export const churnResultParts = deferModule(() => import('./churn-result-parts.ts'));

/**
 * Churn and retention from customer counts, revenue retention from revenue figures, and a churn rate
 * converted between periods by compounding. A thin view over stores/churn-calculator.ts.
 */
export function ChurnCalculator({ embedded = false }: ChurnCalculatorProps) {
  const uid = useId();
  const id = (name: string) => `${uid}-${name}`;
  const draft = usePersistedStore($churnDraft);
  const shareNotice = useStore($churnShareNotice);
  const typingRef = useRef(false);
  const settled = useSettledValue(draft, typingRef);
  const view = useMemo(() => getChurnView(settled), [settled]);
  const [interacted, setInteracted] = useState(false);
  const origin = useOrigin();
  useShareFragment(openShareFragment, isCalculatorShareFragment, !embedded, $churnDraft.ready);

  const level: SectionHeadingLevel = embedded ? 4 : 2;
  const Heading = embedded ? 'h4' : 'h2';
  const per = PERIOD_NOUNS[draft.period];
  const symbol = DISPLAY_CURRENCIES[draft.currency].symbol;
  const act = (action: () => void) => () => {
    typingRef.current = false;
    setInteracted(true);
    action();
  };
  const type = (field: ChurnFigureField) => (text: string) => {
    typingRef.current = true;
    setInteracted(true);
    setChurnFigure(field, text);
  };

  const messages = new Map(view.problems.map((problem) => [problem.field, describeChurnProblem(problem, view.currency)]));
  const { customers, revenue } = view;
  const parts = useDeferredModule(churnResultParts, customers.status === 'ready' || revenue.status === 'ready');
  const summary = parts ? parts.getChurnSummary(view) : [];
  const nothingYet = customers.status === 'empty' && revenue.status === 'not-used' && view.conversion.status === 'empty';
  const title = `Churn and retention (figures per ${PERIOD_NOUNS[view.period]})`;
  const rateValue = view.conversion.status === 'ready' ? view.conversion.percent : null;

  const field = (name: ChurnFigureField, hint: string, options: { prefix?: string; optional?: boolean } = {}) => (
    <FigureField
      id={id(name)}
      label={CHURN_FIELD_LABELS[name]}
      value={draft.figures[name]}
      onChange={type(name)}
      hint={hint}
      error={messages.get(name)}
      prefix={options.prefix}
      optional={options.optional ?? false}
    />
  );

  return (
    <FigureCalculatorFrame
      title="Churn and retention calculator"
      embedded={embedded}
      titleId={id('title')}
      store={$churnDraft}
      shareNotice={shareNotice}
      onRestore={act(restoreChurnBeforeShare)}
      onDismiss={act(dismissChurnShareNotice)}
    >

      <fieldset>
        <legend>Period the figures cover</legend>
        <div className="segmented">
          {PERIODS.map((period) => (
            <label key={period}>
              <input
                type="radio"
                name={id('period')}
                value={period}
                checked={draft.period === period}
                onChange={act(() => setChurnPeriod(period))}
              />
              {PERIOD_OPTION_LABELS[period]}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend>Customers</legend>
        <p className="field__hint figure-legend-hint">Whole numbers; 1,250 and 1 250 both work.</p>
        <div className="figure-grid">
          {field(CUSTOMER_FIELDS[0], `At the start of the ${per}.`)}
          {field(CUSTOMER_FIELDS[1], `Won during the ${per}.`)}
          {field(CUSTOMER_FIELDS[2], `At the end of the ${per}, new ones included.`)}
          {field(CUSTOMER_FIELDS[3], `Lost during the ${per}. Leave blank to work it out as S + N − E; fill it in to check that the four figures agree.`, {
            optional: true,
          })}
        </div>
      </fieldset>

      <fieldset>
        <legend>
          Revenue <span className="figure-field__optional">(optional)</span>
        </legend>
        <p className="field__hint figure-legend-hint">
          Recurring revenue from the customers there at the start of the {per}, for gross and net revenue retention. A blank movement counts as 0.
        </p>
        <div className="figure-grid">
          <CurrencySelect id={id('currency')} value={draft.currency} onChange={(currency) => act(() => setChurnCurrency(currency))()} />
          {field(REVENUE_FIELDS[0], `At the start of the ${per}.`, { prefix: symbol })}
          {field(REVENUE_FIELDS[1], `Upgrades and extra seats from those customers during the ${per}.`, { prefix: symbol })}
          {field(REVENUE_FIELDS[2], `Downgrades from customers who stayed.`, { prefix: symbol })}
          {field(REVENUE_FIELDS[3], `Revenue of the customers who left during the ${per}.`, { prefix: symbol })}
        </div>
      </fieldset>

      <FigureToolbar
        onUseExample={act(fillChurnExample)}
        onClear={act(clearChurn)}
        replaced={shareNotice.kind === 'applied' ? (shareNotice.by ?? null) : null}
        onRestore={act(restoreChurnBeforeShare)}
      />

      <section className="results" aria-labelledby={id('results-heading')}>
        <Heading id={id('results-heading')} className="figure-section-heading">
          Results
        </Heading>
        <ErrorSummary
          id={id('summary')}
          headingLevel={level}
          items={view.problems.map((problem) => ({ fieldId: id(problem.field), message: messages.get(problem.field) ?? '' }))}
        />
        {nothingYet && (
          <p className="figure-prompt">
            Type your customer counts above, or use the worked example, and churn and retention appear here as you type. Nothing you type leaves
            this browser.
          </p>
        )}
        {customers.status === 'missing' && (
          <p className="figure-prompt">
            To see churn and retention, fill in {customers.fields.map((field) => CHURN_FIELD_LABELS[field]).join(' and ')}.
          </p>
        )}
        {customers.status === 'ready' && parts && (
          <parts.CustomerResults results={customers} currency={view.currency} period={view.period} headingLevel={level} idPrefix={uid} />
        )}
        {revenue.status === 'missing' && <p className="figure-prompt">To see revenue retention, fill in {CHURN_FIELD_LABELS.startingRevenue}.</p>}
        {revenue.status === 'ready' && parts && <parts.RevenueResults results={revenue} currency={view.currency} period={view.period} headingLevel={level} />}
        {parts && (
          <parts.FigureResultActions
            title={title}
            summary={summary}
            csvFileName="churn-and-retention.csv"
            shareUrl={origin && view.shareState ? getChurnShareUrl(origin, view.shareState) : undefined}
          />
        )}
      </section>

      <section className="results" aria-labelledby={id('convert-heading')}>
        <Heading id={id('convert-heading')} className="figure-section-heading">
          Convert a churn rate between periods
        </Heading>
        <FigureField
          id={id('rateToConvert')}
          label={CHURN_FIELD_LABELS.rateToConvert}
          value={draft.figures.rateToConvert}
          onChange={type('rateToConvert')}
          hint="In percent: 5 means 5%. Converted by compounding retention, not by multiplying."
          suffix="%"
          error={messages.get('rateToConvert')}
          note={getPercentNote(settled.figures.rateToConvert, rateValue)}
          addon={
            <PeriodSelect
              id={id('rateToConvertPeriod')}
              label="Period of the churn rate to convert"
              value={draft.rateToConvertPeriod}
              onChange={(period) => act(() => setRateToConvertPeriod(period))()}
            />
          }
        />
        <RateConversion view={view} />
      </section>

      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {interacted ? getChurnAnnouncement(view) : ''}
      </p>
    </FigureCalculatorFrame>
  );
}
