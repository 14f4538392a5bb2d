import { useStore } from '@nanostores/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { formatBuilderRoute, parseBuilderRoute, type BuilderRoute } from '../../lib/persona/builder-route';
import type { Persona } from '../../lib/persona/persona-schema';
import { $personaCollection, discardSetAsidePersona, restorePersona, type DeletedPersona } from '../../stores/personas';
import { StorageNotices } from '../shared/StorageNotices';
import { usePersistedStore } from '../shared/use-persisted-store';
import { SetAsideEntries } from '../shared/SetAsideEntries.tsx';
import { $announcement, announce } from '../shared/announcer.ts';
import { ComparePersonas } from './ComparePersonas';
import { PersonaCard } from './PersonaCard';
import { PersonaEditor } from './PersonaEditor';
import { PersonaList } from './PersonaList';
import { SharedPersona } from './SharedPersona';
import './persona-builder.css';

/**
 * The persona builder island: the list, one persona's form and card, a comparison, or a persona opened from
 * a share link, chosen by the address fragment (see lib/persona/builder-route.ts). Everything is saved in
 * this browser through the personas store; nothing is sent anywhere.
 */
export function PersonaBuilder() {
  const collection = usePersistedStore($personaCollection);
  const announcement = useStore($announcement);
  const [route, setRoute] = useState<BuilderRoute>({ view: 'list' });
  const [deleted, setDeleted] = useState<(DeletedPersona & { readonly from: BuilderRoute['view'] }) | undefined>();
  const [visible, setVisible] = useState<readonly Persona[]>([]);
  const [shared, setShared] = useState<Persona | undefined>();
  const undoRef = useRef<HTMLButtonElement>(null);
  const { personas } = collection;

  useEffect(() => {
    const read = () => {
      const parsed = parseBuilderRoute(location.hash);
      if (parsed) setRoute(parsed);
    };
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);

  useEffect(() => {
    if (deleted) undoRef.current?.focus();
  }, [deleted]);

  const navigate = useCallback((next: BuilderRoute) => {
    history.pushState(null, '', formatBuilderRoute(next) || `${location.pathname}${location.search}`);
    setRoute(next);
    window.scrollTo({ top: 0 });
  }, []);
  const toList = useCallback(() => navigate({ view: 'list' }), [navigate]);
  const open = useCallback((id: string) => navigate({ view: 'edit', id }), [navigate]);
  const onDeleted = useCallback(
    (item: DeletedPersona) => {
      setDeleted({ ...item, from: route.view });
      announce(`Deleted “${item.persona.name}”. Undo is available.`);
      if (route.view !== 'list') navigate({ view: 'list' });
    },
    [route.view, navigate],
  );
  const undo = () => {
    if (!deleted) return;
    const restored = restorePersona(deleted);
    setDeleted(undefined);
    announce(`Restored “${restored.name}”.`);
    // Back to where the person was: the persona's form, or the list (focus on its heading, as the undo bar is gone).
    if (deleted.from === 'edit') open(restored.id);
    else setTimeout(() => document.querySelector<HTMLElement>('.pb-list-view h2')?.focus(), 0);
  };

  const dismissUndo = () => {
    setDeleted(undefined);
    // The undo bar held focus: move it to the heading of the view below, not to the page.
    setTimeout(() => document.querySelector<HTMLElement>('.pb-list-view h2, .pb-editor__title, .pb-screen h2')?.focus(), 0);
  };

  const editing = route.view === 'edit' ? personas.find((persona) => persona.id === route.id) : undefined;
  const compared = route.view === 'compare' ? route.ids.flatMap((id) => personas.filter((persona) => persona.id === id)) : [];
  const printed: readonly Persona[] =
    route.view === 'edit' ? (editing ? [editing] : []) : route.view === 'compare' ? compared : route.view === 'share' ? (shared ? [shared] : []) : visible;

  return (
    <div className="pb">
      <div className="pb-screen">
        <StorageNotices />
        <div className="visually-hidden" aria-live="polite" aria-atomic="true">
          {announcement.text && <p key={announcement.id}>{announcement.text}</p>}
        </div>
        <SetAsideEntries
          entries={collection.setAside}
          noun={{ one: 'persona', many: 'personas' }}
          fileName={(position) => `persona-kept-aside-${String(position)}.json`}
          onDiscard={discardSetAsidePersona}
        />
        {deleted && (
          <div className="pb-undo">
            <p>Deleted “{deleted.persona.name || 'Untitled persona'}”.</p>
            <button type="button" ref={undoRef} className="button" onClick={undo}>
              Undo delete
            </button>
            <button type="button" className="pb-button pb-button--quiet" onClick={dismissUndo}>
              Dismiss
            </button>
          </div>
        )}

        {route.view === 'list' && (
          <PersonaList personas={personas} onOpen={open} onCompare={(ids) => navigate({ view: 'compare', ids })} onDeleted={onDeleted} onVisibleChange={setVisible} />
        )}
        {route.view === 'edit' &&
          (editing ? (
            <PersonaEditor persona={editing} onBack={toList} onOpen={open} onDeleted={onDeleted} />
          ) : (
            <MissingPersona onBack={toList} />
          ))}
        {route.view === 'compare' && <ComparePersonas personas={compared} missing={route.ids.length - compared.length} onBack={toList} onOpen={open} />}
        {route.view === 'share' && <SharedPersona code={route.code} onBack={toList} onAdded={open} onReady={setShared} />}
      </div>
      <div className="pb-print">
        {printed.map((persona) => (
          <div key={persona.id} className="pb-print__page">
            <PersonaCard persona={persona} headingLevel={2} />
          </div>
        ))}
      </div>
    </div>
  );
}

function MissingPersona({ onBack }: { readonly onBack: () => void }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <div>
      <h2 ref={headingRef} tabIndex={-1}>
        This persona is not here
      </h2>
      <p>It may have been deleted, or the link came from another browser. To move personas between browsers, export them as JSON or use a share link.</p>
      <p>
        <button type="button" className="button button--secondary" onClick={onBack}>
          Go to your personas
        </button>
      </p>
    </div>
  );
}
