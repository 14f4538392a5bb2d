import { useEffect, useId, useRef, useState } from 'react';
import { CONFLICT_CHOICES, type ConflictChoice } from '../../lib/persona/apply-persona-import';
import type { Persona } from '../../lib/persona/persona-schema';
import { decodeShareCode } from '../../lib/persona/share-code';
import { describePortableError, formatPortableMessage } from '../../lib/portable/portable-error';
import { $personas, importPersonas } from '../../stores/personas';
import { announce } from '../shared/announcer.ts';
import { CONFLICT_CHOICE_LABELS } from './ImportPanel';
import { PersonaCard } from './PersonaCard';

type SharedState = { readonly kind: 'reading' } | { readonly kind: 'error'; readonly message: string } | { readonly kind: 'ready'; readonly persona: Persona };

interface SharedPersonaProps {
  readonly code: string;
  readonly onBack: () => void;
  readonly onAdded: (id: string) => void;
  /** The decoded persona, for printing. */
  readonly onReady: (persona: Persona | undefined) => void;
}

/** A persona opened from a share link: read it, show its card, and add it here only if the person wants. */
export function SharedPersona({ code, onBack, onAdded, onReady }: SharedPersonaProps) {
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [state, setState] = useState<SharedState>({ kind: 'reading' });
  const [choice, setChoice] = useState<ConflictChoice>('keep-both');

  useEffect(() => {
    let current = true;
    void decodeShareCode(code, new Date()).then((result) => {
      if (!current) return;
      setState(result.ok ? { kind: 'ready', persona: result.value } : { kind: 'error', message: formatPortableMessage(describePortableError(result.error, { thing: 'share link', tool: 'persona builder' })) });
      onReady(result.ok ? result.value : undefined);
      headingRef.current?.focus();
    });
    return () => {
      current = false;
    };
  }, [code, onReady]);

  const existing = state.kind === 'ready' ? $personas.get().find((persona) => persona.id === state.persona.id) : undefined;

  const add = () => {
    if (state.kind !== 'ready') return;
    const outcome = importPersonas([{ index: 0, persona: state.persona, ignored: [], filledIn: [] }], new Map([[0, choice]]));
    const name = state.persona.name;
    if (outcome.skipped.length > 0) {
      announce(`“${name}” was not added.`);
      onBack();
      return;
    }
    if (outcome.refused.length > 0) {
      setState({ kind: 'error', message: `“${name}” could not be added: this browser already keeps the most personas it can. Delete or export some first.` });
      return;
    }
    announce(`“${name}” added to your personas.`);
    const added = choice === 'keep-both' && existing ? outcome.personas.at(-1) : outcome.personas.find((persona) => persona.id === state.persona.id);
    onAdded(added?.id ?? state.persona.id);
  };

  return (
    <div className="pb-shared">
      <h2 ref={headingRef} tabIndex={-1}>
        {state.kind === 'ready' ? 'A persona shared with you' : state.kind === 'error' ? 'This share link could not be opened' : 'Opening the shared persona…'}
      </h2>
      {state.kind === 'error' && (
        <>
          <p className="pb-notice pb-notice--error" role="alert">
            {state.message}
          </p>
          <p>
            <button type="button" className="button button--secondary" onClick={onBack}>
              Go to your personas
            </button>
          </p>
        </>
      )}
      {state.kind === 'ready' && (
        <>
          <p>
            It is shown here only; it is not saved in this browser until you add it. Share links do not carry photos, so the avatar shows initials.
          </p>
          {existing && (
            <fieldset className="pb-conflict">
              <legend>You already have “{existing.name}”</legend>
              {CONFLICT_CHOICES.map((option) => (
                <label key={option} className="pb-radio">
                  <input type="radio" name={`${id}-choice`} value={option} checked={choice === option} onChange={() => setChoice(option)} />
                  <span>
                    <strong>{CONFLICT_CHOICE_LABELS[option].label}</strong>: {CONFLICT_CHOICE_LABELS[option].hint}
                  </span>
                </label>
              ))}
            </fieldset>
          )}
          <p className="pb-toolbar">
            <button type="button" className="button" onClick={add}>
              Add to my personas
            </button>
            <button type="button" className="button button--secondary" onClick={onBack}>
              Not now
            </button>
          </p>
          <PersonaCard persona={state.persona} />
        </>
      )}
    </div>
  );
}
