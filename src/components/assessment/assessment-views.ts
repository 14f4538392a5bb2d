/**
 * The assessment's views besides the introduction and the questions: the results with targets and actions,
 * history, results shared with the person, and results opened read-only from a link or a file. Loaded by
 * AssessmentApp.tsx when one is shown, or while the page is idle before that (see shared/deferred-module.ts).
 */
export { AssessmentActions } from './AssessmentActions.tsx';
export { AssessmentResults, describeResultsForAnnouncement } from './AssessmentResults.tsx';
export { HistoryPanel } from './HistoryPanel.tsx';
export { PreviewView } from './PreviewView.tsx';
export { SharedPanel } from './SharedPanel.tsx';
export { TargetEditor } from './TargetEditor.tsx';
