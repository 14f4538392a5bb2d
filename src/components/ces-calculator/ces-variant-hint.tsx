import type { CesVariantHint, suggestCesVariant } from '../../lib/metrics/suggest-scale.ts';
import type { PasteState } from '../../lib/score-input/score-input-outcome.ts';
import type { CesVariant } from '../../stores/ces-calculator.ts';
import { getReadScores, ScaleHint } from '../score-input/ScaleHint.tsx';

/** Why the answers look like the other CES question's. */
export const CES_HINT_REASONS: Readonly<Record<CesVariantHint['reason'], string>> = {
  header: 'The column’s header asks the other CES question.',
  'no-answer-above-5': 'No answer is above 5, as on the CES 1.0 effort scale (1–5, lower is easier).',
  'answers-above-5': 'Some answers are above 5, as on the CES 2.0 agreement scale (1–7).',
};

/**
 * The other question's hint when the column's header asks it (the strongest sign), else null.
 *
 * @param variant the question chosen
 * @param paste where the paste stands
 * @param suggest the metric's suggestion, once its code is here
 * @returns the hint, or null
 */
export function getHeaderMismatch(variant: CesVariant, paste: PasteState, suggest: typeof suggestCesVariant | undefined): CesVariantHint | null {
  const read = getReadScores(paste);
  const hint = read && suggest?.(variant, read.parse, read.header);
  return hint?.reason === 'header' ? hint : null;
}

/**
 * When the answers look like the other CES question's, offer to read them as that one. Beside the box for the
 * weaker signs (the range of the answers); in place of the result when the header asks the other question.
 * Shown only after a paste, so it loads with the calculator's later parts.
 *
 * @param variant the question chosen
 * @param paste where the paste stands
 * @param suggest the metric's suggestion, once its code is here
 * @param readAs read the answers as the other question (the store's action, passed in so this file, loaded later, does
 *   not share the store with the page's first script and split it into a file of its own)
 * @param where beside the box, or in place of the result
 * @returns the offer, or null
 */
export function getCesVariantHint(
  variant: CesVariant,
  paste: PasteState,
  suggest: typeof suggestCesVariant | undefined,
  readAs: (variant: CesVariant) => void,
  where: 'box' | 'result' = 'box',
) {
  const read = getReadScores(paste);
  const hint = read && suggest?.(variant, read.parse, read.header);
  if (!hint || (hint.reason === 'header') !== (where === 'result')) return null;
  return (
    <ScaleHint
      reason={where === 'result' ? '' : CES_HINT_REASONS[hint.reason]}
      live={where === 'box'}
      action={hint.kind === 'ces-1.0' ? 'Read them as CES 1.0 (effort, 1–5)' : 'Read them as CES 2.0 (agreement, 1–7)'}
      onAccept={() => readAs(hint.kind)}
    />
  );
}
