import { useState } from 'react';
import { getPreviewAnswerSet, getPreviewRespondent, type AssessmentPreview } from '../../lib/assessment/assessment-preview.ts';
import { countAnswerKinds } from '../../lib/assessment/count-answer-kinds.ts';
import { scoreAssessment } from '../../lib/assessment/score-assessment.ts';
import { QUESTION_BANK as bank } from '../../lib/assessment/question-bank.ts';
import { AssessmentActions } from './AssessmentActions.tsx';
import { AssessmentResults } from './AssessmentResults.tsx';
import { describeAnswerKinds, describeRespondent, describeSharedBy, formatAssessmentTime, MODE_LABELS, plural, PREVIEW_HEADING_ID } from './labels.ts';
import { PortableMessageText } from './PortableMessageText.tsx';

export interface PreviewViewProps {
  readonly preview: AssessmentPreview;
  readonly guideTitles: Readonly<Record<string, string>>;
  readonly ownHasUnsavedWork: boolean;
  readonly ownAnswered: number;
  readonly onImport: (preview: AssessmentPreview) => void;
  readonly onKeep: (preview: AssessmentPreview) => void;
  readonly onClose: () => void;
}

/** Results from a link, a file or history, read-only, with the choice to import them. */
export function PreviewView({ preview, guideTitles, ownHasUnsavedWork, ownAnswered, onImport, onKeep, onClose }: PreviewViewProps) {
  const [confirming, setConfirming] = useState(false);
  const answerSet = getPreviewAnswerSet(preview, bank);
  const closeButton = (
    <button type="button" className="button button--secondary" onClick={onClose}>
      Back to my own assessment
    </button>
  );
  if (!answerSet.ok) {
    const teamHref = preview.source === 'link-error' ? preview.teamHref : undefined;
    return (
      <div className="preview-banner preview-banner--error" role="alert">
        <h2 id={PREVIEW_HEADING_ID} tabIndex={-1}>
          {preview.source === 'history' || preview.source === 'shared'
            ? 'This saved assessment cannot be shown'
            : teamHref !== undefined
              ? 'This is a link to a team’s results'
              : 'This share link cannot be opened'}
        </h2>
        <PortableMessageText message={answerSet.error} />
        {teamHref !== undefined && (
          <p>
            <a className="button" href={teamHref}>
              Open these team results
            </a>
          </p>
        )}
        <p>Your own answers have not been changed.</p>
        {closeButton}
      </div>
    );
  }
  const result = scoreAssessment(bank, answerSet.value);
  const answeredText = describeAnswerKinds(countAnswerKinds(bank, answerSet.value));
  const record = preview.source === 'file' || preview.source === 'history' ? preview.record : preview.source === 'shared' ? preview.entry.record : undefined;
  const respondent = getPreviewRespondent(preview);
  // Someone else's results are labelled as theirs wherever the link or file names them.
  const named = respondent === undefined ? '' : `: ${describeRespondent(respondent)}`;
  const source =
    preview.source === 'file'
      ? `Results from ${preview.fileName}${named}`
      : preview.source === 'shared'
        ? describeSharedBy(respondent, preview.entry.sharedAt, new Date())
        : record !== undefined
          ? `Your assessment of ${formatAssessmentTime(record.completedAt)}`
          : `Shared results${named}`;
  // A link's time is when it is opened, so only a file or a kept entry says when it was finished.
  const completedAt = preview.source === 'shared' && preview.entry.source === 'link' ? undefined : record?.completedAt;
  const canImport = preview.source === 'link' || preview.source === 'file';

  return (
    <>
      <div className="preview-banner notice notice--info" data-print-hidden>
        <p>
          <strong>{source}, read-only.</strong>{' '}
          {preview.source === 'history'
            ? 'This is an earlier assessment from your history.'
            : preview.source === 'shared'
              ? 'Someone shared these with you; they are kept apart from your own assessments.'
              : 'Your own saved answers are not changed unless you choose to import these. Keep them in “Shared with you” if they are someone else’s.'}
        </p>
        {confirming && (
          <p role="alert">
            Importing replaces your {plural(ownAnswered, 'unfinished answer')} on this device. Your finished assessments stay in
            your history.
          </p>
        )}
        <p className="action-row">
          {canImport && (
            <button type="button" className={respondent === undefined ? 'button button--secondary' : 'button'} onClick={() => onKeep(preview)}>
              Keep in “Shared with you”
            </button>
          )}
          {canImport && (
            <button
              type="button"
              className={respondent === undefined ? 'button' : 'button button--secondary'}
              onClick={() => {
                if (ownHasUnsavedWork && !confirming) setConfirming(true);
                else onImport(preview);
              }}
            >
              {confirming ? 'Replace my answers with these' : 'Import as my assessment'}
            </button>
          )}
          {closeButton}
        </p>
      </div>
      <AssessmentResults
        bank={bank}
        result={result}
        answerSet={answerSet.value}
        guideTitles={guideTitles}
        headingId={PREVIEW_HEADING_ID}
        heading={source}
        own={preview.source === 'history'}
        meta={`${MODE_LABELS[answerSet.value.mode]}${completedAt === undefined ? '' : `, finished ${formatAssessmentTime(completedAt)}`}, ${answeredText}. Targets are the default, one level above today.`}
      />
      <AssessmentActions bank={bank} answerSet={answerSet.value} completedAt={completedAt} respondent={respondent} editableRespondent={false} />
    </>
  );
}
