import { useStore } from '@nanostores/react';
import { $journeySaveState } from '../../stores/journey-maps';
import { formatTime } from '../../lib/text/format.ts';

/** "Saved in this browser at 10:42", spoken politely when it changes, or a plain warning when saving fails. */
export function SaveStatus({ updatedAt }: { readonly updatedAt: string }) {
  const state = useStore($journeySaveState, { ssr: () => 'saved' as const });
  // Shown only once saved on this device, after hydration, so the reader's locale cannot mismatch the server's HTML.
  const time = formatTime(updatedAt);
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
