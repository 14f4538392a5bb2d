import type { ReadableAtom } from 'nanostores';
import { useMemo } from 'react';
import type { ConfidenceLevel } from '../../lib/metrics/confidence-level.ts';
import type { SurveyMetric } from '../../lib/survey/survey-summary.ts';
import { suggestCommentColumn } from '../../lib/comments/suggest-comment-column.ts';
import type { PasteState } from '../../lib/score-input/score-input-outcome.ts';
import type { ScoreInput } from '../../stores/score-input.ts';
import type { askComments } from '../../stores/score-input-parser.ts';
import { CommentsLauncher } from './CommentsLauncher.tsx';

export interface CalculatorCommentsProps {
  readonly input: ScoreInput;
  readonly paste: PasteState;
  readonly $metric: ReadableAtom<SurveyMetric>;
  readonly $confidence: ReadableAtom<ConfidenceLevel>;
  readonly headingLevel: 2 | 3;
  /** `askComments`, passed by the entry (imported here, it would be split off the reader's own module). */
  readonly ask: typeof askComments;
}

/**
 * A calculator's way into the comments view: shown only when the answers came in a table with a column of
 * written comments beside the score; the view loads when opened.
 */
export function CalculatorComments({ input, paste, $metric, $confidence, headingLevel, ask }: CalculatorCommentsProps) {
  const hasComments = paste.kind === 'read' && paste.analysis.kind === 'table' && suggestCommentColumn(paste.analysis.layout, paste.analysis.column) !== null;
  const load = useMemo(() => () => import('./ScoreComments.tsx').then((module) => ({ default: module.bindScoreComments({ input, $metric, $confidence, headingLevel, ask }) })), [input, $metric, $confidence, headingLevel, ask]);
  if (!hasComments) return null;
  return <CommentsLauncher load={load} headingLevel={headingLevel} />;
}
