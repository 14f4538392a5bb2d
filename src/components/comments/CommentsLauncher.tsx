import type { ComponentType } from 'react';
import type { ReactNode } from 'react';
import { useEffect, useId, useRef, useState } from 'react';

export interface CommentsLauncherProps {
  /** Imports the page's comments view (a module whose `default` is the view bound to the page's input). */
  readonly load: () => Promise<{ readonly default: ComponentType }>;
  /** Open at once (a codebook link was opened). */
  readonly open?: boolean;
  readonly headingLevel?: 2 | 3;
}

type Loaded = { readonly kind: 'closed' | 'loading' | 'failed' } | { readonly kind: 'loaded'; readonly View: ComponentType };

/**
 * The way into the comments view: a button that loads it (its code, the stop-word lists, the stemmer and the
 * sentiment lexicon come only then), so a page that never reads comments never downloads them.
 */
export function CommentsLauncher({ load, open: openNow = false, headingLevel = 2 }: CommentsLauncherProps) {
  const id = useId();
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'closed' });
  /** Whether the person pressed the button (then focus follows to the view that replaces it). */
  const focusOnArrival = useRef(false);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  const open = (byPerson: boolean) => {
    focusOnArrival.current = byPerson;
    setLoaded({ kind: 'loading' });
    load().then(
      (module) => setLoaded({ kind: 'loaded', View: module.default }),
      () => setLoaded({ kind: 'failed' }),
    );
  };

  useEffect(() => {
    if (openNow && loaded.kind === 'closed') open(false);
    // `open` only sets state: opening once when asked is what matters.
  }, [openNow]);

  if (loaded.kind === 'loaded') return <FocusOnArrival focus={focusOnArrival.current}>{<loaded.View />}</FocusOnArrival>;

  return (
    <section className="survey-section" aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`}>What customers are saying</Heading>
      <p>Read the open comments of this export by group: the phrases that set each group apart, themes you define, and the score of those who mention them.</p>
      <div>
        <button type="button" className="button button--secondary" disabled={loaded.kind === 'loading'} onClick={() => open(true)}>
          {loaded.kind === 'loading' ? 'Opening the comments…' : 'Read the comments'}
        </button>
      </div>
      {loaded.kind === 'failed' && (
        <p className="notice notice--error" role="alert">
          The comments view could not load (is the connection down?). Try again.
        </p>
      )}
    </section>
  );
}

/** The loaded view, given focus on its heading when it replaces the button the person pressed (else focus is lost). */
function FocusOnArrival({ focus, children }: { readonly focus: boolean; readonly children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!focus) return;
    const heading = box.current?.querySelector<HTMLElement>('h2, h3');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
  }, [focus]);
  return <div ref={box}>{children}</div>;
}
