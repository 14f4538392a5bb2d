/**
 * What the CSAT calculator shows only once there is a result, a paste or a share link: the results, the texts of
 * the copy/download/share actions, the share link notice, the offer of a wider scale. Loaded by
 * CsatCalculator.tsx after first render (see shared/deferred-module.ts), so the page's first script stays small.
 */
export { ShareLinkNotice } from '../score-input/ShareLinkNotice.tsx';
export { getSourceRows } from '../score-input/source-rows.ts';
export { CsatResults } from './CsatResults.tsx';
export { getCsatScaleHint } from './csat-scale-hint.tsx';
export { getCsatAnnouncement, getCsatExports } from './csat-summary.ts';
export { ResultActions } from '../calculators/ResultActions.tsx';
