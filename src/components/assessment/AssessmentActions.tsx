import { useState } from 'react';
import type { AnswerSet } from '../../lib/assessment/answer-set.ts';
import { createAssessmentRecord, exportAssessmentJson } from '../../lib/assessment/assessment-record.ts';
import { encodeResultShareCode } from '../../lib/assessment/result-share-code.ts';
import { exportAssessmentCsv } from '../../lib/assessment/export-assessment-csv.ts';
import type { QuestionBank } from '../../lib/assessment/question-bank-schema.ts';
import { RESPONDENT_LABEL_MAX_LENGTH, type Respondent } from '../../lib/assessment/respondent.ts';
import { setRespondent } from '../../stores/assessment.ts';
import { getShareLink } from '../../lib/portable/fragment.ts';
import { getResultShareUrl, RESULT_FRAGMENT_KEY, TEAM_PATH } from '../../stores/assessment-share.ts';
import { copyText, downloadText } from '../shared/download-text.ts';
import { getDateStamp } from './file-actions.ts';
import { describeRespondent } from './labels.ts';
import { RoleSelect } from './RoleSelect.tsx';

export interface AssessmentActionsProps {
  readonly bank: QuestionBank;
  readonly answerSet: AnswerSet;
  /** When it was finished; exports of shared links use the time of export. */
  readonly completedAt: string | undefined;
  readonly respondent: Respondent | undefined;
  /** The person's own results can carry a label and role; shared ones are read-only. */
  readonly editableRespondent: boolean;
}

type Status = { readonly kind: 'idle' } | { readonly kind: 'done' | 'failed'; readonly message: string };

/** Share link, JSON and CSV downloads, print, and the way into team results. */
export function AssessmentActions({ bank, answerSet, completedAt, respondent, editableRespondent }: AssessmentActionsProps) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  // Name and role go in the link when given, unless the person unticks the box: what travels is said beside it.
  const [includePerson, setIncludePerson] = useState(true);
  const hasPerson = respondent?.label !== undefined || respondent?.role !== undefined;
  const sharedPerson = includePerson && hasPerson ? respondent : undefined;
  const code = encodeResultShareCode(bank, answerSet, sharedPerson);
  const origin = typeof window === 'undefined' ? '' : window.location.origin;
  const shareUrl = getResultShareUrl(origin, code);
  const completedDate = completedAt === undefined ? new Date() : new Date(completedAt);
  const stamp = getDateStamp(Number.isFinite(completedDate.getTime()) ? completedDate : new Date());

  const copyLink = async () => {
    const copied = await copyText(shareUrl);
    setStatus(
      copied
        ? { kind: 'done', message: 'Copied the share link to the clipboard.' }
        : { kind: 'failed', message: 'Your browser did not allow copying. Select the link in the box and copy it by hand.' },
    );
  };

  const downloadJson = () => {
    const record = createAssessmentRecord(answerSet, Number.isFinite(completedDate.getTime()) ? completedDate : new Date(), respondent);
    const fileName = `cx-maturity-${stamp}.json`;
    downloadText(fileName, exportAssessmentJson(record), 'application/json');
    setStatus({ kind: 'done', message: `Downloaded ${fileName}.` });
  };

  const downloadCsv = () => {
    const fileName = `cx-maturity-${stamp}.csv`;
    downloadText(fileName, exportAssessmentCsv(bank, respondent === undefined ? answerSet : { ...answerSet, respondent }), 'text/csv');
    setStatus({ kind: 'done', message: `Downloaded ${fileName}.` });
  };

  return (
    <section className="assessment-actions" aria-labelledby="assessment-actions-heading" data-print-hidden>
      <h3 id="assessment-actions-heading">Share, save and print</h3>
      {editableRespondent && <RespondentFields respondent={respondent} />}
      <div className="field">
        <label htmlFor="assessment-share-link">Share link</label>
        <p className="field__hint" id="assessment-share-link-hint">
          Your answers are in the part after <code>#</code>, which browsers never send to a server. Anyone with the link
          sees these results; opening it never changes their own answers.{' '}
          {!hasPerson
            ? 'No name or role is given, so the link carries the answers only.'
            : sharedPerson === undefined
              ? `The link carries the answers only, not ${editableRespondent ? 'your' : 'the'} name and role.`
              : `${editableRespondent ? 'Your' : 'The'} name and role go in the link: ${describeRespondent(sharedPerson)}.`}
        </p>
        {hasPerson && (
          <label className="assessment-check">
            <input type="checkbox" checked={includePerson} onChange={(event) => setIncludePerson(event.currentTarget.checked)} />
            Include {editableRespondent ? 'my' : 'the'} name and role in the link
          </label>
        )}
        <div className="copy-row">
          <input
            id="assessment-share-link"
            type="text"
            readOnly
            value={shareUrl}
            aria-describedby="assessment-share-link-hint"
            onFocus={(event) => event.currentTarget.select()}
          />
          <button type="button" className="button" onClick={() => void copyLink()}>
            Copy link
          </button>
        </div>
      </div>
      <div className="action-row">
        <button type="button" className="button button--secondary" onClick={downloadJson}>
          Download JSON
        </button>
        <button type="button" className="button button--secondary" onClick={downloadCsv}>
          Download CSV
        </button>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          Print or save as PDF
        </button>
        <a className="button button--secondary" href={getShareLink('', TEAM_PATH, RESULT_FRAGMENT_KEY, code)}>
          Combine with a team
        </a>
      </div>
      <p className={`action-status action-status--${status.kind}`} role="status">
        {status.kind === 'idle' ? '' : status.message}
      </p>
    </section>
  );
}

/** Optional label and role saved with the person's answers, for exports and team results. */
function RespondentFields({ respondent }: { readonly respondent: Respondent | undefined }) {
  return (
    <fieldset className="respondent-fields">
      <legend>About you (optional)</legend>
      <p className="field__hint">
        Saved with your exported file and put in your share link (you can leave them out below), so a team view can name
        you and group answers by role. Leave empty to stay anonymous.
      </p>
      <div className="respondent-fields__row">
        <div className="field">
          <label htmlFor="respondent-label">Name or initials</label>
          <input
            id="respondent-label"
            type="text"
            maxLength={RESPONDENT_LABEL_MAX_LENGTH}
            defaultValue={respondent?.label ?? ''}
            // Saved as it is typed, not when the field is left: leaving it for "Copy link" added the "include my
            // name" choice above the button mid-click, so the click missed, and a reload lost an unsaved name.
            onChange={(event) => setRespondent({ ...respondent, label: event.currentTarget.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="respondent-role">Role</label>
          <RoleSelect id="respondent-role" respondent={respondent} onChange={setRespondent} />
        </div>
      </div>
    </fieldset>
  );
}
