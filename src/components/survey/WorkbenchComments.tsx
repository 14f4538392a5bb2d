import { useStore } from '@nanostores/react';
import { computed } from 'nanostores';
import type { ComponentType } from 'react';
import type { askComments } from '../../stores/score-input-parser.ts';
import type { CommentsView as View } from '../../stores/survey-comments.ts';
import { $codebookNotice, createCommentsView, openCodebookLink } from '../../stores/survey-comments.ts';
import { $breakdownColumns, $surveyTable, $surveyWorkbench, surveyInput } from '../../stores/survey-workbench.ts';
import { CommentsView } from '../comments/CommentsView.tsx';
import { useShareFragment } from '../shared/use-share-fragment.ts';

let view: View | null = null;

/**
 * The workbench's comments view over its own input, made once (loaded when the person opens it).
 *
 * @param ask `askComments`, passed by the workbench, which has it already
 * @returns the view as a component without props
 */
export function bindWorkbenchComments(ask: typeof askComments): ComponentType {
  view ??= createCommentsView({
    $table: $surveyTable,
    input: surveyInput,
    $metric: computed($surveyWorkbench, (state) => state.metric),
    $segmentColumn: computed($breakdownColumns, (columns) => columns.segment),
    $confidence: computed($surveyWorkbench, (state) => state.view.confidence),
    $minAnswers: computed($surveyWorkbench, (state) => state.view.minAnswers),
    ask,
  });
  return WorkbenchComments;
}

/**
 * Open a codebook link (#k=…): its themes replace the codebook's (Undo puts them back), and the notice says what
 * happened. Whether it was opened, so that the fragment goes and a reload does not repeat it.
 */
async function applyCodebookLink(hash: string): Promise<boolean> {
  const opened = await openCodebookLink(hash);
  if (opened === null) return false;
  $codebookNotice.set(opened.ok ? { kind: 'done', message: opened.value } : { kind: 'failed', message: opened.error });
  return opened.ok;
}

function WorkbenchComments() {
  const { segment } = useStore($breakdownColumns);
  // On load and on a link put in the address bar of the open page, as every tool's share link.
  useShareFragment(applyCodebookLink);
  return view === null ? null : <CommentsView view={view} $table={$surveyTable} segmentColumn={segment} headingLevel={2} />;
}
