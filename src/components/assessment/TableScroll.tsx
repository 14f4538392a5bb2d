import type { ReactNode } from 'react';

/** A table that may be wider than a phone: it scrolls sideways and can be scrolled from the keyboard. */
export function TableScroll({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
