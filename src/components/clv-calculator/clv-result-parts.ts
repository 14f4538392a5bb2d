/**
 * What the CLV calculator shows only once there is a lifetime value or something typed: the result, the summary
 * its copy, download and share actions carry, and what is wrong with a figure. Loaded by ClvCalculator.tsx after first render (see
 * shared/deferred-module.ts), so the page's first script stays small.
 */
export { ClvResults } from './ClvResults.tsx';
export { getClvSummary } from './clv-summary.ts';
export { FigureResultActions } from '../figure-field/FigureResultActions.tsx';
export { describeClvProblem, getClvAnnouncement } from './clv-messages.ts';
