import { useEffect, useId, useRef, useState } from 'react';
import type { PersonaIssue } from '../../lib/persona/describe-field-path';
import type { Persona } from '../../lib/persona/persona-schema';
import { encodeShareCode } from '../../lib/persona/share-code';
import { findPersonaProblems } from '../../lib/persona/validate-persona';
import { announce } from '../shared/announcer.ts';
import { ProblemList } from './ProblemList';
import { formatNumber } from '../../lib/text/format.ts';

type ShareState = { readonly kind: 'working' } | { readonly kind: 'ready'; readonly link: string } | { readonly kind: 'failed' };

/** A link that carries the persona in its fragment, with a copy button; photos are left out and it says so. */
export function SharePanel({ persona, onClose, fieldId }: { readonly persona: Persona; readonly onClose: () => void; readonly fieldId: (path: PersonaIssue['path']) => string }) {
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<ShareState>({ kind: 'working' });
  const problems = findPersonaProblems(persona);
  const blocked = problems.length > 0;

  useEffect(() => headingRef.current?.focus(), []);
  useEffect(() => {
    if (blocked) return;
    let current = true;
    encodeShareCode(persona).then(
      (code) => current && setState({ kind: 'ready', link: `${location.origin}${location.pathname}#share=${code}` }),
      () => current && setState({ kind: 'failed' }),
    );
    return () => {
      current = false;
    };
  }, [persona, blocked]);

  const copy = async () => {
    if (state.kind !== 'ready') return;
    try {
      await navigator.clipboard.writeText(state.link);
      announce('Link copied.');
    } catch {
      inputRef.current?.select();
      announce('Could not copy automatically: the link is selected, press Control+C or Command+C to copy it.');
    }
  };

  return (
    <section className="pb-panel" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        Share link
      </h3>
      {blocked ? (
        <>
          <p>Fix {problems.length === 1 ? 'this problem' : `these ${problems.length} problems`} first, so the link opens for whoever receives it:</p>
          <ProblemList problems={problems} fieldId={fieldId} />
        </>
      ) : (
        <>
          <p>
            Anyone with the link sees this persona and can add it to their own browser. The persona travels inside the link itself (after the #), so
            it is never sent to a server. <strong>The photo is not included</strong>: the link shows initials instead.
          </p>
          {state.kind === 'failed' && <p className="pb-field__problem">This browser could not make the link (it lacks compression support). Export the persona as JSON instead.</p>}
          <div className="pb-inline">
            <label htmlFor={`${id}-link`} className="visually-hidden">
              Share link
            </label>
            <input
              ref={inputRef}
              id={`${id}-link`}
              type="text"
              readOnly
              value={state.kind === 'ready' ? state.link : 'Making the link…'}
              onFocus={(event) => event.target.select()}
            />
            <button type="button" className="button" onClick={() => void copy()} disabled={state.kind !== 'ready'}>
              Copy link
            </button>
          </div>
          {state.kind === 'ready' && <p className="pb-field__tip">{formatNumber(state.link.length)} characters. Changes you make later are not in a link already sent.</p>}
        </>
      )}
      <p>
        <button type="button" className="pb-button pb-button--quiet" onClick={onClose}>
          Close share link
        </button>
      </p>
    </section>
  );
}
