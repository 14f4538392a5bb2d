import { useStore } from '@nanostores/react';
import { useEffect, useRef, type ReactNode } from 'react';
import { $readingSavedData } from '../../stores/persisted-atom.ts';
import { HYDRATED_EVENT } from './island-events.ts';

/** What the server renders, and the first render in the browser: nothing is ready before the island hydrates (told apart by identity). */
const BEFORE_HYDRATION: readonly string[] = [];

/**
 * Keeps an island's inputs and buttons disabled until they can take an edit that lasts: before the island
 * hydrates (React would put the server's values back over anything typed) and while a store's saved data is
 * being read (it would replace what was typed). A browser's own fieldset does it, so every control inside is
 * covered, and a test tool waits for the controls to be enabled. It has no box (display: contents), so an island
 * that may hydrate when it comes into view (client:visible, the calculators in guides) has it inside its root
 * element: Astro watches the island's first elements for that, and an element without a box is never in view.
 * An island that hydrates on first use (client:first-use) has its controls enabled before, and the person's edits
 * given back once this tells it the island has hydrated (HYDRATED_EVENT).
 */
export function SavedDataGate({ stores, children }: { readonly stores: readonly { readonly storageKey: string }[]; readonly children: ReactNode }) {
  const reading = useStore($readingSavedData, { ssr: () => BEFORE_HYDRATION });
  const waiting = reading === BEFORE_HYDRATION || stores.some((store) => reading.includes(store.storageKey));
  const gate = useRef<HTMLFieldSetElement>(null);
  useEffect(() => void gate.current?.dispatchEvent(new Event(HYDRATED_EVENT, { bubbles: true })), []);
  return (
    // client:first-use enables the server's fieldset before hydration: that difference is expected, not a mismatch.
    <fieldset ref={gate} className="saved-data-gate" disabled={waiting} suppressHydrationWarning>
      {children}
    </fieldset>
  );
}
