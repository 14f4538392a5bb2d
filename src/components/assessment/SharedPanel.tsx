import type { QuestionBank } from '../../lib/assessment/question-bank-schema.ts';
import type { SharedResult } from '../../lib/assessment/shared-results.ts';
import { openPreview } from '../../stores/assessment.ts';
import { $sharedResults, forgetSharedResult, restoreSharedResult } from '../../stores/assessment-shared.ts';
import { usePersistedStore } from '../shared/use-persisted-store.ts';
import { describeOverall } from './HistoryPanel.tsx';
import { describeSharedBy, MODE_LABELS, SHARED_HEADING_ID } from './labels.ts';
import { TableScroll } from './TableScroll.tsx';
import { useFocusAfterRender } from '../shared/use-focus-after-render.ts';

const SHARED_UNDO_ID = 'shared-undo';

export interface SharedPanelProps {
  readonly bank: QuestionBank;
  /** Called after an entry opens read-only, so focus can move to it. */
  readonly onView: () => void;
  /** The entry removed last, offered for undo (kept by the parent, so undo survives an emptied list). */
  readonly removed: SharedResult | undefined;
  readonly onRemovedChange: (entry: SharedResult | undefined) => void;
}

/**
 * "Shared with you": colleagues' results kept apart from the person's own history: view and remove (with undo).
 * Nothing while there are none and nothing to undo.
 */
export function SharedPanel({ bank, onView, removed, onRemovedChange: setRemoved }: SharedPanelProps) {
  const shared = usePersistedStore($sharedResults);
  const focus = useFocusAfterRender();
  if (shared.length === 0 && removed === undefined) return null;
  const now = new Date();

  return (
    <section className="history" aria-labelledby={SHARED_HEADING_ID} data-print-hidden>
      <h3 id={SHARED_HEADING_ID} tabIndex={-1}>
        Shared with you
      </h3>
      <p className="field__hint">Other people’s results you chose to keep, in this browser only. They are never mixed with your own assessments.</p>
      <p role="status" className="action-status">
        {removed !== undefined && (
          <>
            Removed {describeSharedBy(removed.record.respondent, removed.sharedAt, now)}.{' '}
            <button
              type="button"
              id={SHARED_UNDO_ID}
              className="link-button"
              onClick={() => {
                restoreSharedResult(removed);
                setRemoved(undefined);
                focus(SHARED_HEADING_ID);
              }}
            >
              Undo
            </button>
          </>
        )}
      </p>
      {shared.length === 0 ? (
        <p>Nothing shared with you is kept here yet.</p>
      ) : (
        <TableScroll label="Results shared with you">
          <table>
            <caption className="visually-hidden">Results shared with you, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Who</th>
                <th scope="col">Kind</th>
                <th scope="col">Overall</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {shared.map((entry) => {
                const who = describeSharedBy(entry.record.respondent, entry.sharedAt, now);
                return (
                  <tr key={entry.sharedAt}>
                    <th scope="row">{who}</th>
                    <td>{MODE_LABELS[entry.record.mode]}</td>
                    <td>{describeOverall(bank, entry.record)}</td>
                    <td className="history__actions">
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => {
                          openPreview({ source: 'shared', entry });
                          onView();
                        }}
                      >
                        View{' '}<span className="visually-hidden">{who}</span>
                      </button>
                      <button
                        type="button"
                        className="link-button link-button--danger"
                        onClick={() => {
                          setRemoved(forgetSharedResult(entry.sharedAt));
                          focus(SHARED_UNDO_ID);
                        }}
                      >
                        Remove{' '}<span className="visually-hidden">{who}</span>
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
