import { useRef } from 'react';
import { NOT_APPLICABLE_REASON_MAX_LENGTH, type Answer } from '../../lib/assessment/answer-set.ts';
import type { Question } from '../../lib/assessment/question-bank-schema.ts';

export interface QuestionFieldProps {
  readonly question: Question;
  /** "Question 2 of 4". */
  readonly position: string;
  readonly answer: Answer | undefined;
  /** Problems with this answer, already worded. */
  readonly problems: readonly string[];
  readonly onAnswer: (answer: Answer) => void;
}

/** Which radio an answer selects. */
function getChoice(answer: Answer | undefined): string | undefined {
  if (answer === undefined) return undefined;
  switch (answer.kind) {
    case 'level':
      return String(answer.level);
    case 'dont-know':
      return 'dont-know';
    case 'not-applicable':
      return 'not-applicable';
    default:
      return answer satisfies never;
  }
}

/** One question: a group of radios (five practices, "Don't know", "Not applicable" with a reason). */
export function QuestionField({ question, position, answer, problems, onAnswer }: QuestionFieldProps) {
  const choice = getChoice(answer);
  // Remembers a typed reason, so stepping through the radios with the arrow keys does not erase it.
  const lastReason = useRef(answer?.kind === 'not-applicable' ? answer.reason : '');
  const name = `answer-${question.id}`;
  const reasonId = `${question.id}-reason`;
  const problemId = `${question.id}-problem`;
  const hasProblem = problems.length > 0;
  return (
    <fieldset className="question" id={`question-${question.id}`} aria-describedby={hasProblem ? problemId : undefined}>
      <legend className="question__legend">
        <span className="question__position">{position}</span>
        <span className="question__prompt">{question.prompt}</span>
      </legend>
      <div className="question__options">
        {question.answers.map((option) => (
          <label key={option.level} className="option">
            <input
              type="radio"
              name={name}
              value={option.level}
              checked={choice === String(option.level)}
              onChange={() => onAnswer({ kind: 'level', level: option.level })}
            />
            <span>{option.text}</span>
          </label>
        ))}
      </div>
      <div className="question__options question__options--other">
        <label className="option option--other">
          <input type="radio" name={name} value="dont-know" checked={choice === 'dont-know'} onChange={() => onAnswer({ kind: 'dont-know' })} />
          <span>Don’t know</span>
        </label>
        <label className="option option--other">
          <input
            type="radio"
            name={name}
            value="not-applicable"
            checked={choice === 'not-applicable'}
            onChange={() => onAnswer({ kind: 'not-applicable', reason: lastReason.current })}
          />
          <span>Not applicable to us</span>
        </label>
      </div>
      {answer?.kind === 'not-applicable' && (
        <div className="field question__reason">
          <label htmlFor={reasonId}>Why does this not apply? (required)</label>
          <p className="field__hint" id={`${reasonId}-hint`}>
            For example “we have no physical stores”. At most one question per dimension can be not applicable.
          </p>
          <input
            id={reasonId}
            type="text"
            value={answer.reason}
            maxLength={NOT_APPLICABLE_REASON_MAX_LENGTH}
            aria-describedby={hasProblem ? `${reasonId}-hint ${problemId}` : `${reasonId}-hint`}
            aria-invalid={hasProblem ? true : undefined}
            onChange={(event) => {
              lastReason.current = event.currentTarget.value;
              onAnswer({ kind: 'not-applicable', reason: event.currentTarget.value });
            }}
          />
        </div>
      )}
      {hasProblem && (
        <div className="field__error" id={problemId}>
          {problems.map((problem) => (
            <p key={problem}>{problem}</p>
          ))}
        </div>
      )}
    </fieldset>
  );
}
