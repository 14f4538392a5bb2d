import { useStore } from '@nanostores/react';
import { computed } from 'nanostores';
import { useEffect } from 'react';
import type { ComponentType } from 'react';
import type { askComments } from '../../stores/score-input-parser.ts';
import type { CommentsView as View } from '../../stores/survey-comments.ts';
import { $codebookNotice, createCommentsView, openCodebookLink } from '../../stores/survey-comments.ts';
import { $breakdownColumns, $surveyTable, $surveyWorkbench, surveyInput } from '../../stores/survey-workbench.ts';
import { CommentsView } from '../comments/CommentsView.tsx';

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

function WorkbenchComments() {
  const { segment } = useStore($breakdownColumns);
  // A codebook link (#k=…) replaces the themes (Undo puts them back); the fragment then goes, so a reload does not repeat it.
  useEffect(() => {
    const open = () => {
      void openCodebookLink(window.location.hash).then((opened) => {
        if (opened === null) return;
        $codebookNotice.set(opened.ok ? { kind: 'done', message: opened.value } : { kind: 'failed', message: opened.error });
        if (opened.ok) window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
      });
    };
    open();
    // A codebook link pasted into the address bar of the open page.
    window.addEventListener('hashchange', open);
    return () => window.removeEventListener('hashchange', open);
  }, []);
  return view === null ? null : <CommentsView view={view} $table={$surveyTable} segmentColumn={segment} headingLevel={2} />;
}
