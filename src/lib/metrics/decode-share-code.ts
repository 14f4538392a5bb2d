import type { Result } from '../result.ts';
import { err, ok } from '../result.ts';
import { CES_SCALE } from './ces.ts';
import { CES_EFFORT_SCALE } from './ces-effort.ts';
import { isConfidenceLevel } from './confidence-level.ts';
import { CSAT_SCALES, isCsatScaleId } from './csat-scale.ts';
import { NPS_SCALE, getScalePointCount } from './score-scale.ts';
import type { NpsSample, ShareCodeError, ShareState } from './share-code.ts';
import { SHARE_CODE_VERSION, getShareCodeCheck } from './share-code.ts';

/** Longest code `decodeShareCode` will read. */
const MAX_CODE_LENGTH = 1000;
/** One count: base-36 digits; 11 reach past 2^53, which is checked after parsing. */
const COUNT_PATTERN = /^[0-9a-z]{1,11}$/;

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
 * Read a share code back into calculator inputs. Never throws, whatever the string.
 *
 * Format and versions: see `share-code.ts`. Checks, in order: blank, length,
 * version, check digits, then each part. O(length).
 *
 * @param code the code, possibly with a leading "#" (from `location.hash`)
 * @returns the inputs, or why the code cannot be read
 * @example decodeShareCode(encodeShareCode(state)) // { ok: true, value: state }
 * @see https://www.rfc-editor.org/rfc/rfc3986#section-3.5 (fragment)
 */
export function decodeShareCode(code: string): Result<ShareState, ShareCodeError> {
  const text = String(code).trim().replace(/^#/, '').trim().toLowerCase();
  if (text === '') return err({ kind: 'empty' });
  if (text.length > MAX_CODE_LENGTH) return err({ kind: 'too-long', length: text.length, max: MAX_CODE_LENGTH });
  const parts = text.split('.');
  const version = parts[0] ?? '';
  if (!/^\d{1,9}$/.test(version) || parts.length < 4) return err({ kind: 'malformed', part: 'structure' });
  if (version !== String(SHARE_CODE_VERSION)) return err({ kind: 'unsupported-version', version });
  const lastDot = text.lastIndexOf('.');
  if (getShareCodeCheck(text.slice(0, lastDot)) !== text.slice(lastDot + 1)) return err({ kind: 'checksum-mismatch' });
  const [, calculator = '', confidenceText = '', ...fields] = parts.slice(0, -1);
  const confidence = Number(confidenceText);
  if (!/^\d\d$/.test(confidenceText) || !isConfidenceLevel(confidence)) return err({ kind: 'malformed', part: 'confidence' });
  const malformed = (part: 'structure' | 'counts' | 'scale' | 'threshold') => err({ kind: 'malformed', part } as const);
  switch (calculator) {
    case 'nps': {
      if (fields.length !== 1) return malformed('structure');
      const sample = decodeSample(fields[0] ?? '');
      return sample ? ok({ calculator: 'nps', confidence, sample }) : malformed('counts');
    }
    case 'npsc': {
      if (fields.length !== 2) return malformed('structure');
      const baseline = decodeSample(fields[0] ?? '');
      const current = decodeSample(fields[1] ?? '');
      return baseline && current ? ok({ calculator: 'nps-comparison', confidence, baseline, current }) : malformed('counts');
    }
    case 'csat': {
      if (fields.length !== 3) return malformed('structure');
      const [maxText = '', thresholdText = '', countsText = ''] = fields;
      const scale = `1-${maxText}`;
      if (!/^\d{1,2}$/.test(maxText) || !isCsatScaleId(scale)) return malformed('scale');
      const { min, max } = CSAT_SCALES[scale];
      const threshold = Number(thresholdText);
      if (!/^\d{1,2}$/.test(thresholdText) || threshold <= min || threshold > max) return malformed('threshold');
      const counts = decodeCounts(countsText, [max - min + 1]);
      return counts ? ok({ calculator: 'csat', confidence, scale, threshold, counts }) : malformed('counts');
    }
    case 'ces2':
    case 'ces1': {
      if (fields.length !== 1) return malformed('structure');
      const scale = calculator === 'ces2' ? CES_SCALE : CES_EFFORT_SCALE;
      const counts = decodeCounts(fields[0] ?? '', [getScalePointCount(scale)]);
      if (!counts) return malformed('counts');
      return ok(calculator === 'ces2' ? { calculator: 'ces', confidence, counts } : { calculator: 'ces-effort', confidence, counts });
    }
    default:
      return err({ kind: 'unknown-calculator', calculator: calculator.slice(0, 20) });
  }
}
