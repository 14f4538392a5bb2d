import { useEffect, useId, useRef, useState } from 'react';
import { getEvidenceStats } from '../../lib/persona/get-evidence-stats';
import { PERSONA_LIMITS } from '../../lib/persona/persona-limits';
import type { Persona } from '../../lib/persona/persona-schema';
import { PRIORITY_LABELS } from '../../lib/persona/persona-vocabulary';
import { formatBuilderRoute } from '../../lib/persona/builder-route';
import { announce } from '../shared/announcer.ts';
import { Avatar } from './Avatar';

interface PersonaListItemProps {
  readonly persona: Persona;
  readonly selected: boolean;
  readonly onSelect: (selected: boolean) => void;
  readonly onOpen: () => void;
  readonly onRename: (name: string) => void;
  readonly onDuplicate: () => void;
  readonly onDelete: () => void;
}

/** One persona in the list: who it is, how evidence-backed, and what can be done with it. */
export function PersonaListItem({ persona, selected, onSelect, onOpen, onRename, onDuplicate, onDelete }: PersonaListItemProps) {
  const id = useId();
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState(persona.name);
  const [renameProblem, setRenameProblem] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const renameButtonRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const stats = getEvidenceStats(persona);
  const name = persona.name.trim() || 'Untitled persona';

  useEffect(() => {
    if (renaming) {
      inputRef.current?.focus();
      inputRef.current?.select();
    }
    else if (returnFocus.current) {
      returnFocus.current = false;
      renameButtonRef.current?.focus();
    }
  }, [renaming]);

  const finishRename = (save: boolean) => {
    const trimmed = draft.trim();
    if (save && !trimmed) return setRenameProblem('A persona needs a name.');
    if (save && trimmed.length > PERSONA_LIMITS.name) {
      return setRenameProblem(`This name is ${trimmed.length} characters; a name holds up to ${PERSONA_LIMITS.name}.`);
    }
    setRenameProblem('');
    if (save && trimmed !== persona.name) {
      onRename(trimmed);
      announce(`Renamed to “${trimmed}”.`);
    }
    returnFocus.current = true;
    setRenaming(false);
  };

  return (
    <li className="pb-item">
      <article className="pb-item__card" aria-labelledby={`${id}-name`}>
        <div className="pb-item__head">
          <Avatar name={persona.name} avatar={persona.avatar} size="medium" />
          <div className="pb-item__identity">
            {renaming ? (
              <form
                className="pb-inline"
                onSubmit={(event) => {
                  event.preventDefault();
                  finishRename(true);
                }}
              >
                <label htmlFor={`${id}-rename`} className="visually-hidden">
                  New name for {name}
                </label>
                <input
                  ref={inputRef}
                  id={`${id}-rename`}
                  type="text"
                  value={draft}
                  aria-invalid={renameProblem ? true : undefined}
                  aria-describedby={renameProblem ? `${id}-rename-problem` : undefined}
                  onChange={(event) => setDraft(event.target.value)}
                  onKeyDown={(event) => {
                    if (event.key === 'Escape') {
                      event.preventDefault();
                      finishRename(false);
                    }
                  }}
                />
                <button type="submit" className="pb-button">
                  Save
                </button>
                <button type="button" className="pb-button pb-button--quiet" onClick={() => finishRename(false)}>
                  Cancel
                </button>
                {renameProblem && (
                  <p id={`${id}-rename-problem`} className="pb-field__problem" role="alert">
                    {renameProblem}
                  </p>
                )}
              </form>
            ) : (
              <h3 id={`${id}-name`} className="pb-item__name">
                <a
                  href={formatBuilderRoute({ view: 'edit', id: persona.id })}
                  onClick={(event) => {
                    event.preventDefault();
                    onOpen();
                  }}
                >
                  {name}
                </a>
              </h3>
            )}
            {persona.role.trim() && <p className="pb-item__role">{persona.role}</p>}
          </div>
        </div>
        {persona.summary.trim() && <p className="pb-item__summary">{persona.summary}</p>}
        <ul className="pb-chips" aria-label="Priority and tags">
          <li className={`pb-chip pb-chip--${persona.priority}`}>{PRIORITY_LABELS[persona.priority]}</li>
          {persona.tags.map((tag) => (
            <li key={tag} className="pb-chip">
              {tag}
            </li>
          ))}
        </ul>
        <p className="pb-item__evidence">
          {stats.researchPercent === null
            ? 'No statements yet'
            : `${stats.researchPercent}% evidence-backed (${stats.research} of ${stats.statements} statements)`}
        </p>
        <div className="pb-item__actions">
          <label className="pb-check">
            <input type="checkbox" checked={selected} onChange={(event) => onSelect(event.target.checked)} />
            Compare <span className="visually-hidden">{name}</span>
          </label>
          <button
            type="button"
            ref={renameButtonRef}
            className="pb-button pb-button--quiet"
            onClick={() => {
              setDraft(persona.name);
              setRenameProblem('');
              setRenaming(true);
            }}
          >
            Rename <span className="visually-hidden">{name}</span>
          </button>
          <button type="button" className="pb-button pb-button--quiet" onClick={onDuplicate}>
            Duplicate <span className="visually-hidden">{name}</span>
          </button>
          <button type="button" className="pb-button pb-button--quiet pb-button--danger" onClick={onDelete}>
            Delete <span className="visually-hidden">{name}</span>
          </button>
        </div>
      </article>
    </li>
  );
}
