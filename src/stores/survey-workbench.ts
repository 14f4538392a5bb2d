/**
 * The survey workbench's state: the metric, one score input (paste or file, read by the calculators' own
 * reader), the segment and date columns, how the view is shown, and what was read, kept as counts.
 *
 * Saved under `touchpoint:survey-workbench`, version 1:
 *
 *     { metric, view, segment, date, dateOrder, input: ScoreInputState, kept: SurveySummary | null, shared: SharedSurvey | null }
 *
 * `kept` is the last analysis as counts per segment and per day: a large file's text is never saved, so after a
 * reload the analysis shows from it until the file is dropped again. `shared` is an analysis opened from a link
 * (`#s=`): it is shown instead of the person's own until they go back to it.
 */
import { atom, computed, onMount } from 'nanostores';
import type { ColumnPreference } from '../lib/metrics/analyse-paste.ts';
import { findPreferredColumn, getColumnLabel } from '../lib/metrics/column-names.ts';
import type { ConfidenceLevel } from '../lib/metrics/confidence-level.ts';
import type { CsatScaleId } from '../lib/metrics/csat-scale.ts';
import { CSAT_SCALES } from '../lib/metrics/csat-scale.ts';
import type { ScoreMetric } from '../lib/metrics/score-metric.ts';
import type { ScoreScale } from '../lib/metrics/score-scale.ts';
import { NPS_SCALE } from '../lib/metrics/score-scale.ts';
import type { TableLayout } from '../lib/metrics/detect-paste-layout.ts';
import { FRAGMENT_KEYS, getShareLink, readFragment } from '../lib/portable/fragment.ts';
import type { PortableError } from '../lib/portable/portable-error.ts';
import { INITIAL_SCORE_INPUT } from '../lib/score-input/score-input-state.ts';
import { scoreInputSchema } from '../lib/score-input/score-input-schema.ts';
import { z } from '../lib/schema/zod.ts';
import { schemaParser } from '../lib/storage/schema-parser.ts';
import type { BreakdownRead, SurveyBreakdown } from '../lib/survey/analyse-breakdown.ts';
import { analyseBreakdown } from '../lib/survey/analyse-breakdown.ts';
import type { DateOrder } from '../lib/survey/date-format.ts';
import { suggestDateColumn } from '../lib/survey/suggest-date-column.ts';
import type { SharedSurvey } from '../lib/survey/survey-share-code.ts';
import { decodeSurveyShareCode, encodeSurveyShareCode } from '../lib/survey/survey-share-code.ts';
import type { SurveyMetric, SurveySummary } from '../lib/survey/survey-summary.ts';
import { getMetricScale, summariseBreakdown, surveyMetricSchema, surveySummarySchema } from '../lib/survey/survey-summary.ts';
import type { SurveyView } from '../lib/survey/survey-view.ts';
import { DEFAULT_SURVEY_VIEW, MIN_ANSWERS_RANGE, surveyViewSchema } from '../lib/survey/survey-view.ts';
import type { SurveyReport } from '../lib/survey/survey-report.ts';
import { buildSurveyReport } from '../lib/survey/survey-report.ts';
import { persistedAtom } from './persisted-atom.ts';
import { createScoreInput } from './score-input.ts';

const columnSchema = z.object({ index: z.int().check(z.nonnegative()), name: z.nullable(z.string()) });

/** The date column: the one suggested from the export, none, or the person's choice. */
export type DateColumnChoice = 'suggested' | null | ColumnPreference;

const surveyWorkbenchSchema = z.object({
  metric: surveyMetricSchema,
  view: surveyViewSchema,
  segment: z.nullable(columnSchema),
  date: z.union([z.literal('suggested'), z.null(), columnSchema]),
  dateOrder: z.nullable(z.enum(['day-month', 'month-day'])),
  input: scoreInputSchema,
  kept: z.nullable(surveySummarySchema),
  shared: z.nullable(z.object({ summary: surveySummarySchema, view: surveyViewSchema })),
});

/** The saved state; the analyses are the lib's read-only types (what the schema parses fits them). */
export type SurveyWorkbenchState = Omit<z.output<typeof surveyWorkbenchSchema>, 'kept' | 'shared'> & {
  readonly kept: SurveySummary | null;
  readonly shared: SharedSurvey | null;
};

export const INITIAL_SURVEY_WORKBENCH: SurveyWorkbenchState = {
  metric: { kind: 'nps' },
  view: DEFAULT_SURVEY_VIEW,
  segment: null,
  date: 'suggested',
  dateOrder: null,
  input: INITIAL_SCORE_INPUT,
  kept: null,
  shared: null,
};

/** Everything the workbench saves. */
export const $surveyWorkbench = persistedAtom<SurveyWorkbenchState>({
  key: 'survey-workbench',
  version: 1,
  initial: INITIAL_SURVEY_WORKBENCH,
  parse: schemaParser(surveyWorkbenchSchema),
});

function update(change: (state: SurveyWorkbenchState) => SurveyWorkbenchState): void {
  $surveyWorkbench.set(change($surveyWorkbench.get()));
}

/** The scale of the chosen metric (the same object for the same scale, so reading is not repeated). */
export const $surveyScale = computed($surveyWorkbench, (state): ScoreScale => getMetricScale(state.metric));

const METRIC_QUESTIONS: Readonly<Record<SurveyMetric['kind'], ScoreMetric>> = { nps: 'nps', csat: 'csat', ces: 'ces2' };

/** The answers: a paste or a file, read by the calculators' reader (its column choice, report and worker). */
export const surveyInput = createScoreInput({
  $state: computed($surveyWorkbench, (state) => state.input),
  update: (change) => update((state) => ({ ...state, input: change(state.input) })),
  $scale: $surveyScale,
  ssrScale: NPS_SCALE,
  allowsGroups: false,
  metric: computed($surveyWorkbench, (state) => METRIC_QUESTIONS[state.metric.kind]),
});

/**
 * The table being read and its score column, or null while there is no table. `readable` is false when the
 * column holds Net Promoter groups, which the workbench does not read as scores (the report under the box says so).
 */
export const $surveyTable = computed(surveyInput.$paste, (paste): { readonly layout: TableLayout; readonly scoreColumn: number; readonly readable: boolean } | null =>
  paste.kind === 'read' && paste.analysis.kind === 'table' ? { layout: paste.analysis.layout, scoreColumn: paste.analysis.column, readable: paste.analysis.unread !== 'group-column' } : null,
);

/** The segment and date columns in the table read, by index (null for none). */
export const $breakdownColumns = computed([$surveyWorkbench, $surveyTable], (state, table) => {
  if (table === null) return { segment: null, date: null, dateSuggested: null };
  const dateSuggested = suggestDateColumn(table.layout, table.scoreColumn);
  const date = state.date === 'suggested' ? dateSuggested : findPreferredColumn(table.layout, state.date);
  return { segment: findPreferredColumn(table.layout, state.segment), date, dateSuggested };
});

/** What reading by segment and by day is doing. */
export type BreakdownStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading' }
  | { readonly kind: 'read'; readonly breakdown: SurveyBreakdown; readonly read: BreakdownRead }
  | { readonly kind: 'failed'; readonly message: string };

export const $breakdown = atom<BreakdownStatus>({ kind: 'idle' });

/** The reading to do now, or null: the text here (a small paste) or the id of the large source in the worker. */
const $breakdownAsk = computed(
  [$surveyWorkbench, $surveyTable, $breakdownColumns, surveyInput.$largeSource, $surveyScale],
  (state, table, columns, largeSource, scale) => {
    if (table === null || !table.readable) return null;
    const read: BreakdownRead = {
      layout: table.layout,
      scoreColumn: table.scoreColumn,
      scale,
      labels: state.input.labels ?? {},
      segmentColumn: columns.segment,
      dateColumn: columns.date,
      dateOrder: state.dateOrder,
      locale: typeof navigator === 'undefined' ? null : navigator.language,
    };
    return { read, text: largeSource ? null : state.input.text, sourceId: largeSource?.id ?? null };
  },
);

let breakdownCount = 0;
/** What was last read: the reading choices as a key, and the text (compared in full: an edit may keep its length). */
let lastAsk: { readonly key: string; readonly text: string | null } | null = null;

/** Read by segment and by day whenever the table, a column or a choice changes. */
function readBreakdownNow(ask: ReturnType<typeof $breakdownAsk.get>): void {
  if (ask === null) {
    lastAsk = null;
    $breakdown.set({ kind: 'idle' });
    return;
  }
  // The layout is a new object on each read of the same text: compare what matters.
  const { read } = ask;
  const key = JSON.stringify([ask.sourceId, read.scoreColumn, read.segmentColumn, read.dateColumn, read.dateOrder, read.scale, read.labels, read.layout.columns.length, read.layout.headerRows, read.layout.delimiter]);
  if (lastAsk !== null && key === lastAsk.key && ask.text === lastAsk.text && $breakdown.get().kind !== 'idle') return;
  lastAsk = { key, text: ask.text };
  const number = ++breakdownCount;
  if (ask.text !== null) {
    try {
      $breakdown.set({ kind: 'read', breakdown: analyseBreakdown(ask.text, read), read });
    } catch (error) {
      $breakdown.set({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
    return;
  }
  if (ask.sourceId === null) return;
  $breakdown.set({ kind: 'reading' });
  const sourceId = ask.sourceId;
  // The reader holds the large source, so it has loaded by now: imported here, it stays out of the first script.
  import('./score-input-parser.ts')
    .then((parser) => parser.readSourceBreakdown(sourceId, read))
    .then(
    (answer) => {
      if (number !== breakdownCount) return;
      if (answer.kind === 'breakdown') $breakdown.set({ kind: 'read', breakdown: answer.breakdown, read });
      else $breakdown.set({ kind: 'failed', message: 'The large file is no longer in memory: choose it again.' });
    },
    (error: unknown) => {
      if (number !== breakdownCount) return;
      $breakdown.set({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    },
  );
}

onMount($breakdown, () => {
  const unbind = $breakdownAsk.subscribe(readBreakdownNow);
  return () => {
    unbind();
    lastAsk = null;
    breakdownCount += 1;
  };
});

/** The chosen metric (the same object until it changes, so what depends on it alone is not recomputed). */
const $surveyMetric = computed($surveyWorkbench, (state) => state.metric);

/** The analysis just read, as counts: null until a table is read (or while a new scale is being read). */
const $liveSummary = computed([$breakdown, $surveyMetric], (status, metric): SurveySummary | null => {
  if (status.kind !== 'read') return null;
  const scale = getMetricScale(metric);
  // A metric just changed to another scale: the breakdown read on the old one is about to be read again.
  if (status.read.scale.min !== scale.min || status.read.scale.max !== scale.max) return null;
  return summariseBreakdown(status.breakdown, metric, (index) => getColumnLabel(status.read.layout, index));
});

/** The person's own analysis as counts: from what was just read, else what was kept from the last visit. */
export const $ownSummary = computed([$liveSummary, $surveyWorkbench, $surveyTable], (live, state, table): SurveySummary | null => {
  if (live !== null) return live;
  // A column the workbench cannot read (Net Promoter groups) has no analysis, not the last one kept.
  if (table !== null && !table.readable) return null;
  const { kept } = state;
  return state.input.text === '' && kept !== null && JSON.stringify(kept.metric) === JSON.stringify(state.metric) ? kept : null;
});

// Keep the latest analysis, so a large file's analysis survives a reload (saving it does not change it again).
onMount($ownSummary, () =>
  $liveSummary.listen((summary) => {
    if (summary !== null && $surveyWorkbench.get().kept !== summary) update((state) => ({ ...state, kept: summary }));
  }),
);

/** What is shown: a shared analysis, or the person's own. */
export const $shownSurvey = computed([$surveyWorkbench, $ownSummary], (state, own): SharedSurvey | null =>
  state.shared ?? (own === null ? null : { summary: own, view: state.view }),
);

/** Everything the page shows about the analysis (segments, trend, comparisons), or null without data. */
export const $surveyReport = computed($shownSurvey, (shown): SurveyReport | null => (shown === null ? null : buildSurveyReport(shown.summary, shown.view)));

/** Choose the metric (CSAT with its scale and threshold). */
export function setSurveyMetric(metric: SurveyMetric): void {
  update((state) => ({ ...state, metric }));
}

/** Choose a CSAT scale: its usual threshold comes with it. */
export function setSurveyCsatScale(scale: CsatScaleId): void {
  setSurveyMetric({ kind: 'csat', scale, threshold: CSAT_SCALES[scale].defaultThreshold });
}

export function setSurveySegment(column: ColumnPreference | null): void {
  update((state) => ({ ...state, segment: column }));
}

export function setSurveyDate(column: DateColumnChoice): void {
  update((state) => ({ ...state, date: column, dateOrder: null }));
}

export function setSurveyDateOrder(order: DateOrder | null): void {
  update((state) => ({ ...state, dateOrder: order }));
}

/** Change how the analysis is shown (also a shared one's, which stays the person's to explore). */
export function setSurveyView(change: Partial<SurveyView>): void {
  update((state) => {
    const next = { ...(state.shared?.view ?? state.view), ...change };
    if (!Number.isInteger(next.minAnswers) || next.minAnswers < MIN_ANSWERS_RANGE.min || next.minAnswers > MIN_ANSWERS_RANGE.max) return state;
    return state.shared ? { ...state, shared: { ...state.shared, view: next } } : { ...state, view: next };
  });
}

export function setSurveyConfidence(confidence: ConfidenceLevel): void {
  setSurveyView({ confidence });
}

/** Empty the input and forget everything saved. */
export function clearSurveyWorkbench(): void {
  surveyInput.reset();
  $surveyWorkbench.set(INITIAL_SURVEY_WORKBENCH);
  $surveyShareNotice.set({ kind: 'none' });
}

/** The page of the workbench, for share links. */
export const SURVEY_PATH = '/tools/survey/';

/**
 * A link to the analysis shown: its counts per segment and per day and its view, compressed in the fragment.
 *
 * @param origin `location.origin`
 * @returns the link, or null when there is nothing to share
 */
export async function createSurveyShareLink(origin: string): Promise<string | null> {
  const shown = $shownSurvey.get();
  if (shown === null) return null;
  return getShareLink(origin, SURVEY_PATH, FRAGMENT_KEYS.survey, await encodeSurveyShareCode(shown));
}

/** What opening a share link did. */
export type SurveyShareNotice = { readonly kind: 'none' } | { readonly kind: 'opened' } | { readonly kind: 'failed'; readonly error: PortableError };

export const $surveyShareNotice = atom<SurveyShareNotice>({ kind: 'none' });

/**
 * Open a share link (`#s=<code>`): a valid code is shown in place of the person's own analysis, which is kept
 * and comes back with `closeSharedSurvey`; anything wrong leaves everything as it was and says why.
 *
 * @param hash `location.hash`
 * @returns the notice (also in `$surveyShareNotice`)
 */
export async function openSurveyShareLink(hash: string): Promise<SurveyShareNotice> {
  const fragment = readFragment(hash, [FRAGMENT_KEYS.survey]);
  if (fragment.kind !== 'code') return $surveyShareNotice.get();
  const decoded = await decodeSurveyShareCode(fragment.code);
  const notice: SurveyShareNotice = decoded.ok ? { kind: 'opened' } : { kind: 'failed', error: decoded.error };
  if (decoded.ok) update((state) => ({ ...state, shared: decoded.value }));
  $surveyShareNotice.set(notice);
  return notice;
}

/** Go back to the person's own analysis from a shared one. */
export function closeSharedSurvey(): void {
  update((state) => ({ ...state, shared: null }));
  $surveyShareNotice.set({ kind: 'none' });
}
