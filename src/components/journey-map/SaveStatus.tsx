import { useStore } from '@nanostores/react';
import { $journeySaveState } from '../../stores/journey-maps';

/** "Saved in this browser at 10:42", spoken politely when it changes, or a plain warning when saving fails. */
export function SaveStatus({ updatedAt }: { readonly updatedAt: string }) {
  const state = useStore($journeySaveState, { ssr: () => 'saved' as const });
  const time = new Date(updatedAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  return (
    <p className={`jm-save${state === 'not-saved' ? ' jm-save--failed' : ''}`} role="status" data-print-hidden>
      {state === 'not-saved' ? (
        <>
          <strong>Not saved:</strong> this browser refused to store your changes (its storage may be full). They stay on this page until you close it:
          export the map below to keep them.
        </>
      ) : (
        <>
          <span aria-hidden="true">✓ </span>Saved in this browser at <time dateTime={updatedAt}>{time}</time>
        </>
      )}
    </p>
  );
}
