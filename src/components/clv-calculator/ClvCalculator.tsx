import { useStore } from '@nanostores/react';
import { useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { isCalculatorShareFragment } from '../../lib/metrics/score-share-link.ts';
import type { ClvField, ClvTiming } from '../../lib/metrics/clv-input.ts';
import type { RatePeriod } from '../../lib/metrics/convert-rate.ts';
import { DISPLAY_CURRENCIES } from '../../lib/metrics/display-currency.ts';
import { parseNumberField } from '../../lib/metrics/parse-number-field.ts';
import { $clvDraft, $clvShareNotice, applyClvShareFragment, clearClv, dismissClvShareNotice, fillClvExample, getClvShareUrl, restoreClvBeforeShare, setClvCurrency, setClvFigure, setClvForm, setClvPeriod, setClvTiming } from '../../stores/clv-calculator.ts';
import { CLV_FORM_FIELDS, CLV_FORMS, type ClvForm, type ClvPeriodField } from '../../lib/metrics/clv-draft.ts';
import { getClvView, type ClvView } from '../../lib/metrics/clv-view.ts';
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
import { CLV_FIELD_LABELS, CLV_FORM_HINTS, CLV_FORM_LABELS } from './clv-labels.ts';
import '../../styles/tools.css';
import '../figure-field/figure-field.css';
import './clv-calculator.css';

export interface ClvCalculatorProps {
  /** Inside a guide: headings one level down, and the page's address is left alone (no share link is read). */
  readonly embedded?: boolean;
}

const TIMING_LABELS: Record<ClvTiming, string> = {
  'end-of-period': 'At the end of each period: m × r ÷ (1 + i − r)',
  'start-of-period': 'At the start, the first one now: m × (1 + i) ÷ (1 + i − r)',
};
const TIMINGS: readonly ClvTiming[] = ['end-of-period', 'start-of-period'];
const openShareFragment = (hash: string) => applyClvShareFragment(hash).ok;

/** The result and the exports' summary: shown only once there is a lifetime value. */
export const clvResultParts = deferModule(() => import('./clv-result-parts.ts'));

type FieldOptions = {
  readonly hint: string;
  readonly money?: boolean;
  readonly percent?: boolean;
  readonly optional?: boolean;
  readonly period?: { readonly selector: ClvPeriodField; readonly label: string; readonly wording?: 'per' | 'duration' };
};

/**
 * Customer lifetime value in its simple, subscription or discounted form, with the formula written out with
 * the figures put in and how CLV moves as churn or margin moves. A thin view over stores/clv-calculator.ts.
 */
export function ClvCalculator({ embedded = false }: ClvCalculatorProps) {
  const uid = useId();
  const id = (name: string) => `${uid}-${name}`;
  const draft = usePersistedStore($clvDraft);
  const shareNotice = useStore($clvShareNotice);
  const typingRef = useRef(false);
  const settled = useSettledValue(draft, typingRef);
  const view = useMemo(() => getClvView(settled), [settled]);
  const [interacted, setInteracted] = useState(false);
  const origin = useOrigin();
  useShareFragment(openShareFragment, isCalculatorShareFragment, !embedded, $clvDraft.ready);

  const level: SectionHeadingLevel = embedded ? 4 : 2;
  const Heading = embedded ? 'h4' : 'h2';
  const symbol = DISPLAY_CURRENCIES[draft.currency].symbol;
  const act = (action: () => void) => () => {
    typingRef.current = false;
    setInteracted(true);
    action();
  };
  // Fetched while the page is idle after hydration, so it is there before anyone types; asked for at once when needed.
  const parts = useDeferredModule(clvResultParts, view.outcome.status === 'ready' || view.problems.length > 0 || interacted);
  // Each problem worded once; the wording comes with the deferred parts.
  const problems = parts ? view.problems.map((problem) => ({ problem, message: parts.describeClvProblem(problem, view.currency) })) : [];
  const messages = new Map(problems.map(({ problem, message }) => [problem.field, message]));
  const summary = parts ? parts.getClvSummary(view) : [];
  const title = `Customer lifetime value (${CLV_FORM_LABELS[view.form].toLowerCase()} form)`;

  function figure<F extends ClvForm>(form: F, name: (typeof CLV_FORM_FIELDS)[F][number], options: FieldOptions): ReactNode {
    const field: ClvField = name;
    const typed = (draft[form] as Readonly<Record<string, string>>)[field] ?? '';
    const settledText = (settled[form] as Readonly<Record<string, string>>)[field] ?? '';
    const read = parseNumberField(settledText);
    const period = options.period;
    return (
      <FigureField
        id={id(field)}
        label={CLV_FIELD_LABELS[field]}
        value={typed}
        onChange={(text) => {
          typingRef.current = true;
          setInteracted(true);
          setClvFigure(form, name, text);
        }}
        hint={options.hint}
        error={messages.get(field)}
        note={options.percent ? getPercentNote(settledText, read.ok ? read.value : null) : undefined}
        prefix={options.money ? symbol : undefined}
        suffix={options.percent ? '%' : undefined}
        optional={options.optional ?? false}
        addon={
          period && (
            <PeriodSelect
              id={id(period.selector.field)}
              label={period.label}
              value={(draft[period.selector.form] as Readonly<Record<string, string>>)[period.selector.field] as RatePeriod}
              wording={period.wording ?? 'per'}
              onChange={(value) => act(() => setClvPeriod(period.selector, value))()}
            />
          )
        }
      />
    );
  }

  const fields: Record<ClvForm, () => ReactNode> = {
    simple: () => (
      <>
        {figure('simple', 'averageOrderValue', { hint: 'Revenue per order, on average.', money: true })}
        {figure('simple', 'purchaseFrequency', {
          hint: 'Orders per customer.',
          period: { selector: { form: 'simple', field: 'frequencyPeriod' }, label: 'Period of the purchase frequency' },
        })}
        {figure('simple', 'lifespan', {
          hint: 'How long a customer keeps buying.',
          period: { selector: { form: 'simple', field: 'lifespanPeriod' }, label: 'Unit of the customer lifespan', wording: 'duration' },
        })}
        {figure('simple', 'margin', {
          hint: 'In percent: 30 means 30%. Leave blank for CLV in revenue.',
          percent: true,
          optional: true,
        })}
      </>
    ),
    subscription: () => (
      <>
        {figure('subscription', 'averageRevenuePerAccount', {
          hint: 'What an account pays, on average.',
          money: true,
          period: { selector: { form: 'subscription', field: 'revenuePeriod' }, label: 'Period of the ARPA' },
        })}
        {figure('subscription', 'grossMargin', { hint: 'In percent: 80 means 80%.', percent: true })}
        {figure('subscription', 'churnRate', {
          hint: 'Share of customers lost, in percent: 2.5 means 2.5%. Brought to the ARPA’s period by compounding.',
          percent: true,
          period: { selector: { form: 'subscription', field: 'churnPeriod' }, label: 'Period of the churn rate' },
        })}
      </>
    ),
    discounted: () => (
      <>
        {figure('discounted', 'marginPerPeriod', {
          hint: 'What a customer brings in after direct costs. The CLV is worked out in this period.',
          money: true,
          period: { selector: { form: 'discounted', field: 'marginPeriod' }, label: 'Period of the margin' },
        })}
        {figure('discounted', 'retentionRate', {
          hint: 'Share of customers kept, in percent: 97.5 means 97.5%. Compounded to the margin’s period.',
          percent: true,
          period: { selector: { form: 'discounted', field: 'retentionPeriod' }, label: 'Period of the retention rate' },
        })}
        {figure('discounted', 'discountRate', {
          hint: 'Your cost of capital, in percent: 10 means 10%. Compounded to the margin’s period.',
          percent: true,
          period: { selector: { form: 'discounted', field: 'discountPeriod' }, label: 'Period of the discount rate' },
        })}
      </>
    ),
  };

  return (
    <FigureCalculatorFrame
      title="Customer lifetime value calculator"
      embedded={embedded}
      titleId={id('title')}
      store={$clvDraft}
      shareNotice={shareNotice}
      onRestore={act(restoreClvBeforeShare)}
      onDismiss={act(dismissClvShareNotice)}
    >

      <fieldset>
        <legend>Form of CLV</legend>
        <div className="segmented">
          {CLV_FORMS.map((form) => (
            <label key={form}>
              <input type="radio" name={id('form')} value={form} checked={draft.form === form} onChange={act(() => setClvForm(form))} />
              {CLV_FORM_LABELS[form]}
            </label>
          ))}
        </div>
        <p className="field__hint clv-form-hint">{CLV_FORM_HINTS[draft.form]}</p>
      </fieldset>

      <fieldset>
        <legend>Figures</legend>
        <p className="field__hint figure-legend-hint">Thousands separators and either decimal mark work: 1,250.5 and 1.250,5 are the same.</p>
        <div className="figure-grid">
          <CurrencySelect id={id('currency')} value={draft.currency} onChange={(currency) => act(() => setClvCurrency(currency))()} />
          {fields[draft.form]()}
        </div>
        {draft.form === 'discounted' && (
          <fieldset className="clv-timing">
            <legend>When margins arrive</legend>
            <div className="clv-timing__options">
              {TIMINGS.map((timing) => (
                <label key={timing}>
                  <input
                    type="radio"
                    name={id('timing')}
                    value={timing}
                    checked={draft.discounted.timing === timing}
                    onChange={act(() => setClvTiming(timing))}
                  />{' '}
                  {TIMING_LABELS[timing]}
                </label>
              ))}
            </div>
          </fieldset>
        )}
      </fieldset>

      <FigureToolbar
        onUseExample={act(fillClvExample)}
        onClear={act(clearClv)}
        replaced={shareNotice.kind === 'applied' ? (shareNotice.by ?? null) : null}
        onRestore={act(restoreClvBeforeShare)}
      />

      <section className="results" aria-labelledby={id('results-heading')}>
        <Heading id={id('results-heading')} className="figure-section-heading">
          Results
        </Heading>
        <ErrorSummary
          id={id('summary')}
          headingLevel={level}
          items={problems.map(({ problem, message }) => ({ fieldId: problem.field === null ? undefined : id(problem.field), message }))}
        />
        <ClvPrompt outcome={view.outcome} />
        {parts && <parts.ClvResults view={view} headingLevel={level} idPrefix={uid} />}
        {parts && (
          <parts.FigureResultActions
            title={title}
            summary={summary}
            csvFileName="customer-lifetime-value.csv"
            shareUrl={origin && view.shareState ? getClvShareUrl(origin, view.shareState) : undefined}
          />
        )}
      </section>

      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {interacted && parts ? parts.getClvAnnouncement(view) : ''}
      </p>
    </FigureCalculatorFrame>
  );
}

/** What to do before there is a lifetime value: nothing typed yet, or which figures are missing. */
function ClvPrompt({ outcome }: { readonly outcome: ClvView['outcome'] }) {
  switch (outcome.status) {
    case 'empty':
      return (
        <p className="figure-prompt">
          Type your figures above, or use the worked example, and the lifetime value appears here as you type. Nothing you type leaves this
          browser.
        </p>
      );
    case 'missing':
      return <p className="figure-prompt">To see the lifetime value, fill in {outcome.fields.map((field) => CLV_FIELD_LABELS[field]).join(' and ')}.</p>;
    case 'blocked':
    case 'ready':
      return null;
    default:
      return outcome satisfies never;
  }
}
