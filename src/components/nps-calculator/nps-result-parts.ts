/**
 * What the NPS calculator shows only once there is a result or a share link: the results, the comparison, the
 * texts of the copy/download/share actions, the share link notice. Loaded by NpsCalculator.tsx after first
 * render (see shared/deferred-module.ts), so the page's first script stays small.
 */
export { ShareLinkNotice } from '../score-input/ShareLinkNotice.tsx';
export { getSourceRows } from '../score-input/source-rows.ts';
export { NpsComparisonResults } from './NpsComparisonResults.tsx';
export { NpsResults } from './NpsResults.tsx';
export { getNpsAnnouncement, getNpsExports } from './nps-summary.ts';
export { ResultActions } from '../calculators/ResultActions.tsx';
