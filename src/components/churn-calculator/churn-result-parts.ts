/**
 * What the churn calculator shows only once there are results: the result blocks, and the summary its copy,
 * download and share actions carry. Loaded by ChurnCalculator.tsx after first render (see
 * shared/deferred-module.ts), so the page's first script stays small.
 */
export { CustomerResults, RevenueResults } from './ChurnResults.tsx';
export { getChurnSummary } from './churn-summary.ts';
export { FigureResultActions } from '../figure-field/FigureResultActions.tsx';
