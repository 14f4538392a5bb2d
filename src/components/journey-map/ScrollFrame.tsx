import { useEffect, useRef, useState, type ReactNode } from 'react';

export interface ScrollFrameProps {
  /** The accessible name of the scrolling region. */
  readonly label: string;
  /** The class of the scrolling element (it keeps the look the map had before the frame). */
  readonly className: string;
  readonly children: ReactNode;
}

type Edges = { readonly overflowing: boolean; readonly moreLeft: boolean; readonly moreRight: boolean };

const NONE: Edges = { overflowing: false, moreLeft: false, moreRight: false };

/**
 * A region that scrolls sideways when its content is wider than the screen (a map of many stages, a phone),
 * and says so: a shadow on each edge with more to see, and the words "Scroll sideways to see all stages"
 * above it, which also describe the region to a screen reader when it takes focus (once per visit to it,
 * not on every scroll). Nothing shows when everything fits.
 */
export function ScrollFrame({ label, className, children }: ScrollFrameProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [edges, setEdges] = useState<Edges>(NONE);
  const hintId = `${getScrollId(label)}-hint`;

  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const measure = () => {
      // One pixel of slack: zoom and sub-pixel widths can leave a fraction that is not worth scrolling for.
      const room = element.scrollWidth - element.clientWidth;
      const next = room > 1 ? { overflowing: true, moreLeft: element.scrollLeft > 1, moreRight: element.scrollLeft < room - 1 } : NONE;
      setEdges((current) =>
        current.overflowing === next.overflowing && current.moreLeft === next.moreLeft && current.moreRight === next.moreRight ? current : next,
      );
    };
    measure();
    element.addEventListener('scroll', measure, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(measure);
    observer?.observe(element);
    if (element.firstElementChild) observer?.observe(element.firstElementChild);
    return () => {
      element.removeEventListener('scroll', measure);
      observer?.disconnect();
    };
  }, []);

  const frameClass = ['jm-scroll-frame', edges.moreLeft ? 'jm-scroll-frame--more-left' : '', edges.moreRight ? 'jm-scroll-frame--more-right' : '']
    .filter((name) => name !== '')
    .join(' ');
  return (
    <>
      {edges.overflowing && (
        <p id={hintId} className="jm-scroll-hint" data-print-hidden>
          <span aria-hidden="true">↔ </span>Scroll sideways to see all stages
        </p>
      )}
      <div className={frameClass}>
        <div ref={ref} className={className} role="region" aria-label={label} aria-describedby={edges.overflowing ? hintId : undefined} tabIndex={0}>
          {children}
        </div>
      </div>
    </>
  );
}

/** An id from the region's label: the two regions (canvas and curve) have different labels. */
function getScrollId(label: string): string {
  return `jm-scroll-${label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
}
