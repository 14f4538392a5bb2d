import { useState } from 'react';
import { getAssessmentId, type AssessmentHistory } from '../../lib/assessment/assessment-history.ts';
import type { AssessmentRecord } from '../../lib/assessment/assessment-record.ts';
import { compareAssessments, type ScoreChange } from '../../lib/assessment/compare-assessments.ts';
import { describeInputError } from '../../lib/assessment/describe-answer-set-error.ts';
import type { QuestionBank } from '../../lib/assessment/question-bank-schema.ts';
import type { DimensionScore } from '../../lib/assessment/score-dimension.ts';
import type { OverallScore } from '../../lib/assessment/score-overall.ts';
import { openPreview } from '../../stores/assessment.ts';
import { deleteFromHistory, restoreToHistory } from '../../stores/assessment-history.ts';
import { scoreHistoryEntry } from '../../lib/assessment/assessment-preview.ts';
import { formatPortableMessage } from '../../lib/portable/portable-error.ts';
import { PortableMessageText } from './PortableMessageText.tsx';
import { TableScroll } from './TableScroll.tsx';
import { formatAssessmentTime, formatDelta, formatDistinctDateTimes, formatLevel, formatScore, getDimensionName, MODE_LABELS } from './labels.ts';
import { useFocusAfterRender } from '../shared/use-focus-after-render.ts';

const HISTORY_HEADING_ID = 'history-heading';
const HISTORY_UNDO_ID = 'history-undo';

export interface HistoryPanelProps {
  readonly bank: QuestionBank;
  readonly history: AssessmentHistory;
  /** Called after an entry opens read-only, so focus can move to it. */
  readonly onView: () => void;
  /** The entry deleted last, offered for undo (kept by the parent, so undo survives an emptied list). */
  readonly deleted: AssessmentRecord | undefined;
  readonly onDeletedChange: (record: AssessmentRecord | undefined) => void;
}

/** An assessment's overall level and score in words, or why it cannot be read. */
export function describeOverall(bank: QuestionBank, record: AssessmentRecord): string {
  const scored = scoreHistoryEntry(record, bank);
  if (!scored.ok) return formatPortableMessage(scored.error);
  const { overall } = scored.value;
  return overall.status === 'scored' ? `${formatLevel(bank, overall.level)} (${formatScore(overall.score)})` : 'Not enough answers';
}

function describeScore(bank: QuestionBank, result: DimensionScore | OverallScore): string {
  return result.status === 'scored' ? `${formatLevel(bank, result.level)} (${formatScore(result.score)})` : 'No score';
}

function describeChange(change: ScoreChange): string {
  switch (change.direction) {
    case 'not-comparable':
      return 'Cannot compare (one has no score)';
    case 'unchanged':
      return 'No change';
    case 'improved':
    case 'declined': {
      const levels = change.levelChange === 0 ? 'same level' : `${change.levelChange > 0 ? '+' : '−'}${Math.abs(change.levelChange)} level${Math.abs(change.levelChange) === 1 ? '' : 's'}`;
      return `${formatDelta(change.scoreDelta)} (${levels})`;
    }
    default:
      return change satisfies never;
  }
}

interface RecordPickerProps {
  readonly id: string;
  readonly label: string;
  readonly history: AssessmentHistory;
  readonly chosen: AssessmentRecord | undefined;
  readonly dateOf: (record: AssessmentRecord) => string;
  readonly onChoose: (id: string) => void;
}

/** One end of the comparison: a select of the saved assessments by date and mode. */
function RecordPicker({ id, label, history, chosen, dateOf, onChoose }: RecordPickerProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={chosen === undefined ? '' : getAssessmentId(chosen)} onChange={(event) => onChoose(event.currentTarget.value)}>
        {history.map((record) => (
          <option key={getAssessmentId(record)} value={getAssessmentId(record)}>
            {dateOf(record)} ({MODE_LABELS[record.mode]})
          </option>
        ))}
      </select>
    </div>
  );
}

/** Finished assessments kept in this browser: view, delete (with undo) and compare any two. */
export function HistoryPanel({ bank, history, onView, deleted, onDeletedChange: setDeleted }: HistoryPanelProps) {
  const ids = history.map(getAssessmentId);
  const dates = formatDistinctDateTimes(history.map((record) => record.completedAt));
  const dateOf = (record: AssessmentRecord) => dates.get(record.completedAt) ?? formatAssessmentTime(record.completedAt);
  const [earlierId, setEarlierId] = useState<string | undefined>(undefined);
  const [laterId, setLaterId] = useState<string | undefined>(undefined);
  const earlier = history.find((record) => getAssessmentId(record) === (earlierId ?? ids.at(-2)));
  const later = history.find((record) => getAssessmentId(record) === (laterId ?? ids.at(-1)));
  // Deleting removes the focused button and undoing removes the Undo button: focus goes to what replaces them.
  const focus = useFocusAfterRender();
  const comparison = earlier !== undefined && later !== undefined && earlier !== later ? compareAssessments(bank, earlier, later) : undefined;

  return (
    <section className="history" aria-labelledby={HISTORY_HEADING_ID} data-print-hidden>
      <h3 id={HISTORY_HEADING_ID} tabIndex={-1}>
        Your earlier assessments
      </h3>
      <p className="field__hint">Kept in this browser only. Each finished assessment is saved here with its date.</p>
      <p role="status" className="action-status">
        {deleted !== undefined && (
          <>
            Deleted the assessment of {formatAssessmentTime(deleted.completedAt)}.{' '}
            <button
              type="button"
              id={HISTORY_UNDO_ID}
              className="link-button"
              onClick={() => {
                restoreToHistory(deleted);
                setDeleted(undefined);
                focus(HISTORY_HEADING_ID);
              }}
            >
              Undo
            </button>
          </>
        )}
      </p>
      {history.length === 0 ? (
        <p>No finished assessments yet.</p>
      ) : (
        <TableScroll label="Finished assessments">
          <table>
            <caption className="visually-hidden">Finished assessments, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">Finished</th>
                <th scope="col">Kind</th>
                <th scope="col">Overall</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {history.map((record) => {
                const id = getAssessmentId(record);
                const date = dateOf(record);
                return (
                  <tr key={id}>
                    <th scope="row">{date}</th>
                    <td>{MODE_LABELS[record.mode]}</td>
                    <td>{describeOverall(bank, record)}</td>
                    <td className="history__actions">
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => {
                          openPreview({ source: 'history', record });
                          onView();
                        }}
                      >
                        View{' '}<span className="visually-hidden">the assessment of {date}</span>
                      </button>
                      <button
                        type="button"
                        className="link-button link-button--danger"
                        onClick={() => {
                          setDeleted(deleteFromHistory(id));
                          focus(HISTORY_UNDO_ID);
                        }}
                      >
                        Delete{' '}<span className="visually-hidden">the assessment of {date}</span>
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}

      {history.length >= 2 && (
        <div className="compare">
          <h4>Compare two assessments</h4>
          <div className="compare__pickers">
            <RecordPicker id="compare-earlier" label="From" history={history} chosen={earlier} dateOf={dateOf} onChoose={setEarlierId} />
            <RecordPicker id="compare-later" label="To" history={history} chosen={later} dateOf={dateOf} onChoose={setLaterId} />
          </div>
          {comparison === undefined && <p>Choose two different assessments to compare.</p>}
          {comparison !== undefined && !comparison.ok && (
            <div className="notice">
              <PortableMessageText message={describeInputError(comparison.error, 'saved assessment')} />
            </div>
          )}
          {comparison !== undefined && comparison.ok && (
            <>
              {comparison.value.modeChanged && (
                <p className="notice">
                  One of these is a quick assessment: its scores rest on one question per dimension, so read changes with care.
                </p>
              )}
              <TableScroll label="Comparison">
                <table>
                  <caption>
                    Change from {dateOf(comparison.value.earlier)} to {dateOf(comparison.value.later)}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Dimension</th>
                      <th scope="col">Before</th>
                      <th scope="col">After</th>
                      <th scope="col">Change</th>
                    </tr>
                  </thead>
                  <tbody>
                    {comparison.value.dimensions.map((dimension) => (
                      <tr key={dimension.dimensionId}>
                        <th scope="row">{getDimensionName(bank, dimension.dimensionId)}</th>
                        <td>{describeScore(bank, dimension.before)}</td>
                        <td>{describeScore(bank, dimension.after)}</td>
                        <td>{describeChange(dimension.change)}</td>
                      </tr>
                    ))}
                    <tr className="compare__overall">
                      <th scope="row">Overall</th>
                      <td>{describeScore(bank, comparison.value.overall.before)}</td>
                      <td>{describeScore(bank, comparison.value.overall.after)}</td>
                      <td>{describeChange(comparison.value.overall.change)}</td>
                    </tr>
                  </tbody>
                </table>
              </TableScroll>
            </>
          )}
        </div>
      )}
    </section>
  );
}
