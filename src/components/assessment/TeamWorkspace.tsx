import { useEffect, useState } from 'react';
import type { DimensionTargets } from '../../lib/assessment/dimension-targets.ts';
import { exportTeamCsv } from '../../lib/assessment/export-team-csv.ts';
import { exportTeamRespondentsCsv } from '../../lib/assessment/export-team-respondents-csv.ts';
import type { TeamDuplicate } from '../../lib/assessment/find-team-duplicates.ts';
import { QUESTION_BANK } from '../../lib/assessment/question-bank.ts';
import { RESPONDENT_LABEL_MAX_LENGTH, type Respondent } from '../../lib/assessment/respondent.ts';
import { exportTeamJson } from '../../lib/assessment/team-record.ts';
import type { TeamRespondent } from '../../lib/assessment/team-respondent.ts';
import { encodeTeamShareCode } from '../../lib/assessment/team-share-code.ts';
import type { TeamPreview } from '../../stores/assessment.ts';
import { getTeamShareUrl } from '../../stores/assessment-share.ts';
import { $teamState, clearTeam, getTeamView, removeTeamRespondent, restoreTeamRespondent, updateTeamRespondent } from '../../stores/assessment-team.ts';
import { copyText, downloadText } from '../shared/download-text.ts';
import { usePersistedStore } from '../shared/use-persisted-store.ts';
import { getDateStamp } from './file-actions.ts';
import { MODE_LABELS, plural } from './labels.ts';
import { RoleSelect } from './RoleSelect.tsx';
import { PortableMessageText } from './PortableMessageText.tsx';
import { TeamResults } from './TeamResults.tsx';
import { useFocusAfterRender } from '../shared/use-focus-after-render.ts';

const bank = QUESTION_BANK;
const RESULTS_HEADING_ID = 'team-results-heading';
const PREVIEW_HEADING_ID = 'team-preview-heading';

/** A respondent taken out of the list, offered for undo (kept by TeamApp, so adding respondents clears it). */
export type RemovedRespondent = { readonly index: number; readonly respondent: TeamRespondent };

function describeDuplicate(duplicate: TeamDuplicate): string {
  return duplicate.reason === 'same-label'
    ? `Repeats respondent ${duplicate.duplicateOf + 1} (same name): not counted`
    : `Same answers as respondent ${duplicate.duplicateOf + 1} and no name to tell them apart: not counted`;
}

export interface TeamWorkspaceProps {
  readonly guideTitles: Readonly<Record<string, string>>;
  /** The targets chosen on the person's own results. */
  readonly targets: DimensionTargets;
  readonly removed: RemovedRespondent | undefined;
  readonly onRemovedChange: (removed: RemovedRespondent | undefined) => void;
}

/** The team page below "Add respondents": the respondents (names, roles, remove with undo, remove all), then the team results and their actions. */
export function TeamWorkspace({ guideTitles, targets, removed, onRemovedChange: setRemoved }: TeamWorkspaceProps) {
  const state = usePersistedStore($teamState);
  const [confirmingClear, setConfirmingClear] = useState(false);
  const focus = useFocusAfterRender();
  const teamView = state.respondents.length > 0 ? getTeamView(state.respondents, targets) : undefined;
  const duplicates = new Map(teamView?.team.duplicates.map((duplicate) => [duplicate.index, duplicate]) ?? []);

  return (
    <>
      {state.respondents.length > 0 && (
        <section className="team-members" aria-labelledby="team-members-heading">
          <h2 id="team-members-heading" tabIndex={-1}>
            Respondents ({state.respondents.length})
          </h2>
          <p className="field__hint" data-print-hidden>
            Anonymous unless you add a name. A role lets you compare, say, leadership with the front line.
          </p>
          <p className="action-status" role="status" data-print-hidden>
            {removed !== undefined && (
              <>
                Removed respondent {removed.index + 1}.{' '}
                <button
                  type="button"
                  id="team-undo-remove"
                  className="link-button"
                  onClick={() => {
                    restoreTeamRespondent(removed.index, removed.respondent);
                    setRemoved(undefined);
                    focus('team-members-heading');
                  }}
                >
                  Undo
                </button>
              </>
            )}
          </p>
          <div className="table-scroll" role="region" aria-label="Respondents" tabIndex={0}>
            <table className="member-table">
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">Name (optional)</th>
                  <th scope="col">Role</th>
                  <th scope="col">Assessment</th>
                  <th scope="col">Counted</th>
                  <th scope="col" data-print-hidden>
                    <span className="visually-hidden">Remove</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {state.respondents.map((member, index) => {
                  const duplicate = duplicates.get(index);
                  return (
                    // Index keys: rows are edited in place and re-synced from the store (see MemberLabel).
                    <tr key={index} className={duplicate === undefined ? undefined : 'row--flagged'}>
                      <th scope="row">{index + 1}</th>
                      <td>
                        <MemberLabel index={index} respondent={member.respondent} />
                      </td>
                      <td>
                        <label className="visually-hidden" htmlFor={`member-role-${index}`}>
                          Role of respondent {index + 1}
                        </label>
                        <RoleSelect id={`member-role-${index}`} respondent={member.respondent} onChange={(respondent) => updateTeamRespondent(index, respondent)} />
                      </td>
                      <td>{MODE_LABELS[member.mode]}</td>
                      <td>{duplicate === undefined ? 'Yes' : describeDuplicate(duplicate)}</td>
                      <td data-print-hidden>
                        <button
                          type="button"
                          className="link-button link-button--danger"
                          onClick={() => {
                            const respondent = removeTeamRespondent(index);
                            if (respondent !== undefined) setRemoved({ index, respondent });
                            focus('team-undo-remove');
                          }}
                        >
                          Remove{' '}<span className="visually-hidden">respondent {index + 1}</span>
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <p className="action-row" data-print-hidden>
            {confirmingClear ? (
              <>
                <span role="alert">Remove all {state.respondents.length} respondents from this list?</span>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => {
                    clearTeam();
                    setConfirmingClear(false);
                    setRemoved(undefined);
                    focus('team-add-heading');
                  }}
                >
                  Yes, remove all
                </button>
                <button
                  type="button"
                  id="team-clear-keep"
                  className="button button--secondary"
                  onClick={() => {
                    setConfirmingClear(false);
                    focus('team-clear-all');
                  }}
                >
                  Keep them
                </button>
              </>
            ) : (
              <button
                type="button"
                id="team-clear-all"
                className="button button--secondary"
                onClick={() => {
                  setConfirmingClear(true);
                  focus('team-clear-keep');
                }}
              >
                Remove all respondents
              </button>
            )}
          </p>
        </section>
      )}
      {teamView !== undefined && (
        <>
          <TeamResults bank={bank} view={teamView} guideTitles={guideTitles} headingId={RESULTS_HEADING_ID} heading="Team results" />
          <TeamActions respondents={state.respondents} />
        </>
      )}
    </>
  );
}

export interface TeamLinkPreviewProps {
  readonly preview: TeamPreview;
  readonly guideTitles: Readonly<Record<string, string>>;
  readonly targets: DimensionTargets;
  /** Adds the link's respondents to the person's own list (and closes the preview). */
  readonly onAdd: (respondents: readonly TeamRespondent[]) => void;
  readonly onClose: () => void;
}

/** A team opened from a link, read-only, with the choice to add it to the person's own list; or why the link cannot be opened. */
export function TeamLinkPreview({ preview, guideTitles, targets, onAdd, onClose }: TeamLinkPreviewProps) {
  const state = usePersistedStore($teamState);
  const closeButton = (
    <button type="button" className="button button--secondary" onClick={onClose}>
      Back to my team list
    </button>
  );
  if (preview.kind === 'error') {
    return (
      <div className="preview-banner preview-banner--error" role="alert">
        <h2 id={PREVIEW_HEADING_ID} tabIndex={-1}>
          This team link cannot be opened
        </h2>
        <PortableMessageText message={preview.message} />
        <p>Your own team list has not been changed.</p>
        {closeButton}
      </div>
    );
  }
  return (
    <>
      <div className="preview-banner notice notice--info" data-print-hidden>
        <p>
          <strong>Team results from a link ({plural(preview.respondents.length, 'respondent')}), read-only.</strong> Your own team list
          ({plural(state.respondents.length, 'respondent')}) is not changed unless you add these to it.
        </p>
        <p className="action-row">
          <button type="button" className="button" onClick={() => onAdd(preview.respondents)}>
            Add {preview.respondents.length === 1 ? 'this respondent' : `these ${preview.respondents.length} respondents`} to my team list
          </button>
          {closeButton}
        </p>
      </div>
      <TeamResults bank={bank} view={getTeamView(preview.respondents, targets)} guideTitles={guideTitles} headingId={PREVIEW_HEADING_ID} heading="Team results from a link" />
      <TeamActions respondents={preview.respondents} />
    </>
  );
}

/**
 * A respondent's name, saved as it is typed (a reload or another tab never misses the last letters); follows the
 * store when rows change. The store trims names, so the field keeps its own text while it matches what was saved:
 * a space typed between two words stays.
 */
function MemberLabel({ index, respondent }: { readonly index: number; readonly respondent: Respondent | undefined }) {
  const saved = respondent?.label ?? '';
  const [draft, setDraft] = useState(saved);
  useEffect(() => setDraft((current) => (current.trim() === saved ? current : saved)), [saved]);
  return (
    <>
      <label className="visually-hidden" htmlFor={`member-label-${index}`}>
        Name of respondent {index + 1}
      </label>
      <input
        id={`member-label-${index}`}
        type="text"
        value={draft}
        maxLength={RESPONDENT_LABEL_MAX_LENGTH}
        placeholder={`Respondent ${index + 1}`}
        onChange={(event) => {
          const typed = event.currentTarget.value;
          setDraft(typed);
          if (typed.trim() !== saved) updateTeamRespondent(index, { ...respondent, label: typed });
        }}
        onBlur={() => setDraft(saved)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') event.currentTarget.blur();
        }}
      />
    </>
  );
}

type Status = { readonly kind: 'idle' } | { readonly kind: 'done' | 'failed'; readonly message: string };

/** Team link, JSON and CSV downloads, and print. */
function TeamActions({ respondents }: { readonly respondents: readonly TeamRespondent[] }) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const code = encodeTeamShareCode(bank, respondents);
  const shareUrl = getTeamShareUrl(typeof window === 'undefined' ? '' : window.location.origin, code);
  const stamp = getDateStamp(new Date());
  return (
    <section className="assessment-actions" aria-labelledby="team-actions-heading" data-print-hidden>
      <h2 id="team-actions-heading">Share, save and print the team results</h2>
      <div className="field">
        <label htmlFor="team-share-link">Team link</label>
        <p className="field__hint" id="team-share-link-hint">
          Carries every respondent’s answers, names and roles after the <code>#</code>, which browsers never send to a server.
          Remove names first if the results should stay anonymous.
        </p>
        <div className="copy-row">
          <input
            id="team-share-link"
            type="text"
            readOnly
            value={shareUrl}
            aria-describedby="team-share-link-hint"
            onFocus={(event) => event.currentTarget.select()}
          />
          <button
            type="button"
            className="button"
            onClick={async () => {
              const copied = await copyText(shareUrl);
              setStatus(
                copied
                  ? { kind: 'done', message: 'Copied the team link to the clipboard.' }
                  : { kind: 'failed', message: 'Your browser did not allow copying. Select the link in the box and copy it by hand.' },
              );
            }}
          >
            Copy link
          </button>
        </div>
      </div>
      <p className="action-row">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            const fileName = `cx-maturity-team-${stamp}.json`;
            downloadText(fileName, exportTeamJson(respondents, new Date()), 'application/json');
            setStatus({ kind: 'done', message: `Downloaded ${fileName}.` });
          }}
        >
          Download JSON
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            const fileName = `cx-maturity-team-${stamp}.csv`;
            downloadText(fileName, exportTeamCsv(bank, getTeamView(respondents, {}).team), 'text/csv');
            setStatus({ kind: 'done', message: `Downloaded ${fileName}.` });
          }}
        >
          Download CSV
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            const fileName = `cx-maturity-team-people-${stamp}.csv`;
            downloadText(fileName, exportTeamRespondentsCsv(bank, respondents, getTeamView(respondents, {}).team), 'text/csv');
            setStatus({ kind: 'done', message: `Downloaded ${fileName}.` });
          }}
        >
          Download CSV, one row per person
        </button>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </p>
      <p className={`action-status action-status--${status.kind}`} role="status">
        {status.kind === 'idle' ? '' : status.message}
      </p>
    </section>
  );
}
