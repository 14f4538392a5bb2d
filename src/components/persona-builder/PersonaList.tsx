import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ImportOutcome } from '../../lib/persona/apply-persona-import';
import { MAX_COMPARE, MIN_COMPARE } from '../../lib/persona/builder-route';
import { collectTags, filterPersonas } from '../../lib/persona/filter-personas';
import { MAX_PERSONAS } from '../../lib/persona/persona-limits';
import type { Persona } from '../../lib/persona/persona-schema';
import { PERSONA_TEMPLATES } from '../../lib/persona/persona-templates';
import { PRIORITIES, PRIORITY_LABELS, type Priority } from '../../lib/persona/persona-vocabulary';
import { addPersona, deletePersona, duplicatePersona, renamePersona, type AddPersonaError, type DeletedPersona } from '../../stores/personas';
import type { MapUsingPersona } from '../../lib/persona/maps-using-persona';
import { DeleteWarning } from './DeleteWarning';
import { useMapsUsingPersona } from './use-maps-using-persona';
import { announce } from '../shared/announcer.ts';
import { couldNotLoad } from '../shared/could-not-load.ts';
import { GUIDE_LINKS } from './guide-links';
import { deferModule, useDeferredModule } from '../shared/deferred-module.ts';
import { PersonaListItem } from './PersonaListItem';

/** The import panel checks files against the persona schema (and brings zod): it loads when the page is idle, or on a click. */
const personaImportPanel = deferModule(() => import('./ImportPanel.tsx'));

interface PersonaListProps {
  readonly personas: readonly Persona[];
  readonly onOpen: (id: string) => void;
  readonly onCompare: (ids: readonly string[]) => void;
  readonly onDeleted: (deleted: DeletedPersona) => void;
  /** The filtered personas, for printing. */
  readonly onVisibleChange: (personas: readonly Persona[]) => void;
}

function describeOutcome(outcome: ImportOutcome, rejected: number): string {
  const parts = [
    outcome.added.length > 0 && `added ${outcome.added.map((name) => `“${name}”`).join(', ')}`,
    outcome.replaced.length > 0 && `replaced ${outcome.replaced.map((name) => `“${name}”`).join(', ')}`,
    outcome.merged.length > 0 && `merged ${outcome.merged.map((name) => `“${name}”`).join(', ')}`,
    outcome.skipped.length > 0 && `skipped ${outcome.skipped.map((name) => `“${name}”`).join(', ')} as you chose`,
  ].filter(Boolean);
  const notes = [
    rejected > 0 && `${rejected} ${rejected === 1 ? 'persona' : 'personas'} with problems not imported`,
    outcome.refused.length > 0 && `not imported because this browser keeps up to ${MAX_PERSONAS}: ${outcome.refused.join(', ')}`,
    outcome.leftOut.length > 0 && `left out of merges because the lists were full: ${outcome.leftOut.join('; ')}`,
  ].filter(Boolean);
  return `Import done: ${parts.join('; ') || 'nothing changed'}.${notes.length > 0 ? ` ${notes.join('. ')}.` : ''}`;
}

/** All personas: start new ones, search and filter, rename, duplicate, delete, select to compare, import and export. */
export function PersonaList({ personas, onOpen, onCompare, onDeleted, onVisibleChange }: PersonaListProps) {
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [query, setQuery] = useState('');
  const [priority, setPriority] = useState<Priority | 'all'>('all');
  const [tags, setTags] = useState<readonly string[]>([]);
  const [selected, setSelected] = useState<readonly string[]>([]);
  const [importing, setImporting] = useState(false);
  const importPanel = useDeferredModule(personaImportPanel, importing);
  const [message, setMessage] = useState('');
  const [pendingDelete, setPendingDelete] = useState<{ readonly persona: Persona; readonly maps: readonly MapUsingPersona[] } | undefined>();
  const allTags = useMemo(() => collectTags(personas), [personas]);
  const visible = useMemo(() => filterPersonas(personas, { query, tags, priority }), [personas, query, tags, priority]);
  const liveSelection = selected.filter((selectedId) => personas.some((persona) => persona.id === selectedId));
  const canCompare = liveSelection.length >= MIN_COMPARE && liveSelection.length <= MAX_COMPARE;
  const filtering = query.trim() !== '' || tags.length > 0 || priority !== 'all';

  useEffect(() => onVisibleChange(visible), [visible, onVisibleChange]);

  const start = async (templateId: string) => {
    const added = await addPersona(templateId);
    if (added.ok) {
      announce(`Created “${added.value.name}”.`);
      onOpen(added.value.id);
    } else {
      setMessage(describeAddPersonaError(added.error));
    }
  };
  const duplicate = (persona: Persona) => {
    const copy = duplicatePersona(persona.id);
    if (copy.ok) announce(`Duplicated “${persona.name}” as “${copy.value.name}”.`);
    else setMessage(copy.error.kind === 'full' ? `This browser keeps up to ${copy.error.limit} personas: delete or export some first.` : 'That persona is gone.');
  };
  const remove = (persona: Persona) => {
    setPendingDelete(undefined);
    const deleted = deletePersona(persona.id);
    if (deleted) onDeleted(deleted);
  };
  // Maps that link to the persona are named before it goes (read from the journey maps store, never changed).
  const withMapsUsing = useMapsUsingPersona();
  const askToRemove = (persona: Persona) =>
    withMapsUsing(persona.id, (maps) => {
      if (maps.length === 0) remove(persona);
      else setPendingDelete({ persona, maps });
    });
  // The exports load on first use: they check each persona against its schema, which the list does not need.
  const exportAll = (format: 'json' | 'md') =>
    void import('./export-personas.ts').then(
      (exports) => setMessage(exports.exportPersonas(personas, format)),
      () => setMessage(couldNotLoad('The export')),
    );
  const toggleTag = (tag: string) => setTags((current) => (current.includes(tag) ? current.filter((known) => known !== tag) : [...current, tag]));

  return (
    <div className="pb-list-view">
      <div className="pb-list-view__head">
        <h2 ref={headingRef} tabIndex={-1} id={`${id}-heading`}>
          Your personas
        </h2>
        <div className="pb-toolbar" role="group" aria-label="All personas">
          <button type="button" className="button button--secondary" aria-expanded={importing} onClick={() => setImporting((open) => !open)}>
            Import JSON
          </button>
          <button type="button" className="button button--secondary" onClick={() => exportAll('json')} disabled={personas.length === 0}>
            Export all as JSON
          </button>
          <button type="button" className="button button--secondary" onClick={() => exportAll('md')} disabled={personas.length === 0}>
            Export all as Markdown
          </button>
          <button type="button" className="button button--secondary" onClick={() => window.print()} disabled={visible.length === 0}>
            Print {filtering ? 'shown' : 'all'} cards
          </button>
        </div>
      </div>
      {message && <p className="pb-notice pb-notice--warning">{message}</p>}
      {importing && !importPanel && <p className="pb-notice">Loading the import…</p>}
      {importing && importPanel && (
        <importPanel.ImportPanel
          onCancel={() => {
            setImporting(false);
            headingRef.current?.focus();
          }}
          onDone={(outcome, rejected) => {
            setImporting(false);
            const text = describeOutcome(outcome, rejected);
            setMessage(text);
            announce(text);
            headingRef.current?.focus();
          }}
        />
      )}

      <section className="pb-start" aria-labelledby={`${id}-start`}>
        <h3 id={`${id}-start`}>Start a persona</h3>
        <p className="pb-field__tip">
          Templates are sketches: every statement starts as an assumption for you to check against research.{' '}
          <a href={GUIDE_LINKS.guide}>How to build personas from research</a>
        </p>
        <ul className="pb-start__options">
          <li>
            <button type="button" className="pb-start__option" onClick={() => start('blank')} aria-describedby={`${id}-blank`}>
              Blank persona
            </button>
            <span id={`${id}-blank`} className="pb-field__tip">
              Start from scratch.
            </span>
          </li>
          {PERSONA_TEMPLATES.map((template) => (
            <li key={template.id}>
              <button type="button" className="pb-start__option" onClick={() => start(template.id)} aria-describedby={`${id}-${template.id}`}>
                {template.label}
              </button>
              <span id={`${id}-${template.id}`} className="pb-field__tip">
                {template.description}
              </span>
            </li>
          ))}
        </ul>
      </section>

      {personas.length === 0 ? (
        <p className="pb-empty">No personas yet. Start one above, or import a file exported from another browser.</p>
      ) : (
        <section aria-labelledby={`${id}-heading`}>
          <search className="pb-filters">
            <div className="pb-field">
              <label htmlFor={`${id}-search`} className="pb-field__label">
                Search personas
              </label>
              <input id={`${id}-search`} type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
            </div>
            <div className="pb-field">
              <label htmlFor={`${id}-priority`} className="pb-field__label">
                Priority
              </label>
              <select id={`${id}-priority`} value={priority} onChange={(event) => setPriority(event.target.value as Priority | 'all')}>
                <option value="all">All</option>
                {PRIORITIES.map((value) => (
                  <option key={value} value={value}>
                    {PRIORITY_LABELS[value]}
                  </option>
                ))}
              </select>
            </div>
            {allTags.length > 0 && (
              <div className="pb-field" role="group" aria-labelledby={`${id}-tags`}>
                <span id={`${id}-tags`} className="pb-field__label">
                  Tags
                </span>
                <div className="pb-tag-filter">
                  {allTags.map(({ tag, count }) => (
                    <button key={tag} type="button" className="pb-chip pb-chip--toggle" aria-pressed={tags.includes(tag)} onClick={() => toggleTag(tag)}>
                      {tag} <span className="pb-chip__count">({count})</span>
                    </button>
                  ))}
                </div>
              </div>
            )}
          </search>
          <p className="pb-count" role="status">
            {filtering ? `${visible.length} of ${personas.length} personas shown` : `${personas.length} ${personas.length === 1 ? 'persona' : 'personas'}`}
          </p>
          <div className="pb-compare-bar">
            <button type="button" className="button" disabled={!canCompare} onClick={() => onCompare(liveSelection)} aria-describedby={`${id}-compare-hint`}>
              Compare selected ({liveSelection.length})
            </button>
            <span id={`${id}-compare-hint`} className="pb-field__tip">
              {liveSelection.length > MAX_COMPARE
                ? `Select at most ${MAX_COMPARE} personas to compare side by side.`
                : `Tick “Compare” on ${MIN_COMPARE} or ${MAX_COMPARE} personas to see them side by side.`}
            </span>
          </div>
          {pendingDelete && (
            <DeleteWarning
              name={pendingDelete.persona.name}
              maps={pendingDelete.maps}
              onConfirm={() => remove(pendingDelete.persona)}
              onCancel={() => {
                setPendingDelete(undefined);
                headingRef.current?.focus();
              }}
            />
          )}
          <ul className="pb-items">
            {visible.map((persona) => (
              <PersonaListItem
                key={persona.id}
                persona={persona}
                selected={liveSelection.includes(persona.id)}
                onSelect={(isSelected) =>
                  setSelected((current) => (isSelected ? [...current.filter((known) => known !== persona.id), persona.id] : current.filter((known) => known !== persona.id)))
                }
                onOpen={() => onOpen(persona.id)}
                onRename={(name) => renamePersona(persona.id, name)}
                onDuplicate={() => duplicate(persona)}
                onDelete={() => askToRemove(persona)}
              />
            ))}
          </ul>
          {visible.length === 0 && <p className="pb-empty">No persona matches. Clear the search or the filters to see them all.</p>}
        </section>
      )}
    </div>
  );
}

/** Why a persona was not created, for the page. */
export function describeAddPersonaError(error: AddPersonaError): string {
  switch (error.kind) {
    case 'full':
      return `This browser keeps up to ${error.limit} personas: delete or export some first.`;
    case 'missing':
      return 'That template is missing.';
    case 'unavailable':
      return couldNotLoad('The template');
    default:
      return error satisfies never;
  }
}
