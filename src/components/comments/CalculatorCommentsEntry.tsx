import { lazy, Suspense } from 'react';
import type { askComments } from '../../stores/score-input-parser.ts';
import type { CalculatorCommentsProps } from './CalculatorComments.tsx';

// Everything past this check (the column check, the button, the view) loads once a table is read: a calculator
// that only ever sees lists of scores never downloads any of it.
const CalculatorComments = lazy(() => import('./CalculatorComments.tsx').then((module) => ({ default: module.CalculatorComments })));
/** The reader that keeps the answers' text: loaded by then (a table was read), imported here so the first script leaves it out. */
const ask: typeof askComments = async (...request) => (await import('../../stores/score-input-parser.ts')).askComments(...request);

/**
 * A calculator's way into the comments view, loaded when its answers are a table (a comment column needs one).
 *
 * @param props the calculator's input, its paste, metric, confidence level and heading level
 */
export function CalculatorCommentsEntry(props: Omit<CalculatorCommentsProps, 'ask'>) {
  if (props.paste.kind !== 'read' || props.paste.analysis.kind !== 'table') return null;
  return (
    <Suspense fallback={null}>
      <CalculatorComments {...props} ask={ask} />
    </Suspense>
  );
}
