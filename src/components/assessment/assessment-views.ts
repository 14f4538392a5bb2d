/**
 * Everything of the assessment besides the introduction: the question bank, the questions, the results with targets
 * and actions, history, results shared with the person, results opened read-only from a link or a file, and the
 * logic they run on (which brings zod). AssessmentApp.tsx loads it as the island mounts, so the introduction renders
 * from the page's first script without the bank's 15 KB (issue 17).
 */
export { AssessmentActions } from './AssessmentActions.tsx';
export { AssessmentResults, describeResultsForAnnouncement } from './AssessmentResults.tsx';
export { AssessmentStep } from './AssessmentStep.tsx';
export { HistoryPanel } from './HistoryPanel.tsx';
export { PreviewView } from './PreviewView.tsx';
export { SharedPanel } from './SharedPanel.tsx';
export { TargetEditor } from './TargetEditor.tsx';

export { QUESTION_BANK as bank } from '../../lib/assessment/question-bank.ts';
export { countAnswered, getAnswerProblems, getAnswerSet, getProgressResult } from '../../lib/assessment/assessment-progress.ts';
export { getPreviewAnswerSet, getPreviewRespondent } from '../../lib/assessment/assessment-preview.ts';
export { countAnswerKinds } from '../../lib/assessment/count-answer-kinds.ts';
export { scoreAssessment } from '../../lib/assessment/score-assessment.ts';
export { getPreviewForFragment, readAssessmentFiles } from '../../stores/assessment-share.ts';
export { finishAssessment, importAsOwnAssessment } from '../../stores/assessment-history.ts';
export { keepSharedResult } from '../../stores/assessment-shared.ts';
