export interface ShareNoticeProps {
  /** `canRestore`: the link replaced figures of the person's own (not just the empty form), which can be put back. */
  readonly notice: { readonly kind: 'none' } | { readonly kind: 'applied'; readonly canRestore: boolean } | { readonly kind: 'failed'; readonly message: string };
  readonly onRestore: () => void;
  readonly onDismiss: () => void;
}

/** Says a share link filled the form (with a way back to the person's own figures), or why it could not. */
export function ShareNotice({ notice, onRestore, onDismiss }: ShareNoticeProps) {
  if (notice.kind === 'none') return null;
  return (
    <div className={`notice figure-share-notice${notice.kind === 'applied' ? ' notice--info' : ' figure-share-notice--failed'}`} role="alert">
      <p>{notice.kind === 'applied' ? 'The figures from the share link are filled in below.' : notice.message}</p>
      <p className="figure-share-notice__actions">
        {notice.kind === 'applied' && notice.canRestore && (
          <button type="button" className="button button--secondary" onClick={onRestore}>
            Put my own figures back
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={onDismiss}>
          Dismiss
        </button>
      </p>
    </div>
  );
}
