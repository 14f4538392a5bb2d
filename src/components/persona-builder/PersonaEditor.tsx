import { useStore } from '@nanostores/react';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { describeFieldPath } from '../../lib/persona/describe-field-path';
import type { PersonaIssue } from '../../lib/persona/describe-field-path';
import type { Persona } from '../../lib/persona/persona-schema';
import { findPersonaProblems } from '../../lib/persona/validate-persona';
import type { ConflictChoice } from '../../stores/item-edit-sync';
import {
  $personaEditConflict,
  $personas,
  deletePersona,
  duplicatePersona,
  resolvePersonaEditConflict,
  updatePersona,
  watchPersonaEdits,
  type DeletedPersona,
} from '../../stores/personas';
import { announce } from '../shared/announcer.ts';
import { EditConflict } from '../shared/EditConflict';
import type { MapUsingPersona } from '../../lib/persona/maps-using-persona';
import { DeleteWarning } from './DeleteWarning';
import { useMapsUsingPersona } from './use-maps-using-persona';
import { exportPersonas } from './export-personas';
import { FormContext, type FormContextValue } from './form-context';
import { PersonaCard } from './PersonaCard';
import { PersonaForm } from './PersonaForm';
import { SaveStatus } from './SaveStatus';
import { SharePanel } from './SharePanel';
import { PictureExportButtons } from '../shared/PictureExportButtons';
import { afterPointerRelease, followPointer } from '../shared/after-pointer-release';

interface PersonaEditorProps {
  readonly persona: Persona;
  readonly onBack: () => void;
  readonly onOpen: (id: string) => void;
  readonly onDeleted: (deleted: DeletedPersona) => void;
}

const pathKey = (path: readonly (string | number)[]) => path.join('.');

/** One persona: actions, the guided form and the live card preview beside it (below it on narrow screens). */
export function PersonaEditor({ persona, onBack, onOpen, onDeleted }: PersonaEditorProps) {
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [sharing, setSharing] = useState(false);
  const [exportMessage, setExportMessage] = useState('');
  const [usedBy, setUsedBy] = useState<readonly MapUsingPersona[] | undefined>();
  const deleteRef = useRef<HTMLButtonElement>(null);
  const problems = useMemo(() => findPersonaProblems(persona), [persona]);

  const editConflict = useStore($personaEditConflict);
  const conflict = editConflict?.id === persona.id ? editConflict : undefined;

  useEffect(() => headingRef.current?.focus(), [persona.id]);
  useEffect(followPointer, []);
  // Another tab's clashing change to this persona is offered as a choice (EditConflict), never applied over the form.
  useEffect(() => watchPersonaEdits(persona.id), [persona.id]);

  const fieldId = useCallback((path: PersonaIssue['path']) => `${id}-f-${path.join('-')}`, [id]);
  const context = useMemo<FormContextValue>(() => {
    const byPath = new Map(problems.map((problem) => [pathKey(problem.path), problem]));
    return {
      fieldId,
      problemOf: (path) => {
        const problem = byPath.get(pathKey(path));
        if (!problem) return undefined;
        // "Empty" problems wait until the person has left the field, so a new item is not flagged while typing.
        if (problem.message.includes('empty') && !touched.has(pathKey(path))) return undefined;
        return `${problem.place} ${problem.message}.`;
      },
      // After a pointer press is released: the problem's line must not move the button being clicked.
      touch: (path) => afterPointerRelease(() => setTouched((current) => (current.has(pathKey(path)) ? current : new Set(current).add(pathKey(path))))),
    };
  }, [problems, touched, fieldId]);

  const change = (update: (current: Persona) => Persona) => updatePersona(persona.id, update);
  const exportAs = (format: 'json' | 'md') => setExportMessage(exportPersonas([persona], format));
  const duplicate = () => {
    const copy = duplicatePersona(persona.id);
    if (copy.ok) {
      announce(`Duplicated as “${copy.value.name}”. You are now editing the copy.`);
      onOpen(copy.value.id);
    } else {
      announce(copy.error.kind === 'full' ? `This browser keeps up to ${copy.error.limit} personas: delete one first.` : 'That persona is gone.');
    }
  };
  const resolveConflict = (choice: ConflictChoice) => {
    const copyId = resolvePersonaEditConflict(choice);
    const copy = copyId ? $personas.get().find((known) => known.id === copyId) : undefined;
    if (choice === 'let-go') {
      announce('Closed. The persona stays deleted.');
      onBack();
      return;
    }
    announce(
      choice === 'take-theirs'
        ? 'Now showing the other tab’s version.'
        : copy
          ? `Kept yours here; the other tab’s version is saved as “${copy.name}”.`
          : 'Kept your version and saved it.',
    );
    headingRef.current?.focus();
  };
  const remove = () => {
    setUsedBy(undefined);
    const deleted = deletePersona(persona.id);
    if (deleted) onDeleted(deleted);
  };
  // Maps that link to this persona are named before it goes (read from the journey maps store, never changed).
  const withMapsUsing = useMapsUsingPersona();
  const askToRemove = () =>
    withMapsUsing(persona.id, (maps) => {
      if (maps.length === 0) remove();
      else setUsedBy(maps);
    });

  return (
    <div className="pb-editor">
      <p className="pb-back">
        <a href="#list" onClick={(event) => { event.preventDefault(); onBack(); }}>
          <span aria-hidden="true">← </span>All personas
        </a>
      </p>
      <div className="pb-editor__head">
        <h2 ref={headingRef} tabIndex={-1} className="pb-editor__title">
          <span className="visually-hidden">Editing </span>
          {persona.name.trim() || 'Untitled persona'}
        </h2>
        <SaveStatus updatedAt={persona.updatedAt} onExport={() => exportPersonas($personas.get(), 'json')} />
      </div>
      <div className="pb-toolbar" role="group" aria-label="Persona actions">
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          Print card
        </button>
        <button type="button" className="button button--secondary" onClick={() => exportAs('json')}>
          Export JSON
        </button>
        <button type="button" className="button button--secondary" onClick={() => exportAs('md')}>
          Export Markdown
        </button>
        <button type="button" className="button button--secondary" aria-expanded={sharing} onClick={() => setSharing((open) => !open)}>
          Share link
        </button>
        <button type="button" className="button button--secondary" onClick={duplicate}>
          Duplicate
        </button>
        <button type="button" ref={deleteRef} className="button button--secondary pb-button--danger" onClick={askToRemove}>
          Delete
        </button>
      </div>
      {usedBy && (
        <DeleteWarning
          name={persona.name}
          maps={usedBy}
          onConfirm={remove}
          onCancel={() => {
            setUsedBy(undefined);
            deleteRef.current?.focus();
          }}
        />
      )}
      <EditConflict conflict={conflict} noun="persona" describeField={(path) => describeFieldPath(path.split('.'))} onResolve={resolveConflict} />
      {exportMessage && <p className="pb-notice pb-notice--warning">{exportMessage}</p>}
      {sharing && <SharePanel persona={persona} fieldId={fieldId} onClose={() => setSharing(false)} />}
      <div className="pb-editor__layout">
        <FormContext.Provider value={context}>
          <PersonaForm persona={persona} onChange={change} />
        </FormContext.Provider>
        <section className="pb-editor__preview" aria-label="Card preview" tabIndex={0}>
          <p className="pb-editor__preview-label" aria-hidden="true">
            Card preview
          </p>
          <PersonaCard persona={persona} />
          <PictureExportButtons title={`Persona: ${persona.name.trim() || 'Untitled persona'}`} parts=".pb-card" within=".pb-editor__preview" usePageAnnouncer />
        </section>
      </div>
    </div>
  );
}
