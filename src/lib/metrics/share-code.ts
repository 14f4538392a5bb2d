/**
 * Share codes of the score calculators: their inputs (counts, never raw answers), e.g.
 * `1.nps.95.0-0-1-2-5-a-k-u-14-1e-u.7itq`, in the calculator code family (see `calculator-code.ts`).
 *
 *     nps   : "nps"  "." confidence "." sample                         NPS
 *     npsc  : "npsc" "." confidence "." sample "." sample              NPS comparison: baseline, current
 *     csat  : "csat" "." confidence "." scaleMax "." threshold "." counts   scale 1–scaleMax
 *     ces2  : "ces2" "." confidence "." counts                         CES 2.0, 7 counts
 *     ces1  : "ces1" "." confidence "." counts                         CES 1.0 effort, 5 counts
 *     sample = 11 counts for scores 0..10, or 3 counts: promoters-passives-detractors
 *     counts = base-36 whole numbers joined by "-", lowest scale point first
 */
import { invalid, type PortableError } from '../portable/portable-error.ts';
import { err, ok, type Result } from '../result.ts';
import { CALCULATOR_CODE, readCalculatorCode, writeCalculatorCode } from './calculator-code.ts';
import { isConfidenceLevel, type ConfidenceLevel } from './confidence-level.ts';
import { CSAT_SCALES, isCsatScaleId, type CsatScaleId } from './csat-scale.ts';
import type { NpsGroups } from './nps-groups.ts';
import { CES_EFFORT_SCALE, CES_SCALE, NPS_SCALE, getScalePointCount } from './score-scale.ts';
import type { ShareSource } from './share-source.ts';
import { readShareSource, writeShareSource } from './share-source.ts';

/** NPS input: the 0–10 distribution, or only the group totals. */
export type NpsSample =
  | { readonly kind: 'scores'; readonly counts: readonly number[] }
  | { readonly kind: 'groups'; readonly groups: NpsGroups };

/** The inputs a share code carries. */
export type ShareState =
  | { readonly calculator: 'nps'; readonly confidence: ConfidenceLevel; readonly sample: NpsSample; readonly source?: ShareSource | null }
  | {
      readonly calculator: 'nps-comparison';
      readonly confidence: ConfidenceLevel;
      readonly baseline: NpsSample;
      readonly current: NpsSample;
      readonly sources?: { readonly baseline: ShareSource | null; readonly current: ShareSource | null };
    }
  | {
      readonly calculator: 'csat';
      readonly confidence: ConfidenceLevel;
      readonly scale: CsatScaleId;
      readonly threshold: number;
      readonly counts: readonly number[];
      readonly source?: ShareSource | null;
    }
  | { readonly calculator: 'ces'; readonly confidence: ConfidenceLevel; readonly counts: readonly number[]; readonly source?: ShareSource | null }
  | { readonly calculator: 'ces-effort'; readonly confidence: ConfidenceLevel; readonly counts: readonly number[]; readonly source?: ShareSource | null };

/** A source part, or `s` alone for a period with no source (so both periods of a comparison keep their place). */
const NO_SOURCE = 's';
const writeSource = (source: ShareSource | null | undefined): string[] => (source ? [writeShareSource(source)] : []);
const writeSources = (sources: { readonly baseline: ShareSource | null; readonly current: ShareSource | null } | undefined): string[] =>
  sources && (sources.baseline || sources.current)
    ? [sources.baseline ? writeShareSource(sources.baseline) : NO_SOURCE, sources.current ? writeShareSource(sources.current) : NO_SOURCE]
    : [];

/** The score calculators' names in codes. */
const SCORE_CALCULATORS = ['nps', 'npsc', 'csat', 'ces2', 'ces1'] as const;
/** One count: base-36 digits; 11 reach past 2^53, which is checked after parsing. */
const COUNT_PATTERN = /^[0-9a-z]{1,11}$/;

const BAD_SOURCE = 'Its note on where the answers came from is damaged.';
const BAD_COUNTS = 'Its counts are not valid: they must be whole numbers, one for each answer on the scale.';

/** Throw unless every count is a whole number from 0 to 2^53 − 1 and there are `length` of them. */
function assertCounts(counts: readonly number[], length: number, what: string): void {
  if (counts.length !== length || counts.some((count) => !Number.isSafeInteger(count) || count < 0)) {
    throw new Error(`encodeShareCode requires ${String(length)} whole counts >= 0 for ${what}, got [${counts.join(', ')}]`);
  }
}

function encodeCounts(counts: readonly number[]): string {
  return counts.map((count) => count.toString(36)).join('-');
}

function encodeSample(sample: NpsSample): string {
  if (sample.kind === 'scores') {
    assertCounts(sample.counts, getScalePointCount(NPS_SCALE), 'an NPS distribution');
    return encodeCounts(sample.counts);
  }
  const { promoters, passives, detractors } = sample.groups;
  assertCounts([promoters, passives, detractors], 3, 'NPS groups');
  return encodeCounts([promoters, passives, detractors]);
}

/** The same state without the label scores its sources carry. */
function withoutLabels(state: ShareState): ShareState {
  const strip = (source: ShareSource | null | undefined) => (source ? { ...source, labels: [] } : source);
  if (state.calculator === 'nps-comparison') {
    return state.sources ? { ...state, sources: { baseline: strip(state.sources.baseline) ?? null, current: strip(state.sources.current) ?? null } } : state;
  }
  return { ...state, source: strip(state.source) ?? null };
}

/**
 * Encode calculator inputs as a share code for a URL fragment. Throws on inputs no calculator could hold (a
 * programmer error). Where a source's label scores would take the code past its 1,000 characters, they are
 * left out of it (the counts and the rest of the source stay).
 *
 * @param state the calculator, confidence and counts
 * @returns the code, e.g. "1.ces2.95.0-0-1-1-2-3-3.…"
 * @example encodeShareCode({ calculator: 'nps', confidence: 95, sample: { kind: 'groups', groups: { promoters: 50, passives: 30, detractors: 20 } } }) // '1.nps.95.1e-u-k.' + 4 check digits
 * @see https://www.rfc-editor.org/rfc/rfc3986#section-2.3 (unreserved characters)
 */
export function encodeShareCode(state: ShareState): string {
  const code = encodeShareState(state);
  return code.length <= CALCULATOR_CODE.maxLength ? code : encodeShareState(withoutLabels(state));
}

function encodeShareState(state: ShareState): string {
  if (!isConfidenceLevel(state.confidence)) {
    throw new Error(`encodeShareCode requires a confidence of 90, 95 or 99, got ${String(state.confidence)}`);
  }
  const confidence = String(state.confidence);
  switch (state.calculator) {
    case 'nps':
      return writeCalculatorCode('nps', [confidence, encodeSample(state.sample), ...writeSource(state.source)]);
    case 'nps-comparison':
      return writeCalculatorCode('npsc', [confidence, encodeSample(state.baseline), encodeSample(state.current), ...writeSources(state.sources)]);
    case 'csat': {
      if (!isCsatScaleId(state.scale)) throw new Error(`encodeShareCode requires a CSAT scale, got ${String(state.scale)}`);
      const scale = CSAT_SCALES[state.scale];
      if (!Number.isInteger(state.threshold) || state.threshold <= scale.min || state.threshold > scale.max) {
        throw new Error(`encodeShareCode requires a threshold from ${String(scale.min + 1)} to ${String(scale.max)}, got ${String(state.threshold)}`);
      }
      assertCounts(state.counts, getScalePointCount(scale), `CSAT ${state.scale}`);
      return writeCalculatorCode('csat', [confidence, String(scale.max), String(state.threshold), encodeCounts(state.counts), ...writeSource(state.source)]);
    }
    case 'ces':
      assertCounts(state.counts, getScalePointCount(CES_SCALE), 'CES 2.0');
      return writeCalculatorCode('ces2', [confidence, encodeCounts(state.counts), ...writeSource(state.source)]);
    case 'ces-effort':
      assertCounts(state.counts, getScalePointCount(CES_EFFORT_SCALE), 'CES 1.0');
      return writeCalculatorCode('ces1', [confidence, encodeCounts(state.counts), ...writeSource(state.source)]);
    default:
      state satisfies never;
      throw new Error('encodeShareCode requires a known calculator');
  }
}

/** Read "-"-joined base-36 counts; null unless there are `length` valid ones. */
function decodeCounts(text: string, lengths: readonly number[]): number[] | null {
  const parts = text.split('-');
  if (!lengths.includes(parts.length)) return null;
  const counts: number[] = [];
  for (const part of parts) {
    if (!COUNT_PATTERN.test(part)) return null;
    const value = Number.parseInt(part, 36);
    if (!Number.isSafeInteger(value)) return null;
    counts.push(value);
  }
  return counts;
}

function decodeSample(text: string): NpsSample | null {
  const counts = decodeCounts(text, [getScalePointCount(NPS_SCALE), 3]);
  if (!counts) return null;
  if (counts.length === 3) {
    const [promoters = 0, passives = 0, detractors = 0] = counts;
    return { kind: 'groups', groups: { promoters, passives, detractors } };
  }
  return { kind: 'scores', counts };
}

/**
 * Read a share code back into calculator inputs. Never throws, whatever the string. O(length).
 *
 * @param code the code, bare or as a link's fragment (`#c=…`), any case
 * @returns the inputs, or why the code cannot be read
 * @example decodeShareCode(encodeShareCode(state)) // { ok: true, value: state }
 * @see https://www.rfc-editor.org/rfc/rfc3986#section-3.5 (fragment)
 */
export function decodeShareCode(code: string): Result<ShareState, PortableError> {
  const read = readCalculatorCode(code, SCORE_CALCULATORS);
  if (!read.ok) return read;
  const { calculator } = read.value;
  const [confidenceText = '', ...allFields] = read.value.parts;
  const structure = err({ kind: 'malformed', part: 'structure' } as const);
  const fieldCount: number | undefined = ({ nps: 1, npsc: 2, csat: 3, ces2: 1, ces1: 1 } as Readonly<Record<string, number>>)[calculator];
  if (fieldCount === undefined) return structure;
  // After the counts, optionally where the answers came from: one source, or one per period when comparing.
  const fields = allFields.slice(0, fieldCount);
  const sourceParts = allFields.slice(fieldCount);
  const sourceCount = calculator === 'npsc' ? 2 : 1;
  if (fields.length !== fieldCount || ![0, sourceCount].includes(sourceParts.length) || sourceParts.some((part) => !/^s(?:-|$)/.test(part))) return structure;
  const sources = sourceParts.map((part) => (part === NO_SOURCE ? null : readShareSource(part)));
  if (sources.some((source, index) => source === null && sourceParts[index] !== NO_SOURCE)) return err(invalid([BAD_SOURCE]));
  const [source = null, secondSource = null] = sources;
  // Old links have no source part: their decoded state has no source key at all.
  const withSource = sourceParts.length > 0 ? { source } : {};
  const confidence = Number(confidenceText);
  if (!/^\d\d$/.test(confidenceText) || !isConfidenceLevel(confidence)) return err(invalid([`Its confidence level is “${confidenceText.slice(0, 5)}”; it must be 90, 95 or 99.`]));
  const badCounts = err(invalid([BAD_COUNTS]));
  switch (calculator) {
    case 'nps': {
      const sample = decodeSample(fields[0] ?? '');
      return sample ? ok({ calculator: 'nps', confidence, sample, ...withSource }) : badCounts;
    }
    case 'npsc': {
      const baseline = decodeSample(fields[0] ?? '');
      const current = decodeSample(fields[1] ?? '');
      const withSources = sourceParts.length > 0 ? { sources: { baseline: source, current: secondSource } } : {};
      return baseline && current ? ok({ calculator: 'nps-comparison', confidence, baseline, current, ...withSources }) : badCounts;
    }
    case 'csat': {
      const [maxText = '', thresholdText = '', countsText = ''] = fields;
      const scale = `1-${maxText}`;
      if (!/^\d{1,2}$/.test(maxText) || !isCsatScaleId(scale)) return err(invalid([`Its scale is 1 to “${maxText.slice(0, 5)}”; CSAT scales here are 1–3, 1–5, 1–7 and 1–10.`]));
      const { min, max } = CSAT_SCALES[scale];
      const threshold = Number(thresholdText);
      if (!/^\d{1,2}$/.test(thresholdText) || threshold <= min || threshold > max) {
        return err(invalid([`Its “satisfied” threshold is “${thresholdText.slice(0, 5)}”, which is not from ${String(min + 1)} to ${String(max)} on its 1–${String(max)} scale.`]));
      }
      const counts = decodeCounts(countsText, [max - min + 1]);
      return counts ? ok({ calculator: 'csat', confidence, scale, threshold, counts, ...withSource }) : badCounts;
    }
    default: {
      const scale = calculator === 'ces2' ? CES_SCALE : CES_EFFORT_SCALE;
      const counts = decodeCounts(fields[0] ?? '', [getScalePointCount(scale)]);
      if (!counts) return badCounts;
      return ok(calculator === 'ces2' ? { calculator: 'ces', confidence, counts, ...withSource } : { calculator: 'ces-effort', confidence, counts, ...withSource });
    }
  }
}
