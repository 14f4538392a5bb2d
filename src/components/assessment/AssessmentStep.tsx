import { getAnswer } from '../../lib/assessment/answer-set.ts';
import { getDimensionQuestions } from '../../lib/assessment/questions-in-mode.ts';
import type { QuestionBank } from '../../lib/assessment/question-bank-schema.ts';
import { countAnswered, countAnsweredByDimension, type AnswerProblem, type AssessmentProgress } from '../../lib/assessment/assessment-progress.ts';
import { setAnswer } from '../../stores/assessment.ts';
import { describeAnswered, PROBLEM_SUMMARY_ID, STEP_HEADING_ID } from './labels.ts';
import { QuestionField } from './QuestionField.tsx';


export interface AssessmentStepProps {
  readonly bank: QuestionBank;
  readonly progress: AssessmentProgress;
  /** Problems with the answers as they stand. */
  readonly problems: readonly AnswerProblem[];
  /** Set after "See results" found problems: listed at the top, and missing reasons flagged too. */
  readonly finishProblems: readonly AnswerProblem[] | undefined;
  readonly onGoToStep: (step: number) => void;
  readonly onFinish: () => void;
  readonly onBackToIntro: () => void;
}

/** One dimension's questions, with the progress, the way to any other dimension, and back / next. */
export function AssessmentStep({ bank, progress, problems, finishProblems, onGoToStep, onFinish, onBackToIntro }: AssessmentStepProps) {
  const dimension = bank.dimensions[progress.step];
  if (dimension === undefined) return null;
  const stepCount = bank.dimensions.length;
  const isLast = progress.step === stepCount - 1;
  const questions = getDimensionQuestions(dimension, progress.mode);
  const counted = countAnswered(progress, bank);
  const { asked, answered } = counted;
  const progressText = describeAnswered(counted);
  const byDimension = countAnsweredByDimension(progress, bank);
  // A missing reason is only an error once the person tries to finish; until then the field says "required".
  const visibleProblems = problems.filter((problem) => finishProblems !== undefined || problem.error.kind !== 'missing-reason');
  const dimensionProblems = visibleProblems.filter((problem) => problem.error.kind === 'too-many-not-applicable' && problem.step === progress.step);

  return (
    <section className="assessment-step" aria-labelledby={STEP_HEADING_ID}>
      <div className="step-progress">
        <p className="step-progress__text">{progressText}</p>
        <progress className="step-progress__bar" max={asked} value={answered} aria-label={progressText} />
      </div>

      <div className="assessment-step__layout">
        <div className="assessment-step__main">
          {finishProblems !== undefined && finishProblems.length > 0 && (
            <div className="notice problem-summary" id={PROBLEM_SUMMARY_ID} role="alert" tabIndex={-1}>
              <p>
                <strong>Fix {finishProblems.length === 1 ? 'this' : 'these'} before seeing your results:</strong>
              </p>
              <ul>
                {finishProblems.map((problem) => (
                  <li key={problem.message}>
                    {problem.message}{' '}
                    {problem.step !== progress.step && (
                      <button type="button" className="link-button" onClick={() => onGoToStep(problem.step)}>
                        Go to {bank.dimensions[problem.step]?.name ?? 'the question'}
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          )}

          <h2 id={STEP_HEADING_ID} className="assessment-step__heading" tabIndex={-1}>
            <span className="eyebrow">
              Dimension {progress.step + 1} of {stepCount}
            </span>{' '}
            {dimension.name}
          </h2>
          <p className="assessment-step__description">{dimension.description}</p>
          <p className="field__hint">Choose the statement closest to what happens today, not what is planned.</p>

          {dimensionProblems.map((problem) => (
            <p key={problem.message} className="field__error" role="alert">
              {problem.message}
            </p>
          ))}

          {questions.map((question, index) => (
            <QuestionField
              key={question.id}
              question={question}
              position={`Question ${index + 1} of ${questions.length}`}
              answer={getAnswer(progress, question.id)}
              problems={visibleProblems.filter((problem) => problem.questionId === question.id).map((problem) => problem.message)}
              onAnswer={(answer) => setAnswer(question.id, answer)}
            />
          ))}

          <div className="step-actions">
            {progress.step === 0 ? (
              <button type="button" className="button button--secondary" onClick={onBackToIntro}>
                Back to the introduction
              </button>
            ) : (
              <button type="button" className="button button--secondary" onClick={() => onGoToStep(progress.step - 1)}>
                Back
              </button>
            )}
            {isLast ? (
              <button type="button" className="button" onClick={onFinish}>
                See results
              </button>
            ) : (
              <>
                <button type="button" className="button" onClick={() => onGoToStep(progress.step + 1)}>
                  Next: {bank.dimensions[progress.step + 1]?.name}
                </button>
                <button type="button" className="button button--secondary" onClick={onFinish}>
                  See results now
                </button>
              </>
            )}
          </div>
          {answered < asked && (
            <p className="field__hint">
              You can see results with questions unanswered; a dimension needs at least half its questions answered to get a score.
            </p>
          )}
        </div>

        <nav className="step-nav" aria-label="Dimensions">
          <h3 className="step-nav__heading">Go to a dimension</h3>
          <ol className="step-nav__list">
            {bank.dimensions.map((candidate, index) => {
              const counts = byDimension[index];
              const complete = counts !== undefined && counts.answered === counts.asked;
              return (
                <li key={candidate.id}>
                  <button
                    type="button"
                    className={`step-nav__button${complete ? ' step-nav__button--complete' : ''}`}
                    aria-current={index === progress.step ? 'step' : undefined}
                    onClick={() => onGoToStep(index)}
                  >
                    <span className="step-nav__name">{candidate.name}</span>{' '}
                    <span className="step-nav__count">{describeAnswered(counts ?? { asked: 0, answered: 0, dontKnow: 0 }, '')}</span>
                  </button>
                </li>
              );
            })}
          </ol>
        </nav>
      </div>
    </section>
  );
}
