import type { WritableAtom } from 'nanostores';
import { atom } from 'nanostores';
import { ok, type Result } from '../lib/result.ts';

/**
 * What the last share link opened did: applied (with the person's own figures it replaced, to put back) or
 * refused (with why; the form untouched).
 */
export type ShareLinkNotice<Draft, Problem> =
  | { readonly kind: 'none' }
  | { readonly kind: 'applied'; readonly previous: Draft }
  | { readonly kind: 'failed'; readonly error: Problem };

/** A calculator's share-link handling: its notice and the actions on it. */
export interface ShareLink<Draft, Problem> {
  readonly $notice: WritableAtom<ShareLinkNotice<Draft, Problem>>;
  /**
   * Open a share link's figures: on success they replace the form (the person's own figures are kept for
   * `restore`); on failure the form is left exactly as it was and the notice says why.
   *
   * @param hash `location.hash`, e.g. "#c=1.churn.…"
   * @returns the new draft, or why the code cannot be read
   */
  apply(hash: string): Result<Draft, Problem>;
  /** Put back the person's own figures a share link replaced, and hide the notice. */
  restore(): void;
  /** Hide the notice (the link's figures stay). */
  dismiss(): void;
}

/**
 * Share-link handling over a calculator's saved draft, the one "Put my own figures back" of every calculator:
 * they differ only in how a code is decoded and how its figures go into the draft.
 *
 * @param $draft the calculator's saved state
 * @param decode reads a `#c=…` fragment
 * @param toDraft the draft with a decoded code's figures put in
 * @returns the notice and its actions
 * @example const churnShareLink = createShareLink($churnDraft, decodeChurnShareCode, (_current, state) => getDraftFromShareState(state));
 */
export function createShareLink<Draft, State, Problem>(
  $draft: WritableAtom<Draft>,
  decode: (hash: string) => Result<State, Problem>,
  toDraft: (current: Draft, state: State) => Draft,
): ShareLink<Draft, Problem> {
  const $notice = atom<ShareLinkNotice<Draft, Problem>>({ kind: 'none' });
  return {
    $notice,
    apply(hash) {
      const decoded = decode(hash);
      if (!decoded.ok) {
        $notice.set({ kind: 'failed', error: decoded.error });
        return decoded;
      }
      const notice = $notice.get();
      // A second link opened before the first was dismissed: the figures to put back are still the person's own.
      const previous = notice.kind === 'applied' ? notice.previous : $draft.get();
      const draft = toDraft($draft.get(), decoded.value);
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
