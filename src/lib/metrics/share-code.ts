import { CES_SCALE } from './ces.ts';
import { CES_EFFORT_SCALE } from './ces-effort.ts';
import type { ConfidenceLevel } from './confidence-level.ts';
import { isConfidenceLevel } from './confidence-level.ts';
import type { CsatScaleId } from './csat-scale.ts';
import { CSAT_SCALES, isCsatScaleId } from './csat-scale.ts';
import type { NpsGroups } from './nps-groups.ts';
import { NPS_SCALE, getScalePointCount } from './score-scale.ts';

/**
 * Share codes: a calculator's inputs (counts, never raw answers) as a short,
 * URL-fragment-safe string, e.g. `1.nps.95.0-0-1-2-5-a-k-u-14-1e-u.7itq`.
 *
 * Format, version 1 (only a-z, 0-9, "." and "-", all unreserved in URLs):
 *
 *     code    = "1" "." calculator "." confidence "." fields "." check
 *     nps     : "nps"  "." sample                        (NPS)
 *     npsc    : "npsc" "." sample "." sample             (NPS comparison: baseline, current)
 *     csat    : "csat" "." scaleMax "." threshold "." counts   (scale is 1–scaleMax)
 *     ces2    : "ces2" "." counts                        (CES 2.0, 7 counts)
 *     ces1    : "ces1" "." counts                        (CES 1.0 effort, 5 counts)
 *     sample  = 11 counts for scores 0..10, or 3 counts: promoters-passives-detractors
 *     counts  = base-36 whole numbers joined by "-", lowest scale point first
 *     check   = FNV-1a 32-bit hash of everything before the last ".", mod 36⁴, as 4 base-36 digits
 *
 * The leading version number lets later formats be read or refused clearly.
 * Decoding accepts a leading "#", surrounding blanks and upper case.
 */
export const SHARE_CODE_VERSION = 1;

const CHECK_DIGITS = 4;
const CHECK_MODULUS = 36 ** CHECK_DIGITS;

/** NPS input: the 0–10 distribution, or only the group totals. */
export type NpsSample =
  | { readonly kind: 'scores'; readonly counts: readonly number[] }
  | { readonly kind: 'groups'; readonly groups: NpsGroups };

/** The inputs a share code carries. */
export type ShareState =
  | { readonly calculator: 'nps'; readonly confidence: ConfidenceLevel; readonly sample: NpsSample }
  | { readonly calculator: 'nps-comparison'; readonly confidence: ConfidenceLevel; readonly baseline: NpsSample; readonly current: NpsSample }
  | { readonly calculator: 'csat'; readonly confidence: ConfidenceLevel; readonly scale: CsatScaleId; readonly threshold: number; readonly counts: readonly number[] }
  | { readonly calculator: 'ces'; readonly confidence: ConfidenceLevel; readonly counts: readonly number[] }
  | { readonly calculator: 'ces-effort'; readonly confidence: ConfidenceLevel; readonly counts: readonly number[] };

/** Why a share code cannot be read (see `decodeShareCode`). */
export type ShareCodeError =
  | { readonly kind: 'empty' }
  | { readonly kind: 'too-long'; readonly length: number; readonly max: number }
  /** Made by a newer (or unknown) version of the format. */
  | { readonly kind: 'unsupported-version'; readonly version: string }
  | { readonly kind: 'unknown-calculator'; readonly calculator: string }
  /** The code was cut short or changed: its check digits do not match. */
  | { readonly kind: 'checksum-mismatch' }
  /** A part is missing or not what the format allows. */
  | { readonly kind: 'malformed'; readonly part: 'structure' | 'confidence' | 'counts' | 'scale' | 'threshold' };

/**
 * The check digits of a share code: FNV-1a 32-bit over the code before its last ".", mod 36⁴, as 4 base-36 digits.
 *
 * @param text everything before the last "."
 * @returns four characters 0-9a-z
 * @example getShareCodeCheck('1.nps.95.1e-u-k') // four base-36 digits
 * @see http://www.isthe.com/chongo/tech/comp/fnv/ (FNV-1a)
 */
export function getShareCodeCheck(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return ((hash >>> 0) % CHECK_MODULUS).toString(36).padStart(CHECK_DIGITS, '0');
}

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

/**
 * Encode calculator inputs as a share code for a URL fragment. Throws on inputs no calculator could hold (a programmer error).
 *
 * @param state the calculator, confidence and counts
 * @returns the code, e.g. "1.ces2.95.0-0-1-1-2-3-3.…"
 * @example encodeShareCode({ calculator: 'nps', confidence: 95, sample: { kind: 'groups', groups: { promoters: 50, passives: 30, detractors: 20 } } }) // '1.nps.95.1e-u-k.' + 4 check digits
 * @see https://www.rfc-editor.org/rfc/rfc3986#section-2.3 (unreserved characters)
 */
export function encodeShareCode(state: ShareState): string {
  if (!isConfidenceLevel(state.confidence)) {
    throw new Error(`encodeShareCode requires a confidence of 90, 95 or 99, got ${String(state.confidence)}`);
  }
  let fields: string;
  switch (state.calculator) {
    case 'nps':
      fields = `nps.${String(state.confidence)}.${encodeSample(state.sample)}`;
      break;
    case 'nps-comparison':
      fields = `npsc.${String(state.confidence)}.${encodeSample(state.baseline)}.${encodeSample(state.current)}`;
      break;
    case 'csat': {
      if (!isCsatScaleId(state.scale)) throw new Error(`encodeShareCode requires a CSAT scale, got ${String(state.scale)}`);
      const scale = CSAT_SCALES[state.scale];
      if (!Number.isInteger(state.threshold) || state.threshold <= scale.min || state.threshold > scale.max) {
        throw new Error(`encodeShareCode requires a threshold from ${String(scale.min + 1)} to ${String(scale.max)}, got ${String(state.threshold)}`);
      }
      assertCounts(state.counts, getScalePointCount(scale), `CSAT ${state.scale}`);
      fields = `csat.${String(state.confidence)}.${String(scale.max)}.${String(state.threshold)}.${encodeCounts(state.counts)}`;
      break;
    }
    case 'ces':
      assertCounts(state.counts, getScalePointCount(CES_SCALE), 'CES 2.0');
      fields = `ces2.${String(state.confidence)}.${encodeCounts(state.counts)}`;
      break;
    case 'ces-effort':
      assertCounts(state.counts, getScalePointCount(CES_EFFORT_SCALE), 'CES 1.0');
      fields = `ces1.${String(state.confidence)}.${encodeCounts(state.counts)}`;
      break;
    default:
      state satisfies never;
      throw new Error('encodeShareCode requires a known calculator');
  }
  const body = `${String(SHARE_CODE_VERSION)}.${fields}`;
  return `${body}.${getShareCodeCheck(body)}`;
}
