import { useStore } from '@nanostores/react';
import { useEffect, useMemo, useState } from 'react';
import { readJourneyStartLink, type GuideLink, type JourneyStartLink } from '../../lib/journey/journey-start-link';
import { resolvePersonaRefs } from '../../lib/journey/map-personas';
import { $journeyCollection, discardSetAsideMap, restoreMap, syncMapPersonaNames, type DeletedMap } from '../../stores/journey-maps';
import { $readingSavedData } from '../../stores/persisted-atom.ts';
import { $personaCollection, $personaSummaries, PERSONAS_SSR_VALUE } from '../../stores/personas';
import { SavedDataGate } from '../shared/SavedDataGate.tsx';
import { SetAsideEntries } from '../shared/SetAsideEntries';
import { StorageNotices } from '../shared/StorageNotices';
import { usePersistedStore } from '../shared/use-persisted-store';
import { deferModule, useDeferredModule } from '../shared/deferred-module.ts';
import { $announcement, announce } from '../shared/announcer.ts';
import { focusLater } from '../shared/focus-later';
import { useSharedLinkCover } from '../shared/use-shared-link-cover.ts';
import { ImportPanel } from './ImportPanel';
import { describeMap, MapBar } from './MapBar';
import { NewMapForm } from './NewMapForm';
import { getPrintPageRule, type PaperSize } from './print-page-rule';
import { SharedMapOffer } from './SharedMapOffer';
import '../../styles/tools.css';
import './journey-map.css';

type View = 'canvas' | 'table';

/** The open map's views and editors: loaded once a map is open (or while the page is idle), not with the page. */
export const journeyMapParts = deferModule(() => import('./journey-map-parts.ts'));

/**
 * The journey map builder island: the maps kept in this browser, the open map as a canvas or a table, its
 * emotion curve, a stage editor, the ranked opportunities and the ways to keep and share it. State lives in
 * the journey maps store (saved in this browser); the computations are in lib/journey.
 */
export function JourneyMapBuilder({ guides = [] }: { readonly guides?: readonly GuideLink[] }) {
  const collection = usePersistedStore($journeyCollection);
  const known = useStore($personaSummaries, { ssr: () => PERSONAS_SSR_VALUE });
  const announcement = useStore($announcement);
  const [hydrated, setHydrated] = useState(false);
  const [creating, setCreating] = useState(false);
  const [view, setView] = useState<View>('canvas');
  const [selectedStageId, setSelectedStageId] = useState<string | undefined>();
  const [paper, setPaper] = useState<PaperSize>('A4');
  const [deleted, setDeleted] = useState<DeletedMap | undefined>();
  const [startLink, setStartLink] = useState<JourneyStartLink>({ kind: 'none' });

  useEffect(() => {
    setHydrated(true);
    // A link from elsewhere on the site (?template=…) opens the new-map form with the template chosen.
    const asked = readJourneyStartLink(window.location.search, guides);
    if (asked.kind === 'none') return;
    setStartLink(asked);
    setCreating(true);
    focusLater('jm-new-heading');
  }, []);
  useEffect(() => {
    // Follow renames made in the persona builder (in this tab or another); deleted personas keep their name.
    if (hydrated && known.length > 0) syncMapPersonaNames(known);
  }, [hydrated, known, collection.maps.length]);

  const map = collection.maps.find((candidate) => candidate.id === collection.activeMapId) ?? collection.maps[0];
  const personas = useMemo(() => (map ? resolvePersonaRefs(map.personas, known) : []), [map, known]);
  const parts = useDeferredModule(journeyMapParts, map !== undefined);
  const curves = useMemo(() => (map && parts ? parts.getEmotionCurves(map) : []), [map, parts]);

  // The saved maps' cover (SharedLinkScript, before first paint) comes off once they are read: the server renders
  // the builder as a first visit sees it, which a returning one should not see first.
  const reading = useStore($readingSavedData);
  useSharedLinkCover(true, hydrated && !reading.includes($journeyCollection.storageKey));

  const editStage = (stageId: string, focusId?: string) => {
    setSelectedStageId(stageId);
    focusLater(focusId ?? `jm-${stageId}-name`);
  };

  return (
    <SavedDataGate stores={[$journeyCollection, $personaCollection]}>
      <div className="tool jm">
        <p className="saved-work-loading">Loading your journey maps…</p>
        <style>{getPrintPageRule(paper)}</style>
        <div data-print-hidden>
          <StorageNotices />
        </div>
        <div className="visually-hidden" aria-live="polite" aria-atomic="true">
          {announcement.text && <p key={announcement.id}>{announcement.text}</p>}
        </div>
        <SetAsideEntries
          entries={collection.setAside}
          noun={{ one: 'map', many: 'maps' }}
          fileName={(position) => `journey-map-kept-aside-${String(position)}.json`}
          onDiscard={discardSetAsideMap}
        />
        <SharedMapOffer />
        {map && parts && <parts.JourneyMapEditConflict mapId={map.id} />}
        {deleted && (
          <p className="jm-undo" role="status" data-print-hidden>
            Deleted “{describeMap(deleted.map)}”.{' '}
            <button
              id="jm-undo-delete"
              type="button"
              className="button button--secondary jm-small"
              onClick={() => {
                const restored = restoreMap(deleted);
                setDeleted(undefined);
                setCreating(false);
                announce(`Restored “${describeMap(restored)}”.`);
                focusLater('jm-open-map');
              }}
            >
              Undo
            </button>
            <button
              type="button"
              className="jm-link-button"
              onClick={() => {
                setDeleted(undefined);
                // The bar holding focus is gone: move on to the maps that are left, or to starting a new one.
                focusLater(map ? 'jm-open-map' : 'jm-new-heading');
              }}
            >
              Dismiss
            </button>
          </p>
        )}
        {map && (
          <MapBar
            maps={collection.maps}
            active={map}
            onNew={() => {
              setCreating(true);
              focusLater('jm-new-heading');
            }}
            onDeleted={(removed) => {
              setDeleted(removed);
              announce(`Deleted “${describeMap(removed.map)}”. Undo is available.`);
              focusLater('jm-undo-delete');
            }}
          />
        )}
        {(creating || !map) && (
          <div id="jm-new" data-print-hidden>
            {!map && collection.maps.length === 0 && (
              <p className="jm-intro">No journey maps in this browser yet. Start one from a template or from the five default stages.</p>
            )}
            <NewMapForm
              // The form takes its first choices from the start link once, as it mounts: the link is read after
              // hydration, so the form starts again with it.
              key={startLink.kind === 'none' ? 'fresh' : 'start-link'}
              personas={known}
              startLink={startLink}
              onCancel={map ? () => setCreating(false) : undefined}
              onCreated={() => {
                setCreating(false);
                if (startLink.kind !== 'none') {
                  // Done with the link: a reload opens the map, not the form again.
                  setStartLink({ kind: 'none' });
                  window.history.replaceState(window.history.state, '', window.location.pathname + window.location.hash);
                }
                setSelectedStageId(undefined);
                focusLater('jm-map-heading');
              }}
            />
          </div>
        )}
        {map && (
          <>
            <h2 id="jm-map-heading" className="jm-map-heading" tabIndex={-1}>
              {map.scenario.trim() || 'Untitled scenario'}
            </h2>
            {parts ? (
              <>
                <parts.SaveStatus updatedAt={map.updatedAt} />
                <parts.MapDetails key={map.id} map={map} personas={personas} known={known} />
                <section className="jm-section jm-view" aria-labelledby="jm-view-heading">
                  <div className="jm-view__head">
                    <h2 id="jm-view-heading">The map</h2>
                    <fieldset className="jm-view__switch" data-print-hidden>
                      <legend className="visually-hidden">Show the map as</legend>
                      <div className="segmented">
                        <label>
                          <input type="radio" name="jm-view" checked={view === 'canvas'} onChange={() => setView('canvas')} />
                          Canvas
                        </label>
                        <label>
                          <input type="radio" name="jm-view" checked={view === 'table'} onChange={() => setView('table')} />
                          Table
                        </label>
                      </div>
                    </fieldset>
                  </div>
                  {view === 'canvas' && <parts.JourneyCanvas map={map} curves={curves} onEditStage={(stageId) => editStage(stageId)} />}
                  {/* Print always uses the table: a real <thead> repeats the stages on every page. Hidden on screen in canvas view. */}
                  <parts.JourneyTable map={map} curves={curves} printOnly={view === 'canvas'} />
                </section>
                <parts.EmotionCurveChart key={`curve-${map.id}`} map={map} curves={curves} />
                <parts.PictureExportButtons title={`Journey map: ${map.scenario.trim() || 'Untitled scenario'}`} parts="#jm-map-heading, .jm-view, .jm-curve" within=".jm" usePageAnnouncer />
                <parts.StageEditor key={`editor-${map.id}`} map={map} personas={personas} selectedStageId={selectedStageId} onSelectStage={setSelectedStageId} />
                <parts.OpportunityBacklog map={map} onEdit={(stageId, opportunityId) => editStage(stageId, `jm-${stageId}-${opportunityId}-text`)} />
                <parts.KeepShareExport
                  map={map}
                  missingPersonaKeys={personas.filter((persona) => persona.status === 'missing').map((persona) => persona.ref.key)}
                  paper={paper}
                  onPaperChange={setPaper}
                />
              </>
            ) : (
              <p className="jm-loading">Loading the map…</p>
            )}
          </>
        )}
        {!map && (
          <section className="jm-section" aria-labelledby="jm-import-heading" data-print-hidden>
            <h2 id="jm-import-heading">Import maps</h2>
            <p className="field__hint">Have a JSON export of journey maps? Import it here.</p>
            <ImportPanel />
          </section>
        )}
      </div>
    </SavedDataGate>
  );
}
