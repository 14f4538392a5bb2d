import { useStore } from '@nanostores/react';
import type { ReadableAtom } from 'nanostores';
import { atom, computed } from 'nanostores';
import type { ComponentType } from 'react';
import type { ConfidenceLevel } from '../../lib/metrics/confidence-level.ts';
import type { SurveyMetric } from '../../lib/survey/survey-summary.ts';
import type { ScoreInput } from '../../stores/score-input.ts';
import type { askComments } from '../../stores/score-input-parser.ts';
import { createCommentsView } from '../../stores/survey-comments.ts';
import { CommentsView } from './CommentsView.tsx';

/** What a calculator gives its comments view: its score input, metric and confidence level. */
export type ScoreCommentsSource = {
  readonly input: ScoreInput;
  readonly $metric: ReadableAtom<SurveyMetric>;
  readonly $confidence: ReadableAtom<ConfidenceLevel>;
  readonly headingLevel: 2 | 3;
  readonly ask: typeof askComments;
};

const bound = new WeakMap<ScoreInput, ComponentType>();

/**
 * The comments view over a calculator's input (grouped by score: a calculator has no segment column), made once
 * per input. Loaded by the calculator's `CommentsLauncher` when the person opens it.
 *
 * @param source the calculator's input, metric, confidence level and heading level
 * @returns the view as a component without props
 */
export function bindScoreComments(source: ScoreCommentsSource): ComponentType {
  const known = bound.get(source.input);
  if (known) return known;
  const $table = computed(source.input.$paste, (paste) => (paste.kind === 'read' && paste.analysis.kind === 'table' ? { layout: paste.analysis.layout, scoreColumn: paste.analysis.column } : null));
  const view = createCommentsView({ $table, input: source.input, $metric: source.$metric, $segmentColumn: atom(null), $confidence: source.$confidence, ask: source.ask });
  const Bound = () => {
    useStore($table);
    return <CommentsView view={view} $table={$table} segmentColumn={null} headingLevel={source.headingLevel} />;
  };
  bound.set(source.input, Bound);
  return Bound;
}
