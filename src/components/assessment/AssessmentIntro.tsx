import { useState, type SubmitEvent } from 'react';
import type { AssessmentMode } from '../../lib/assessment/answer-set.ts';
import type { QuestionBank } from '../../lib/assessment/question-bank-schema.ts';
import type { AnsweredCount, AssessmentProgress } from '../../lib/assessment/assessment-progress.ts';
import { hasUnsavedWork } from '../../lib/assessment/progress-start.ts';
import { describeAnswered, MODE_LABELS } from './labels.ts';

export const INTRO_HEADING_ID = 'assessment-intro-heading';

/** How many dimensions and questions the bank has: the page passes them, so the introduction renders before the bank loads. */
export type BankSize = { readonly dimensions: number; readonly questions: number };

/** The bank's size, as the page counts it at build time. */
export function getBankSize(bank: QuestionBank): BankSize {
  return { dimensions: bank.dimensions.length, questions: bank.dimensions.reduce((sum, dimension) => sum + dimension.questions.length, 0) };
}

export interface AssessmentIntroProps {
  readonly bankSize: BankSize;
  readonly progress: AssessmentProgress;
  /** What the progress's mode asks and what is answered (counted against the bank). */
  readonly counted: AnsweredCount;
  readonly onStart: (mode: AssessmentMode) => void;
  readonly onResume: () => void;
  readonly onShowResults: () => void;
}

/** What the assessment is, how long it takes, that nothing leaves the browser, and the way in. */
export function AssessmentIntro({ bankSize, progress, counted, onStart, onResume, onShowResults }: AssessmentIntroProps) {
  const [mode, setMode] = useState<AssessmentMode>('full');
  const [confirmingRestart, setConfirmingRestart] = useState(false);
  const { answered } = counted;
  const { dimensions: dimensionCount, questions: questionCount } = bankSize;
  const inProgress = answered > 0;
  const finished = progress.completedAt !== undefined;

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (hasUnsavedWork(progress) && !confirmingRestart) {
      setConfirmingRestart(true);
      return;
    }
    setConfirmingRestart(false);
    onStart(mode);
  };

  return (
    <section className="assessment-intro" aria-labelledby={INTRO_HEADING_ID}>
      <h2 id={INTRO_HEADING_ID} tabIndex={-1}>
        Before you start
      </h2>
      <ul className="intro-facts">
        <li>
          <strong>About 10 minutes</strong> for the full assessment: {questionCount} questions, four on each of {dimensionCount} dimensions.
        </li>
        <li>
          <strong>About 3 minutes</strong> for the quick one: {dimensionCount} questions, one per dimension.
        </li>
        <li>
          Each question offers five statements of what happens in practice. Pick the one closest to how things are
          today. “Don’t know” is a fine answer, and you can leave questions out.
        </li>
        <li>
          <strong>Nothing leaves your browser.</strong> Answers are saved on this device as you go, so you can close the
          page and carry on later. There is no account and no server; a share link carries your answers after the{' '}
          <code>#</code>, which browsers never send.
        </li>
      </ul>

      {inProgress && (
        <div className="resume notice notice--info">
          <p>
            {finished ? 'Your last assessment' : 'You have an assessment in progress'}: {MODE_LABELS[progress.mode].toLowerCase()}, {describeAnswered(counted)}.
          </p>
          <p className="action-row">
            {finished ? (
              <button type="button" className="button" onClick={onShowResults}>
                See your results
              </button>
            ) : (
              <button type="button" className="button" onClick={onResume}>
                Continue where you left off
              </button>
            )}
          </p>
        </div>
      )}

      <form className="start-form" onSubmit={submit}>
        <fieldset>
          <legend>{inProgress ? 'Or start a new assessment' : 'Choose an assessment'}</legend>
          <div className="mode-options">
            {(['full', 'quick'] as const).map((candidate) => (
              <label key={candidate} className="option">
                <input type="radio" name="assessment-mode" value={candidate} checked={mode === candidate} onChange={() => setMode(candidate)} />
                <span>
                  <strong>{MODE_LABELS[candidate]}</strong>{' '}
                  {candidate === 'full'
                    ? `${questionCount} questions, about 10 minutes. Gives advice for every answer.`
                    : `${dimensionCount} questions, about 3 minutes. A first look; you can add the rest later.`}
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        {confirmingRestart && (
          <p className="notice" role="alert">
            Starting again clears your {answered} unfinished answers on this device. Press “Start anyway” to continue, or
            “Continue where you left off” above to keep them.
          </p>
        )}
        <p className="action-row">
          <button type="submit" className={inProgress ? 'button button--secondary' : 'button'}>
            {confirmingRestart ? 'Start anyway' : inProgress ? 'Start a new assessment' : 'Start the assessment'}
          </button>
        </p>
      </form>
    </section>
  );
}
