import { useEffect, useId, useState } from 'react';
import type { CsatScaleId } from '../../lib/metrics/csat-scale.ts';
import { CSAT_SCALES, isCsatScaleId } from '../../lib/metrics/csat-scale.ts';
import { FRAGMENT_KEYS, readFragment } from '../../lib/portable/fragment.ts';
import { describePortableError, formatPortableMessage } from '../../lib/portable/portable-error.ts';
import { describeEstimate } from '../../lib/survey/describe-survey.ts';
import { getAnswerSpread, getMetricName, getNpsGroups } from '../../lib/survey/metric-estimate.ts';
import { sum } from '../../lib/survey/read-breakdown.ts';
import type { SurveyReport } from '../../lib/survey/survey-report.ts';
import type { SurveyMetric } from '../../lib/survey/survey-summary.ts';
import { getMetricScale } from '../../lib/survey/survey-summary.ts';
import { MIN_ANSWERS_RANGE } from '../../lib/survey/survey-view.ts';
import {
  $breakdown,
  $breakdownColumns,
  $surveyReport,
  $surveyShareNotice,
  $surveyTable,
  $surveyWorkbench,
  type BreakdownStatus,
  clearSurveyWorkbench,
  closeSharedSurvey,
  openSurveyShareLink,
  setSurveyConfidence,
  setSurveyCsatScale,
  setSurveyMetric,
  setSurveyView,
  surveyInput,
  type SurveyShareNotice,
} from '../../stores/survey-workbench.ts';
import { ConfidenceChoice } from '../score-input/ConfidenceChoice.tsx';
import { formatCount, formatRange } from '../score-input/format.ts';
import type { PlannerObserved } from '../score-input/SampleSizePlanner.tsx';
import { LaterSampleSizePlanner } from '../score-input/later-sample-size-planner.tsx';
import { ScoreInput } from '../score-input/ScoreInput.tsx';
import { useIslandStore } from '../score-input/use-island-store.ts';
import { SavedDataGate } from '../shared/SavedDataGate.tsx';
import { StorageNotices } from '../shared/StorageNotices.tsx';
import { usePersistedStore } from '../shared/use-persisted-store.ts';
import { CommentsLauncher } from '../comments/CommentsLauncher.tsx';
import { SegmentSection } from './SegmentSection.tsx';
import { SurveyActions } from './SurveyActions.tsx';
import { SurveyColumns } from './SurveyColumns.tsx';
import { TrendSection } from './TrendSection.tsx';
import '../../styles/tools.css';
import '../score-input/score-input.css';
import './survey.css';

const IDLE: BreakdownStatus = { kind: 'idle' };
// The comments view asks the parse worker through `askComments`, loaded with the view and passed in.
const loadComments = () =>
  Promise.all([import('./WorkbenchComments.tsx'), import('../../stores/score-input-parser.ts')]).then(([module, parser]) => ({
    default: module.bindWorkbenchComments(parser.askComments),
  }));
const NO_NOTICE: SurveyShareNotice = { kind: 'none' };
const NO_COLUMNS = { segment: null, date: null, dateSuggested: null };
const CSAT_SCALE_IDS = Object.keys(CSAT_SCALES).filter(isCsatScaleId);

const METRIC_CHOICES: readonly { readonly kind: SurveyMetric['kind']; readonly label: string }[] = [
  { kind: 'nps', label: 'NPS (0–10)' },
  { kind: 'csat', label: 'CSAT' },
  { kind: 'ces', label: 'CES 2.0 (1–7)' },
];

/** What the planner needs from the answers on the page. */
function getPlannerObserved(report: SurveyReport | null): PlannerObserved | null {
  if (report === null || report.overall === null) return null;
  const { metric, counts } = report.summary;
  const n = sum(counts);
  if (metric.kind === 'nps') {
    const groups = getNpsGroups(counts);
    return { n, promoterShare: groups.promoters / n, detractorShare: groups.detractors / n };
  }
  if (metric.kind === 'csat') return { n, share: report.overall.value / 100 };
  return { n, standardDeviation: getAnswerSpread(metric, counts) };
}

/** The announcement of a new result, for screen readers. */
function getAnnouncement(report: SurveyReport | null): string {
  if (report === null || report.overall === null) return '';
  const parts = [`${describeEstimate(report.summary.metric, report.overall, report.view.confidence)}.`];
  const countOf = (count: number, noun: string) => `${formatCount(count)} ${noun}${count === 1 ? '' : 's'}`;
  if (report.segments) parts.push(`${countOf(report.segments.rows.length, 'segment')} by ${report.segments.column}.`);
  if (report.trend && report.trend.periods.length > 0) parts.push(`${countOf(report.trend.periods.length, report.trend.kind)} over time.`);
  return parts.join(' ');
}

/**
 * The survey workbench: paste or drop an export, choose the metric, the segment and the date columns, and see
 * the score by segment and over time with the tests, the planner and the exports. A thin view over
 * src/stores/survey-workbench.ts.
 */
export function SurveyWorkbench() {
  const id = useId();
  const state = usePersistedStore($surveyWorkbench);
  const table = useIslandStore($surveyTable, null);
  const columns = useIslandStore($breakdownColumns, NO_COLUMNS);
  const status = useIslandStore($breakdown, IDLE);
  const report = useIslandStore($surveyReport, null);
  const shareNotice = useIslandStore($surveyShareNotice, NO_NOTICE);
  const [minAnswersText, setMinAnswersText] = useState<string | null>(null);
  // A codebook link (#k=…, read as every fragment is: any case, escapes undone) opens the comments view, which reads it.
  const [hasCodebookLink, setHasCodebookLink] = useState(false);
  useEffect(() => {
    const check = () => {
      if (readFragment(window.location.hash, [FRAGMENT_KEYS.codebook]).kind === 'code') setHasCodebookLink(true);
    };
    check();
    window.addEventListener('hashchange', check);
    return () => window.removeEventListener('hashchange', check);
  }, []);

  // A share link (#s=…) shows its analysis; the fragment is then removed so a reload keeps what the person does next.
  useEffect(() => {
    const open = () => {
      void openSurveyShareLink(window.location.hash).then((notice) => {
        if (notice.kind === 'opened') window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
      });
    };
    open();
    window.addEventListener('hashchange', open);
    return () => window.removeEventListener('hashchange', open);
  }, []);

  const shared = state.shared !== null;
  const view = state.shared?.view ?? state.view;
  const metric = report?.summary.metric ?? state.metric;
  const scale = getMetricScale(state.metric);
  const minAnswersId = `${id}-min`;
  const minAnswersError =
    minAnswersText !== null && !(/^\d+$/.test(minAnswersText.trim()) && Number(minAnswersText) >= MIN_ANSWERS_RANGE.min && Number(minAnswersText) <= MIN_ANSWERS_RANGE.max)
      ? `Enter a whole number from ${String(MIN_ANSWERS_RANGE.min)} to ${String(MIN_ANSWERS_RANGE.max)}.`
      : null;

  return (
    <SavedDataGate stores={[]}>
      <div className="tool score-tool survey-workbench" data-tool="survey">
        <StorageNotices />
        {shareNotice.kind === 'failed' && (
          <div className="notice notice--error" role="alert">
            <p>{formatPortableMessage(describePortableError(shareNotice.error, { thing: 'share link', tool: 'survey workbench' }))}</p>
          </div>
        )}
        {shared ? (
          <div className="notice survey-workbench__shared" role="status">
            <p>
              You are looking at an analysis someone shared: counts per segment and per period of “{state.shared?.summary.scoreColumn}”; no single answer or comment. Change
              the period, confidence or minimum freely.
            </p>
            <button type="button" className="button button--secondary" onClick={closeSharedSurvey}>
              Back to my own data
            </button>
          </div>
        ) : (
          <>
            <div className="score-tool__settings score-tool__settings--start">
              <fieldset>
                <legend>Score</legend>
                <div className="segmented">
                  {METRIC_CHOICES.map((choice) => (
                    <label key={choice.kind}>
                      <input
                        type="radio"
                        name={`${id}-metric`}
                        value={choice.kind}
                        checked={state.metric.kind === choice.kind}
                        onChange={() => (choice.kind === 'csat' ? setSurveyCsatScale('1-5') : setSurveyMetric({ kind: choice.kind }))}
                      />
                      {choice.label}
                    </label>
                  ))}
                </div>
              </fieldset>
              {state.metric.kind === 'csat' && (
                <CsatChoices scale={state.metric.scale} threshold={state.metric.threshold} />
              )}
            </div>
            <ScoreInput
              input={surveyInput}
              legend="Survey export"
              boxLabel={`A survey export or sheet with a ${getMetricName(state.metric)} column (${formatRange(scale.min, scale.max)})`}
              example="Date,Plan,Score"
              pasteOnly
            />
            {table && (
              <SurveyColumns
                layout={table.layout}
                scoreColumn={table.scoreColumn}
                segment={columns.segment}
                date={columns.date}
                dateChoice={state.date}
                dateSuggested={columns.dateSuggested}
                dateOrder={state.dateOrder}
                status={status}
              />
            )}
          </>
        )}
        <div className="score-tool__settings">
          <ConfidenceChoice value={view.confidence} onChange={setSurveyConfidence} />
          <div className="field survey-workbench__min">
            <label htmlFor={minAnswersId}>Smallest group to judge (answers)</label>
            <input
              id={minAnswersId}
              inputMode="numeric"
              value={minAnswersText ?? String(view.minAnswers)}
              aria-invalid={minAnswersError !== null}
              aria-describedby={minAnswersError ? `${minAnswersId}-error` : undefined}
              onChange={(event) => {
                const text = event.currentTarget.value;
                setMinAnswersText(text);
                if (/^\d+$/.test(text.trim())) setSurveyView({ minAnswers: Number(text) });
              }}
              onBlur={() => {
                if (minAnswersError === null) setMinAnswersText(null);
              }}
            />
            {minAnswersError && (
              <p id={`${minAnswersId}-error`} className="field__error">
                {minAnswersError}
              </p>
            )}
          </div>
          <button type="button" className="button button--secondary" onClick={clearSurveyWorkbench}>
            Clear all
          </button>
        </div>
        <section className="results survey-workbench__results" aria-labelledby={`${id}-results`}>
          <h2 id={`${id}-results`}>{getMetricName(metric)} overall</h2>
          {report?.overall ? (
            <p className="survey-workbench__headline">
              {describeEstimate(metric, report.overall, view.confidence)}
              {report.summary.leftOut > 0 && `; ${report.summary.leftOut === 1 ? '1 value' : `${formatCount(report.summary.leftOut)} values`} in “${report.summary.scoreColumn}” could not count${shared ? '' : ' (listed above)'}`}.
            </p>
          ) : (
            <p>Paste or drop a survey export above (a CSV from SurveyMonkey, Qualtrics, Typeform, Google Forms or any sheet) to see the score by segment and over time.</p>
          )}
        </section>
        {/* With no answer that counts (words not scored yet), segments and dates have nothing true to say. */}
        {report?.overall && report.segments && <SegmentSection report={report.segments} summary={report.summary} overall={report.overall} confidence={view.confidence} />}
        {report?.overall && report.trend && <TrendSection report={report.trend} summary={report.summary} view={view} />}
        {(table !== null || hasCodebookLink) && !shared && <CommentsLauncher load={loadComments} open={hasCodebookLink} />}
        <LaterSampleSizePlanner metric={metric.kind} confidence={view.confidence} observed={getPlannerObserved(report)} headingLevel={2} scale={getMetricScale(metric)} />
        {report?.overall && <SurveyActions report={report} />}
        <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
          {getAnnouncement(report)}
        </p>
      </div>
    </SavedDataGate>
  );
}

/** The CSAT scale and what counts as satisfied. */
function CsatChoices({ scale, threshold }: { readonly scale: CsatScaleId; readonly threshold: number }) {
  const id = useId();
  const { min, max } = CSAT_SCALES[scale];
  const thresholds = Array.from({ length: max - min }, (_, index) => min + 1 + index);
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-scale`}>CSAT scale</label>
        <select id={`${id}-scale`} value={scale} onChange={(event) => isCsatScaleId(event.currentTarget.value) && setSurveyCsatScale(event.currentTarget.value)}>
          {CSAT_SCALE_IDS.map((choice) => (
            <option key={choice} value={choice}>
              {formatRange(CSAT_SCALES[choice].min, CSAT_SCALES[choice].max)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-threshold`}>Counted as satisfied</label>
        <select id={`${id}-threshold`} value={threshold} onChange={(event) => setSurveyMetric({ kind: 'csat', scale, threshold: Number(event.currentTarget.value) })}>
          {thresholds.map((choice) => (
            <option key={choice} value={choice}>
              {formatRange(choice, max)}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
