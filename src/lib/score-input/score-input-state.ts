/**
 * The saved part of one score input (the NPS, CSAT and CES calculators each hold one or two), and what is
 * saved of a large paste in place of its text. The store (`src/stores/score-input.ts`) holds it in the
 * calculator's persisted state, schema version 1 of each calculator. Its schema is in score-input-schema.ts,
 * which loads only when saved data is read.
 */
import type { PasteAnalysis } from '../metrics/analyse-paste.ts';
import type { ScoreScale } from '../metrics/score-scale.ts';
import type { NpsSample } from '../metrics/share-code.ts';
import { describeScoreIssue } from '../metrics/score-issue.ts';
import { getScalePointCount } from '../metrics/score-scale.ts';
import type { ShareSource, SourceLayout } from '../metrics/share-source.ts';
import type { PasteState } from './score-input-outcome.ts';
import type { KeptCounts, ScoreInputState } from './score-input-schema.ts';

/**
 * Above this many characters a paste is "large": it is read in a Web Worker, not shown in the box (the
 * browser itself takes about a second to put a million lines in a text box) and not saved as text; its
 * counts are saved instead. 100,000 characters is about 40,000 one-score lines.
 */
export const LARGE_PASTE_CHARACTERS = 100_000;
/** Problems kept with the counts of a large paste, to show after a reload. */
const KEPT_ISSUES = 20;

export type { KeptCounts, ScoreInputState } from './score-input-schema.ts';

/** A new, empty input. */
export const INITIAL_SCORE_INPUT: ScoreInputState = {
  mode: 'paste',
  text: '',
  fileName: null,
  readAs: 'list',
  column: null,
  kept: null,
  countsKind: 'scores',
  countFields: {},
  groupFields: { promoters: '', passives: '', detractors: '' },
};

/**
 * The counts mode fields for a scale, lowest score first (blank where nothing was typed).
 *
 * @param state the input's state
 * @param scale the scale
 * @returns one string per scale point
 * @example getCountFields({ ...INITIAL_SCORE_INPUT, countFields: { '1': '4' } }, { min: 1, max: 3 }) // ['4', '', '']
 */
export function getCountFields(state: ScoreInputState, scale: ScoreScale): string[] {
  return Array.from({ length: getScalePointCount(scale) }, (_, index) => state.countFields[String(scale.min + index)] ?? '');
}

/**
 * Scores outside the scale whose counts field still holds something (typed on another scale), so the
 * island can say they are not used rather than drop them silently.
 *
 * @param state the input's state
 * @param scale the current scale
 * @returns the scores, ascending
 * @example getCountsOutsideScale({ ...INITIAL_SCORE_INPUT, countFields: { '7': '3' } }, { min: 1, max: 5 }) // [7]
 */
export function getCountsOutsideScale(state: ScoreInputState, scale: ScoreScale): number[] {
  return Object.entries(state.countFields)
    .filter(([score, text]) => text.trim() !== '' && (Number(score) < scale.min || Number(score) > scale.max))
    .map(([score]) => Number(score))
    .sort((a, b) => a - b);
}

/**
 * The counts and problems of a read paste, for saving in place of a large text: the first 20 problems,
 * worded, and the size and column so the person recognises the paste after a reload.
 *
 * @param analysis a paste read by `analysePaste`
 * @returns what to save, or null when nothing was read
 * @example summariseForKeeping(analysePaste({ text: '5\n4', scale: { min: 1, max: 5 }, readAs: 'list', column: null })) // { counts: [0, 0, 0, 1, 1], n: 2, … }
 */
export function summariseForKeeping(analysis: Exclude<PasteAnalysis, { kind: 'empty' }>): KeptCounts | null {
  const parse = analysis.parse;
  // A column read as Net Promoter groups has no scores to keep: after a reload the file is read again.
  if (parse.kind === 'empty' || analysis.groups !== null) return null;
  const column = analysis.kind === 'table' ? analysis.layout.columns[analysis.column] : undefined;
  return {
    scale: { min: parse.scale.min, max: parse.scale.max },
    counts: [...parse.counts],
    n: parse.n,
    leftOut: parse.leftOut,
    issues: parse.issues.slice(0, KEPT_ISSUES).map(describeScoreIssue),
    decimalComma: parse.decimalComma,
    blankCells: 'blankCells' in parse ? parse.blankCells : 0,
    characters: analysis.size.characters,
    lines: analysis.size.lines,
    columnNumber: analysis.kind === 'table' ? analysis.column + 1 : null,
    columnName: column?.name ?? null,
  };
}

/**
 * An input's state with counts (e.g. from a share link) put into counts mode, lowest score first; the paste is kept.
 *
 * @param state the input's state
 * @param sample counts per score, or NPS groups
 * @param scale the scale the counts are on
 * @param source where the counts came from, when a share link says so (shown beside them)
 * @returns the new state
 * @example withLoadedCounts(INITIAL_SCORE_INPUT, { kind: 'scores', counts: [2, 3] }, { min: 1, max: 2 }).countFields // { 1: '2', 2: '3' }
 */
export function withLoadedCounts(state: ScoreInputState, sample: NpsSample, scale: ScoreScale, source: ShareSource | null = null): ScoreInputState {
  const { sharedSource: _dropped, ...rest } = state;
  // The saved state holds plain (mutable) arrays: copy the source's label scores.
  const withSource = source === null ? rest : { ...rest, sharedSource: { ...source, labels: source.labels ? [...source.labels] : undefined } };
  if (sample.kind === 'groups') {
    const { promoters, passives, detractors } = sample.groups;
    return {
      ...withSource,
      mode: 'counts',
      countsKind: 'groups',
      groupFields: { promoters: String(promoters), passives: String(passives), detractors: String(detractors) },
    };
  }
  const countFields: Record<string, string> = {};
  sample.counts.forEach((count, index) => {
    countFields[String(scale.min + index)] = String(count);
  });
  return { ...withSource, mode: 'counts', countsKind: 'scores', countFields };
}

/**
 * Where the answers in use came from, for a share code: the file or paste, layout, column and what was left out;
 * for counts loaded from a share link, the source that link carried; null for counts typed by hand.
 *
 * @param state the input's saved state
 * @param paste what the paste holds
 * @returns the source, or null
 * @example getInputSource({ ...INITIAL_SCORE_INPUT, fileName: 'a.csv' }, readPaste)?.fileName // 'a.csv'
 */
export function getInputSource(state: ScoreInputState, paste: PasteState): ShareSource | null {
  if (state.mode === 'counts') return state.sharedSource ?? null;
  const fileName = state.fileName;
  if (paste.kind === 'kept') {
    const { kept } = paste;
    const column = kept.columnName ?? (kept.columnNumber === null ? null : `column ${String(kept.columnNumber)}`);
    return { fileName, layout: column === null ? 'list' : 'table', column, leftOut: kept.leftOut, notANumber: kept.leftOut, outOfRange: 0, notWhole: 0 };
  }
  if (paste.kind !== 'read') return null;
  const { analysis } = paste;
  const layout: SourceLayout = analysis.kind === 'list' ? 'list' : (analysis.layout.tool ?? 'table');
  const column = analysis.kind === 'table' ? (analysis.layout.columns[analysis.column]?.name ?? `column ${String(analysis.column + 1)}`) : null;
  if (analysis.groups !== null) {
    const { leftOut } = analysis.groups;
    return { fileName, layout, column, leftOut, notANumber: leftOut, outOfRange: 0, notWhole: 0 };
  }
  const { parse } = analysis;
  if (parse.kind === 'empty') return { fileName, layout, column, leftOut: 0, notANumber: 0, outOfRange: 0, notWhole: 0 };
  const byKind = parse.leftOutByKind;
  // The label scores in use, named as the answers write them.
  const labels = parse.textLabels.flatMap(({ key, label }) => {
    const score = state.labels?.[key];
    return score === undefined ? [] : [{ label, score }];
  });
  const source: ShareSource = { fileName, layout, column, leftOut: parse.leftOut, notANumber: byKind['not-a-number'], outOfRange: byKind['out-of-range'], notWhole: byKind['not-whole'] };
  return labels.length > 0 ? { ...source, labels } : source;
}
