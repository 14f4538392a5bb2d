import type { ReactNode } from 'react';
import { describePortableError, formatPortableMessage, type PortableError } from '../../lib/portable/portable-error.ts';
import type { FormReplacement } from '../../stores/share-link.ts';
import { SavedDataGate } from '../shared/SavedDataGate.tsx';
import { StorageNotices } from '../shared/StorageNotices.tsx';
import { ShareNotice } from './ShareNotice.tsx';

export interface FigureCalculatorFrameProps {
  /** Named as a region with its own heading when embedded in a guide; the tool page has its own h1. */
  readonly title: string;
  readonly embedded: boolean;
  readonly titleId: string;
  /** The calculator's saved figures: its fields stay disabled until they are read (SavedDataGate). */
  readonly store: { readonly storageKey: string };
  /** The last share link opened: applied, refused, or none (the worked example or Clear: said by the toolbar). */
  readonly shareNotice: { readonly kind: 'none' } | { readonly kind: 'applied'; readonly previous: unknown; readonly by?: FormReplacement } | { readonly kind: 'failed'; readonly error: PortableError };
  readonly onRestore: () => void;
  readonly onDismiss: () => void;
  readonly children: ReactNode;
}

/** What the churn and CLV calculators have around their form: title when embedded, storage and share notices. */
export function FigureCalculatorFrame({ title, embedded, titleId, store, shareNotice, onRestore, onDismiss, children }: FigureCalculatorFrameProps) {
  return (
    <div
      className={`tool figure-calculator${embedded ? ' figure-calculator--embedded' : ''}`}
      {...(embedded ? { role: 'region', 'aria-labelledby': titleId } : {})}
    >
      <SavedDataGate stores={[store]}>
        {embedded && (
          <h3 id={titleId} className="figure-calculator__title">
            {title}
          </h3>
        )}
        <StorageNotices />
        <ShareNotice
          notice={
            shareNotice.kind === 'failed'
              ? { kind: 'failed', message: `${formatPortableMessage(describePortableError(shareNotice.error, { thing: 'share link', tool: title.toLowerCase() }))} Your own figures were left as they were.` }
              : shareNotice.kind === 'applied' && shareNotice.by === undefined
                ? { kind: 'applied', canRestore: shareNotice.previous !== null }
                : { kind: 'none' }
          }
          onRestore={onRestore}
          onDismiss={onDismiss}
        />
        {children}
      </SavedDataGate>
    </div>
  );
}
