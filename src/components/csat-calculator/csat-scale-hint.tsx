import type { CsatScaleId } from '../../lib/metrics/csat-scale.ts';
import { CSAT_SCALES } from '../../lib/metrics/csat-scale.ts';
import type { suggestWiderScale } from '../../lib/metrics/suggest-scale.ts';
import type { PasteState } from '../../lib/score-input/score-input-outcome.ts';
import { formatRange } from '../score-input/format.ts';
import { getReadScores, ScaleHint } from '../score-input/ScaleHint.tsx';

/** CSAT scales from the smallest, each with its id, for the wider-scale offer. */
const CSAT_SCALE_LIST = (Object.keys(CSAT_SCALES) as CsatScaleId[]).map((id) => ({ id, ...CSAT_SCALES[id] }));

/**
 * When the answers run past the chosen scale, offer the smallest CSAT scale that holds them all. Shown beside
 * the paste report, so it loads with the calculator's later parts.
 *
 * @param paste where the paste stands
 * @param suggest the metric's suggestion, once its code is here
 * @param chooseScale switch to the wider scale (the store's action, passed in so this file, loaded later, does not
 *   share the store with the page's first script and split it into a file of its own)
 * @returns the offer, or null
 */
export function getCsatScaleHint(paste: PasteState, suggest: typeof suggestWiderScale | undefined, chooseScale: (scale: CsatScaleId) => void) {
  const read = getReadScores(paste);
  const wider = read && suggest?.(read.parse, CSAT_SCALE_LIST);
  if (!read || !wider) return null;
  const highest = Math.max(...Object.keys(read.parse.outside).map(Number));
  return (
    <ScaleHint
      reason={`Answers run up to ${String(highest)}, past this ${formatRange(read.parse.scale.min, read.parse.scale.max)} scale.`}
      action={`Read them on the ${formatRange(wider.min, wider.max)} scale (satisfied: ${formatRange(wider.defaultThreshold, wider.max)})`}
      onAccept={() => chooseScale(wider.id)}
    />
  );
}
