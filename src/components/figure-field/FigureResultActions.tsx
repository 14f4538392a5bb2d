import { ResultActions } from '../calculators/ResultActions.tsx';
import type { SummarySection } from './summary-formats.ts';
import { toSummaryCsv, toSummaryMarkdown, toSummaryText } from './summary-formats.ts';

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
