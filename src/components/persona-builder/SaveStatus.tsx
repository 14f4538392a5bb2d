import { useStore } from '@nanostores/react';
import { $personaSaveState } from '../../stores/personas';
import { formatTime } from '../../lib/text/format.ts';

/** "Saved in this browser at 10:42", or a plain warning when the browser refuses to save. */
export function SaveStatus({ updatedAt, onExport }: { readonly updatedAt: string; readonly onExport: () => void }) {
  const state = useStore($personaSaveState, { ssr: () => 'saved' as const });
  if (state === 'not-saved') {
    return (
      <p className="pb-save pb-save--failed">
        <strong>Not saved:</strong> this browser refused to store your changes (its storage may be full). They stay on this page until you close it.{' '}
        <button type="button" className="pb-button pb-button--quiet" onClick={onExport}>
          Export all personas now
        </button>
      </p>
    );
  }
  // Shown only once saved on this device, after hydration, so the reader's locale cannot mismatch the server's HTML.
  const time = formatTime(updatedAt);
  return (
    <p className="pb-save">
      <span aria-hidden="true">✓ </span>Saved in this browser at <time dateTime={updatedAt}>{time}</time>
    </p>
  );
}
