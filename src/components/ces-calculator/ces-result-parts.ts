/**
 * What the CES calculator shows only once there is a result, a paste or a share link: the results, the texts of
 * the copy/download/share actions, the share link notice, the offer to read the answers as the other question.
 * Loaded by CesCalculator.tsx after first render (see shared/deferred-module.ts), so the page's first script stays
 * small.
 */
export { ShareLinkNotice } from '../score-input/ShareLinkNotice.tsx';
export { getSourceRows } from '../score-input/source-rows.ts';
export { Ces1Results, Ces2Results } from './CesResults.tsx';
export { CES_HINT_REASONS, getCesVariantHint, getHeaderMismatch } from './ces-variant-hint.tsx';
export { getCes1Announcement, getCes1Exports, getCes2Announcement, getCes2Exports } from './ces-summary.ts';
export { ResultActions } from '../calculators/ResultActions.tsx';
