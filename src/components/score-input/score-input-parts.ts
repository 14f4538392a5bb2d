/**
 * The parts of a score input that show only after a paste, a file (read or refused), counts kept from a large paste,
 * or a click on "Type counts": loaded by ScoreInput.tsx after first render (see shared/deferred-module.ts), so the page's first script stays small.
 */
export { CountsFields } from './CountsFields.tsx';
export { describeFileProblem } from './describe-file-problem.ts';
export { LargePasteNotice } from './LargePasteNotice.tsx';
export { PasteReportBody } from './PasteReport.tsx';
export { ReadingChoices } from './ReadingChoices.tsx';
export { INVALID_COUNTS, NO_VALUES_REASONS } from './waiting-reasons.ts';
