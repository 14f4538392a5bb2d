import { useStore } from '@nanostores/react';
import { useEffect, useRef, useState, type DragEvent, type SubmitEvent } from 'react';
import type { TeamRespondent } from '../../lib/assessment/team-respondent.ts';
import { ASSESSMENT_FRAGMENT_KEYS, readFragment } from '../../lib/portable/fragment.ts';
import { $assessmentProgress, $assessmentTargets, $teamPreview } from '../../stores/assessment.ts';
import type { InputProblem } from '../../stores/assessment-share.ts';
import { lazyModule } from '../../stores/lazy-module.ts';
import { couldNotLoad } from '../shared/could-not-load.ts';
import { LoadFailedNotice, useRetryLoad } from '../shared/LoadFailedNotice.tsx';
import { SavedDataGate } from '../shared/SavedDataGate.tsx';
import { useFocusAfterRender } from '../shared/use-focus-after-render.ts';
import { StorageNotices } from '../shared/StorageNotices.tsx';
import { usePersistedStore } from '../shared/use-persisted-store.ts';
import { FileImport, READER_UNAVAILABLE } from './FileImport.tsx';
import { plural } from './labels.ts';
import { PortableMessageText } from './PortableMessageText.tsx';
import type { RemovedRespondent } from './TeamWorkspace.tsx';
import { SHARED_LINK_LOADING_TEXT, useSharedLinkCover } from '../shared/use-shared-link-cover.ts';

export interface TeamAppProps {
  readonly guideTitles: Readonly<Record<string, string>>;
}

/**
 * The question bank, the respondents' list, the team results and the reading of links and files (team-views.ts),
 * with the person's own assessment and targets read: requested as the island mounts, so the first script renders
 * "Add respondents" without them.
 */
export const teamViews = lazyModule(async () => {
  const [views] = await Promise.all([import('./team-views.ts'), $assessmentProgress.ready(), $assessmentTargets.ready()]);
  return views;
});

type TeamViews = Awaited<ReturnType<typeof teamViews.load>>;

type Report = {
  /** Said instead of the counts when there was nothing to read. */
  readonly nothingToRead?: true;
  readonly added: number;
  readonly notAdded: number;
  /** The most respondents a team holds. */
  readonly limit: number;
  readonly problems: readonly InputProblem[];
};

function describeReport(report: Report): string {
  if (report.nothingToRead) return 'Paste at least one share link or code first.';
  const parts: string[] = [];
  parts.push(report.added === 0 ? 'No respondents added.' : `Added ${plural(report.added, 'respondent')}.`);
  if (report.notAdded > 0) {
    parts.push(`${plural(report.notAdded, 'respondent')} not added: a team holds at most ${report.limit}, the most one team link can carry.`);
  }
  if (report.problems.length > 0) parts.push(`${plural(report.problems.length, 'item')} could not be read; see below.`);
  return parts.join(' ');
}

/** The team, or with none "Add respondents", for focus after a retried load. */
const focusTeamHeading = () => document.getElementById('team-members-heading') ?? document.getElementById('team-add-heading');

function clearFragment(): void {
  if (window.location.hash !== '') window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
}

/**
 * The team results page: add respondents from links, codes or files, label them, and read the combined results.
 * "Add respondents" renders from the page's first script; the rest arrives with `teamViews`.
 */
export function TeamApp({ guideTitles }: TeamAppProps) {
  const viewsState = useStore(teamViews.$state);
  const views = viewsState.kind === 'loaded' ? viewsState.module : undefined;
  const targets = usePersistedStore($assessmentTargets);
  const ownProgress = usePersistedStore($assessmentProgress);
  const preview = useStore($teamPreview);
  const [pasted, setPasted] = useState('');
  const pastedNow = useRef(pasted);
  pastedNow.current = pasted;
  const [report, setReport] = useState<Report | undefined>(undefined);
  const [removed, setRemoved] = useState<RemovedRespondent | undefined>(undefined);
  const [dragging, setDragging] = useState(false);
  /** Links sent before the reader arrived: being read once it does, or it could not load. */
  const [waiting, setWaiting] = useState<'none' | 'reading' | 'failed'>('none');
  const focus = useFocusAfterRender();
  useSharedLinkCover((preview !== undefined && views !== undefined) || viewsState.kind === 'failed');

  useEffect(() => {
    teamViews.load().catch(() => undefined);
  }, []);

  const retryViews = useRetryLoad(teamViews, focusTeamHeading);

  useEffect(() => {
    if (views === undefined) return;
    const showFragment = () => {
      // An in-page anchor (the skip link, say) leaves whatever is shown alone.
      if (readFragment(window.location.hash, ASSESSMENT_FRAGMENT_KEYS).kind !== 'other') $teamPreview.set(views.getTeamPreviewForFragment(window.location.hash));
    };
    showFragment();
    window.addEventListener('hashchange', showFragment);
    return () => window.removeEventListener('hashchange', showFragment);
  }, [views]);

  const add = (loaded: TeamViews, respondents: readonly TeamRespondent[], problems: readonly InputProblem[]) => {
    setReport({ ...loaded.addTeamRespondents(respondents), limit: loaded.MAX_TEAM_RESPONDENTS, problems });
    setRemoved(undefined);
  };

  const submitPasted = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const read = (loaded: TeamViews) => {
      // The box as it is when read: edited while the reader was on its way, the edit is what is read.
      const outcome = loaded.readPastedCodes(pastedNow.current);
      if (outcome.respondents.length === 0 && outcome.problems.length === 0) {
        setReport({ nothingToRead: true, added: 0, notAdded: 0, limit: 0, problems: [] });
        return;
      }
      add(loaded, outcome.respondents, outcome.problems);
      setPasted(outcome.unreadEntries.join('\n'));
    };
    if (views !== undefined) {
      read(views);
      return;
    }
    // Sent within a moment of the page showing, before the reader has arrived: read once it has, once (a second
    // press meanwhile would add everyone twice), saying so meanwhile.
    if (waiting === 'reading') return;
    setWaiting('reading');
    setReport(undefined);
    teamViews.load().then(
      (loaded) => {
        setWaiting('none');
        read(loaded);
      },
      () => setWaiting('failed'),
    );
  };

  const addFiles = async (files: readonly File[]) => {
    const loaded = views ?? (await teamViews.load().catch(() => undefined));
    if (loaded === undefined) return READER_UNAVAILABLE;
    const outcome = await loaded.readChosenTeamFiles(files);
    add(loaded, outcome.respondents, outcome.problems);
    return [];
  };

  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const files = [...event.dataTransfer.files];
    if (files.length === 0) return;
    // Dropped while the reader could not load: said in the status line, as for links (the file picker says it below itself).
    void addFiles(files).then((outcome) => {
      if (outcome === READER_UNAVAILABLE) setWaiting('failed');
    });
  };

  if (preview !== undefined && views !== undefined) {
    return (
      <div className="assessment">
        <StorageNotices />
        <views.TeamLinkPreview
          preview={preview}
          guideTitles={guideTitles}
          targets={targets}
          onAdd={(respondents) => {
            add(views, respondents, []);
            clearFragment();
            $teamPreview.set(undefined);
            focus('team-add-status');
          }}
          onClose={() => {
            clearFragment();
            $teamPreview.set(undefined);
            focus('team-add-heading');
          }}
        />
      </div>
    );
  }

  return (
    <SavedDataGate stores={[$assessmentTargets, $assessmentProgress]}>
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
              {views !== undefined && ownProgress.completedAt !== undefined && (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => {
                    const { respondent } = ownProgress;
                    add(views, [{ ...views.getAnswerSet(ownProgress), ...(respondent === undefined ? {} : { respondent }) }], []);
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
            <FileImport label="Choose JSON files" multiple onFiles={addFiles} readerLoaded={views !== undefined} />
          </div>
          <p id="team-add-status" className="action-status" role="status" tabIndex={-1}>
            {report !== undefined ? describeReport(report) : waiting === 'reading' ? 'Reading the links…' : waiting === 'failed' && views === undefined ? `Nothing was added. ${couldNotLoad('The part that reads links and files')}` : ''}
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

        {viewsState.kind === 'failed' && <LoadFailedNotice what="The team list and results" onRetry={retryViews} />}
        {views !== undefined && <views.TeamWorkspace guideTitles={guideTitles} targets={targets} removed={removed} onRemovedChange={setRemoved} />}
      </div>
    </SavedDataGate>
  );
}
