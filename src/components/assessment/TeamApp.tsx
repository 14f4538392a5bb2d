import { useStore } from '@nanostores/react';
import { useEffect, useRef, useState, type DragEvent, type SubmitEvent } from 'react';
import { ASSESSMENT_FILE_MAX_BYTES } from '../../lib/assessment/assessment-file.ts';
import { exportTeamCsv } from '../../lib/assessment/export-team-csv.ts';
import { exportTeamRespondentsCsv } from '../../lib/assessment/export-team-respondents-csv.ts';
import type { TeamDuplicate } from '../../lib/assessment/find-team-duplicates.ts';
import { RESPONDENT_LABEL_MAX_LENGTH, RESPONDENT_ROLES, type Respondent } from '../../lib/assessment/respondent.ts';
import { exportTeamJson } from '../../lib/assessment/team-record.ts';
import { encodeTeamShareCode, MAX_TEAM_RESPONDENTS } from '../../lib/assessment/team-share-code.ts';
import { readFragment } from '../../lib/portable/fragment.ts';
import { SHARED_LINK_LOADING_TEXT, useSharedLinkCover } from './use-shared-link-cover.ts';
import type { TeamRespondent } from '../../lib/assessment/team-respondent.ts';
import { QUESTION_BANK } from '../../lib/assessment/question-bank.ts';
import { $assessmentProgress, $assessmentTargets } from '../../stores/assessment.ts';
import { getAnswerSet } from '../../lib/assessment/assessment-progress.ts';
import { ASSESSMENT_FRAGMENT_KEYS, getTeamShareUrl, type InputProblem } from '../../stores/assessment-share.ts';
import {
  $teamPreview,
  $teamState,
  addTeamRespondents,
  clearTeam,
  getTeamPreviewForFragment,
  getTeamView,
  readPastedCodes,
  readTeamFiles,
  removeTeamRespondent,
  restoreTeamRespondent,
  updateTeamRespondent,
} from '../../stores/assessment-team.ts';
import { StorageNotices } from '../shared/StorageNotices.tsx';
import { usePersistedStore } from '../shared/use-persisted-store.ts';
import { copyText, downloadText } from '../shared/download-text.ts';
import { getDateStamp } from './file-actions.ts';
import { FileImport } from './FileImport.tsx';
import { PortableMessageText } from './PortableMessageText.tsx';
import { MODE_LABELS, plural, ROLE_LABELS } from './labels.ts';
import { TeamResults } from './TeamResults.tsx';

export interface TeamAppProps {
  readonly guideTitles: Readonly<Record<string, string>>;
}

const bank = QUESTION_BANK;
const RESULTS_HEADING_ID = 'team-results-heading';
const PREVIEW_HEADING_ID = 'team-preview-heading';

type Report = {
  readonly added: number;
  readonly notAdded: number;
  readonly problems: readonly InputProblem[];
};

function describeReport(report: Report): string {
  const parts: string[] = [];
  parts.push(report.added === 0 ? 'No respondents added.' : `Added ${plural(report.added, 'respondent')}.`);
  if (report.notAdded > 0) {
    parts.push(`${plural(report.notAdded, 'respondent')} not added: a team holds at most ${MAX_TEAM_RESPONDENTS}, the most one team link can carry.`);
  }
  if (report.problems.length > 0) parts.push(`${plural(report.problems.length, 'item')} could not be read; see below.`);
  return parts.join(' ');
}

function clearFragment(): void {
  if (window.location.hash !== '') window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
}

async function readFiles(files: readonly File[]) {
  const read = await Promise.all(
    files.map(async (file) => ({ name: file.name, size: file.size, text: file.size > ASSESSMENT_FILE_MAX_BYTES ? undefined : await file.text() })),
  );
  return readTeamFiles(read);
}

function describeDuplicate(duplicate: TeamDuplicate): string {
  return duplicate.reason === 'same-label'
    ? `Repeats respondent ${duplicate.duplicateOf + 1} (same name): not counted`
    : `Same answers as respondent ${duplicate.duplicateOf + 1} and no name to tell them apart: not counted`;
}

/** The team results page: add respondents from links, codes or files, label them, and read the combined results. */
export function TeamApp({ guideTitles }: TeamAppProps) {
  const state = usePersistedStore($teamState);
  const targets = usePersistedStore($assessmentTargets);
  const ownProgress = usePersistedStore($assessmentProgress);
  const preview = useStore($teamPreview);
  const [pasted, setPasted] = useState('');
  const [report, setReport] = useState<Report | undefined>(undefined);
  const [removed, setRemoved] = useState<{ index: number; respondent: TeamRespondent } | undefined>(undefined);
  const [confirmingClear, setConfirmingClear] = useState(false);
  const [dragging, setDragging] = useState(false);
  const focusAfterRender = useRef<string | undefined>(undefined);
  useSharedLinkCover(preview !== undefined);

  useEffect(() => {
    const focusId = focusAfterRender.current;
    if (focusId === undefined) return;
    focusAfterRender.current = undefined;
    document.getElementById(focusId)?.focus();
  });

  useEffect(() => {
    const showFragment = () => {
      // An in-page anchor (the skip link, say) leaves whatever is shown alone.
      if (readFragment(window.location.hash, ASSESSMENT_FRAGMENT_KEYS).kind !== 'other') $teamPreview.set(getTeamPreviewForFragment(window.location.hash));
    };
    showFragment();
    window.addEventListener('hashchange', showFragment);
    return () => window.removeEventListener('hashchange', showFragment);
  }, []);

  const add = (respondents: readonly TeamRespondent[], problems: readonly InputProblem[]) => {
    const { added, notAdded } = addTeamRespondents(respondents);
    setReport({ added, notAdded, problems });
    setRemoved(undefined);
  };

  const submitPasted = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const outcome = readPastedCodes(pasted);
    if (outcome.respondents.length === 0 && outcome.problems.length === 0) {
      setReport({ added: 0, notAdded: 0, problems: [{ source: 'The box', message: { headline: 'Paste at least one share link or code first.', details: [] } }] });
      return;
    }
    add(outcome.respondents, outcome.problems);
    setPasted(outcome.unreadEntries.join('\n'));
  };

  const addFiles = async (files: readonly File[]) => {
    const outcome = await readFiles(files);
    add(outcome.respondents, outcome.problems);
    return [];
  };

  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const files = [...event.dataTransfer.files];
    if (files.length > 0) void addFiles(files);
  };

  const ownFinished = ownProgress.completedAt !== undefined;

  if (preview !== undefined) {
    const closeButton = (
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          clearFragment();
          $teamPreview.set(undefined);
          focusAfterRender.current = 'team-add-heading';
        }}
      >
        Back to my team list
      </button>
    );
    if (preview.kind === 'error') {
      return (
        <div className="assessment">
          <StorageNotices />
          <div className="preview-banner preview-banner--error" role="alert">
            <h2 id={PREVIEW_HEADING_ID} tabIndex={-1}>
              This team link cannot be opened
            </h2>
            <PortableMessageText message={preview.message} />
            <p>Your own team list has not been changed.</p>
            {closeButton}
          </div>
        </div>
      );
    }
    return (
      <div className="assessment">
        <StorageNotices />
        <div className="preview-banner notice notice--info" data-print-hidden>
          <p>
            <strong>Team results from a link ({plural(preview.respondents.length, 'respondent')}), read-only.</strong> Your own team list
            ({plural(state.respondents.length, 'respondent')}) is not changed unless you add these to it.
          </p>
          <p className="action-row">
            <button
              type="button"
              className="button"
              onClick={() => {
                add(preview.respondents, []);
                clearFragment();
                $teamPreview.set(undefined);
                focusAfterRender.current = 'team-add-status';
              }}
            >
              Add {preview.respondents.length === 1 ? 'this respondent' : `these ${preview.respondents.length} respondents`} to my team list
            </button>
            {closeButton}
          </p>
        </div>
        <TeamResults bank={bank} view={getTeamView(preview.respondents, targets)} guideTitles={guideTitles} headingId={PREVIEW_HEADING_ID} heading="Team results from a link" />
        <TeamActions respondents={preview.respondents} />
      </div>
    );
  }

  const teamView = state.respondents.length > 0 ? getTeamView(state.respondents, targets) : undefined;
  const duplicates = new Map(teamView?.team.duplicates.map((duplicate) => [duplicate.index, duplicate]) ?? []);

  return (
    <div className="assessment">
      <p className="shared-link-loading">{SHARED_LINK_LOADING_TEXT}</p>
      <StorageNotices />
      <section className="team-add" aria-labelledby="team-add-heading" data-print-hidden>
        <h2 id="team-add-heading" tabIndex={-1}>
          Add respondents
        </h2>
        <p>
          Ask each person to finish the <a href="/assessment/">assessment</a> alone and send you their share link or exported
          file.
        </p>
        <p>Answers are combined here, in your browser; nothing is uploaded.</p>
        <form onSubmit={submitPasted} className="team-add__form">
          <div className="field">
            <label htmlFor="team-codes">Share links or codes</label>
            <p className="field__hint" id="team-codes-hint">
              One per line. Team links work too and add all their respondents.
            </p>
            <textarea
              id="team-codes"
              value={pasted}
              rows={5}
              aria-describedby="team-codes-hint"
              spellCheck={false}
              onChange={(event) => setPasted(event.currentTarget.value)}
            />
          </div>
          <p className="action-row">
            <button type="submit" className="button">
              Add from links
            </button>
            {ownFinished && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  const { respondent } = ownProgress;
                  add([{ ...getAnswerSet(ownProgress), ...(respondent === undefined ? {} : { respondent }) }], []);
                }}
              >
                Add my own results
              </button>
            )}
          </p>
        </form>
        <div
          className={`drop-zone${dragging ? ' drop-zone--active' : ''}`}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={drop}
        >
          <p>Or drop exported JSON files here (one person’s assessment or a whole team), or</p>
          <FileImport label="Choose JSON files" multiple onFiles={addFiles} />
        </div>
        <p id="team-add-status" className="action-status" role="status" tabIndex={-1}>
          {report === undefined ? '' : describeReport(report)}
        </p>
        {report !== undefined && report.problems.length > 0 && (
          <div className="notice" role="alert">
            <p>
              <strong>Not added:</strong>
            </p>
            <ul className="issue-list">
              {report.problems.map((problem) => (
                <li key={problem.source}>
                  <PortableMessageText source={problem.source} message={problem.message} />
                </li>
              ))}
            </ul>
            {pasted !== '' && <p>The entries that could not be read are still in the box, so you can correct them.</p>}
          </div>
        )}
      </section>

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
                    focusAfterRender.current = 'team-members-heading';
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
                        <select
                          id={`member-role-${index}`}
                          value={member.respondent?.role ?? ''}
                          onChange={(event) => {
                            const role = RESPONDENT_ROLES.find((candidate) => candidate === event.currentTarget.value);
                            const { role: _previous, ...rest } = member.respondent ?? {};
                            updateTeamRespondent(index, role === undefined ? rest : { ...rest, role });
                          }}
                        >
                          <option value="">No role given</option>
                          {RESPONDENT_ROLES.map((role) => (
                            <option key={role} value={role}>
                              {ROLE_LABELS[role]}
                            </option>
                          ))}
                        </select>
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
                            focusAfterRender.current = 'team-undo-remove';
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
                    focusAfterRender.current = 'team-add-heading';
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
                    focusAfterRender.current = 'team-clear-all';
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
                  focusAfterRender.current = 'team-clear-keep';
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
    </div>
  );
}

/** A respondent's name, saved when the field loses focus; follows the store when rows change. */
function MemberLabel({ index, respondent }: { readonly index: number; readonly respondent: Respondent | undefined }) {
  const saved = respondent?.label ?? '';
  const [draft, setDraft] = useState(saved);
  useEffect(() => setDraft(saved), [saved]);
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
        onChange={(event) => setDraft(event.currentTarget.value)}
        onBlur={() => {
          if (draft.trim() !== saved) updateTeamRespondent(index, { ...respondent, label: draft });
        }}
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
