import { ResultActions } from '../calculators/ResultActions.tsx';
import type { SummarySection } from './summary-formats.ts';
import { toSummaryCsv, toSummaryMarkdown, toSummaryText } from './summary-formats.ts';

export interface FigureToolbarProps {
  readonly onUseExample: () => void;
  readonly onClear: () => void;
}

/** The buttons under a figure calculator's form: fill the worked example, or clear every figure. */
export function FigureToolbar({ onUseExample, onClear }: FigureToolbarProps) {
  return (
    <div className="figure-toolbar">
      <button type="button" className="button button--secondary" onClick={onUseExample}>
        Use the worked example
      </button>
      <button type="button" className="button button--secondary" onClick={onClear}>
        Clear
      </button>
    </div>
  );
}

export interface FigureResultActionsProps {
  readonly title: string;
  readonly summary: readonly SummarySection[];
  readonly csvFileName: string;
  readonly shareUrl: string | undefined;
}

/** Copy, download and share the summary of a figure calculator's results; nothing while there are none. */
export function FigureResultActions({ title, summary, csvFileName, shareUrl }: FigureResultActionsProps) {
  if (summary.length === 0) return null;
  return (
    <ResultActions
      text={toSummaryText(title, summary)}
      markdown={toSummaryMarkdown(title, summary)}
      csv={{ filename: csvFileName, content: toSummaryCsv(summary) }}
      shareUrl={shareUrl}
      sharedContent="the figures you typed"
    />
  );
}
