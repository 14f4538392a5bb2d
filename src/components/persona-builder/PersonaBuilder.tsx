import { useStore } from '@nanostores/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { formatBuilderRoute, parseBuilderRoute, type BuilderRoute } from '../../lib/persona/builder-route';
import type { Persona } from '../../lib/persona/persona-schema';
import { parseTemplateOffer, type TemplateOffer } from '../../lib/persona/template-offer';
import { $personaCollection, addPersona, discardSetAsidePersona, restorePersona, type DeletedPersona } from '../../stores/personas';
import { SavedDataGate } from '../shared/SavedDataGate.tsx';
import { StorageNotices } from '../shared/StorageNotices';
import { usePersistedStore } from '../shared/use-persisted-store';
import { deferModule, useDeferredModule } from '../shared/deferred-module.ts';
import { SetAsideEntries } from '../shared/SetAsideEntries.tsx';
import { $announcement, announce } from '../shared/announcer.ts';
import { PersonaCard } from './PersonaCard';
import { describeAddPersonaError, PersonaList } from './PersonaList';
import './persona-builder.css';

/** One persona's form, a comparison and a shared persona: loaded when one opens (or while the page is idle). */
export const personaViews = deferModule(() => import('./persona-views.ts'));

/**
 * The persona builder island: the list, one persona's form and card, a comparison, or a persona opened from
 * a share link, chosen by the address fragment (see lib/persona/builder-route.ts). Everything is saved in
 * this browser through the personas store; nothing is sent anywhere.
 */
export function PersonaBuilder({ guideTitles = {} }: { readonly guideTitles?: Readonly<Record<string, string>> }) {
  const collection = usePersistedStore($personaCollection);
  const announcement = useStore($announcement);
  const [route, setRoute] = useState<BuilderRoute>({ view: 'list' });
  const [deleted, setDeleted] = useState<(DeletedPersona & { readonly from: BuilderRoute['view'] }) | undefined>();
  const [visible, setVisible] = useState<readonly Persona[]>([]);
  const [shared, setShared] = useState<Persona | undefined>();
  const [offer, setOffer] = useState<TemplateOffer | undefined>();
  const [relatedGuide, setRelatedGuide] = useState<string | undefined>();
  const undoRef = useRef<HTMLButtonElement>(null);
  const { personas } = collection;

  useEffect(() => {
    const read = () => {
      const parsed = parseBuilderRoute(location.hash);
      if (parsed) setRoute(parsed);
    };
    read();
    // ?template=<id>&guide=<slug> (from an assessment priority): offered, never created unasked.
    const offered = parseTemplateOffer(location.search, new Set(Object.keys(guideTitles)));
    if (offered) {
      setOffer(offered);
      setRelatedGuide(offered.guide);
    }
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

  /** Forget the offer and take the query off the address, so a reload does not offer it again. */
  const closeOffer = () => {
    setOffer(undefined);
    history.replaceState(null, '', `${location.pathname}${location.hash}`);
  };
  const acceptOffer = async (templateId: string) => {
    const added = await addPersona(templateId);
    closeOffer();
    if (added.ok) {
      announce(`Created “${added.value.name}” from the template.`);
      open(added.value.id);
    } else {
      announce(describeAddPersonaError(added.error));
    }
  };

  const dismissUndo = () => {
    setDeleted(undefined);
    // The undo bar held focus: move it to the heading of the view below, not to the page.
    setTimeout(() => document.querySelector<HTMLElement>('.pb-list-view h2, .pb-editor__title, .pb-screen h2')?.focus(), 0);
  };

  const views = useDeferredModule(personaViews, route.view !== 'list');
  const editing = route.view === 'edit' ? personas.find((persona) => persona.id === route.id) : undefined;
  const compared = route.view === 'compare' ? route.ids.flatMap((id) => personas.filter((persona) => persona.id === id)) : [];
  const printed: readonly Persona[] =
    route.view === 'edit' ? (editing ? [editing] : []) : route.view === 'compare' ? compared : route.view === 'share' ? (shared ? [shared] : []) : visible;

  return (
    <SavedDataGate stores={[$personaCollection]}>
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

          {relatedGuide && guideTitles[relatedGuide] && (
            <p className="pb-related-guide">
              Related guide: <a href={`/guides/${relatedGuide}/`}>{guideTitles[relatedGuide]}</a>
            </p>
          )}
          {offer && <TemplateOfferPanel offer={offer} onAccept={acceptOffer} onClose={closeOffer} />}

          {route.view === 'list' && (
            <PersonaList personas={personas} onOpen={open} onCompare={(ids) => navigate({ view: 'compare', ids })} onDeleted={onDeleted} onVisibleChange={setVisible} />
          )}
          {route.view !== 'list' && !views && <p className="pb-empty">Loading…</p>}
          {route.view === 'edit' &&
            views &&
            (editing ? (
              <views.PersonaEditor persona={editing} onBack={toList} onOpen={open} onDeleted={onDeleted} />
            ) : (
              <MissingPersona onBack={toList} />
            ))}
          {route.view === 'compare' && views && <views.ComparePersonas personas={compared} missing={route.ids.length - compared.length} onBack={toList} onOpen={open} />}
          {route.view === 'share' && views && <views.SharedPersona code={route.code} onBack={toList} onAdded={open} onReady={setShared} />}
        </div>
        <div className="pb-print">
          {printed.map((persona) => (
            <div key={persona.id} className="pb-print__page">
              <PersonaCard persona={persona} headingLevel={2} />
            </div>
          ))}
        </div>
      </div>
    </SavedDataGate>
  );
}

/** The offer from `?template=`: create a persona from the template (only when the person says so), or why not. */
function TemplateOfferPanel({ offer, onAccept, onClose }: { readonly offer: TemplateOffer; readonly onAccept: (templateId: string) => void; readonly onClose: () => void }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  if (offer.kind === 'unknown-template') {
    return (
      <section className="pb-notice pb-notice--warning" aria-labelledby="pb-offer-heading">
        <h2 id="pb-offer-heading" ref={headingRef} tabIndex={-1} className="pb-offer__heading">
          No persona template called “{offer.given}”
        </h2>
        <p>The link may be out of date. Start from one of the templates below, or from a blank persona. Nothing was created.</p>
        <p>
          <button type="button" className="button button--secondary" onClick={onClose}>
            Dismiss
          </button>
        </p>
      </section>
    );
  }
  return (
    <section className="pb-notice pb-offer" aria-labelledby="pb-offer-heading">
      <h2 id="pb-offer-heading" ref={headingRef} tabIndex={-1} className="pb-offer__heading">
        Start a persona from the “{offer.label}” template?
      </h2>
      <p>{offer.description} Every statement starts as an assumption for you to check against research.</p>
      <p className="pb-toolbar">
        <button type="button" className="button" onClick={() => onAccept(offer.templateId)}>
          Create from “{offer.label}”
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          Not now
        </button>
      </p>
    </section>
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
