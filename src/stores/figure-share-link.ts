import type { WritableAtom } from 'nanostores';
import { atom } from 'nanostores';
import type { PortableError } from '../lib/portable/portable-error.ts';
import { ok, type Result } from '../lib/result.ts';

/** What happened to the last share link opened: applied (with the figures it replaced) or refused. */
export type FigureShareNotice<Draft> =
  | { readonly kind: 'none' }
  | { readonly kind: 'applied'; readonly previous: Draft }
  | { readonly kind: 'failed'; readonly error: PortableError };

/** A figure calculator's share-link handling: its notice and the actions on it. */
export interface FigureShareLink<Draft> {
  readonly $notice: WritableAtom<FigureShareNotice<Draft>>;
  /**
   * Open a share link's figures: on success they replace the form (the replaced draft is kept for `restore`);
   * on failure the form is left exactly as it was and the notice says why.
   *
   * @param hash `location.hash`, e.g. "#c=1.churn.…"
   * @returns the new draft, or why the code cannot be read
   */
  apply(hash: string): Result<Draft, PortableError>;
  /** Put back the figures a share link replaced, and hide the notice. */
  restore(): void;
  /** Hide the notice. */
  dismiss(): void;
}

/**
 * Share-link handling over a calculator's saved draft: the churn and CLV calculators differ only in how a code
 * is decoded and how its figures go into the draft.
 *
 * @param $draft the calculator's draft
 * @param decode reads a `#c=…` fragment
 * @param toDraft the draft with a decoded code's figures put in
 */
export function createFigureShareLink<Draft, State>(
  $draft: WritableAtom<Draft>,
  decode: (hash: string) => Result<State, PortableError>,
  toDraft: (current: Draft, state: State) => Draft,
): FigureShareLink<Draft> {
  const $notice = atom<FigureShareNotice<Draft>>({ kind: 'none' });
  return {
    $notice,
    apply(hash) {
      const decoded = decode(hash);
      if (!decoded.ok) {
        $notice.set({ kind: 'failed', error: decoded.error });
        return decoded;
      }
      const previous = $draft.get();
      const draft = toDraft(previous, decoded.value);
      $draft.set(draft);
      $notice.set({ kind: 'applied', previous });
      return ok(draft);
    },
    restore() {
      const notice = $notice.get();
      if (notice.kind === 'applied') $draft.set(notice.previous);
      $notice.set({ kind: 'none' });
    },
    dismiss() {
      $notice.set({ kind: 'none' });
    },
  };
}
