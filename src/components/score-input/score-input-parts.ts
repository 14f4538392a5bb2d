/**
 * The parts of a score input that show only after a paste, a file or a click on "Type counts": loaded by
 * ScoreInput.tsx after first render (see shared/deferred-module.ts), so the page's first script stays small.
 */
export { CountsFields } from './CountsFields.tsx';
export { PasteReportBody } from './PasteReport.tsx';
export { ReadingChoices } from './ReadingChoices.tsx';
