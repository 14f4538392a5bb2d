import { useStore } from '@nanostores/react';
import { computed } from 'nanostores';
import { useEffect } from 'react';
import { $codebookNotice, createCommentsView, openCodebookLink } from '../../stores/survey-comments.ts';
import { $breakdownColumns, $surveyTable, $surveyWorkbench, surveyInput } from '../../stores/survey-workbench.ts';
import { CommentsView } from '../comments/CommentsView.tsx';

const view = createCommentsView({
  $table: $surveyTable,
  input: surveyInput,
  $metric: computed($surveyWorkbench, (state) => state.metric),
  $segmentColumn: computed($breakdownColumns, (columns) => columns.segment),
  $confidence: computed($surveyWorkbench, (state) => state.view.confidence),
  $minAnswers: computed($surveyWorkbench, (state) => state.view.minAnswers),
});

/** The workbench's comments view, over its own input (loaded when the person opens it). */
export default function WorkbenchComments() {
  const { segment } = useStore($breakdownColumns);
  // A codebook link (#k=…) replaces the themes (Undo puts them back); the fragment then goes, so a reload does not repeat it.
  useEffect(() => {
    void openCodebookLink(window.location.hash).then((opened) => {
      if (opened === null) return;
      $codebookNotice.set(opened.ok ? { kind: 'done', message: opened.value } : { kind: 'failed', message: opened.error });
      if (opened.ok) window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
    });
  }, []);
  return <CommentsView view={view} $table={$surveyTable} segmentColumn={segment} headingLevel={2} />;
}
