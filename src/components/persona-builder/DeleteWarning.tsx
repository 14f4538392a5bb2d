import { useEffect, useId, useRef } from 'react';
import type { MapUsingPersona } from '../../lib/persona/maps-using-persona';

interface DeleteWarningProps {
  readonly name: string;
  readonly maps: readonly MapUsingPersona[];
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/**
 * Asked before deleting a persona that journey maps link to: names the maps and what they keep. Focus moves
 * to it when it opens (the Delete button that opened it is the one the person just pressed).
 */
export function DeleteWarning({ name, maps, onConfirm, onCancel }: DeleteWarningProps) {
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const shown = name.trim() || 'Untitled persona';
  return (
    <section className="pb-notice pb-notice--warning pb-delete-warning" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        Delete “{shown}”? {maps.length === 1 ? 'A journey map uses it' : `${maps.length} journey maps use it`}
      </h3>
      <ul>
        {maps.map((map) => (
          <li key={map.id}>
            <a href="/tools/journey-map/">{map.title}</a>
          </li>
        ))}
      </ul>
      <p>{maps.length === 1 ? 'The map keeps' : 'The maps keep'} the name “{shown}” but lose the link to this persona, so later changes here no longer reach {maps.length === 1 ? 'it' : 'them'}.</p>
      <p className="pb-toolbar">
        <button type="button" className="button button--secondary pb-button--danger" onClick={onConfirm}>
          Delete anyway
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Keep the persona
        </button>
      </p>
    </section>
  );
}
