import type { WritableAtom } from 'nanostores';
import { atom } from 'nanostores';
import { ok, type Result } from '../lib/result.ts';
import type { PersistedAtom } from './persisted-atom.ts';

/**
 * What the last share link opened did: applied (with the person's own figures it replaced, to put back; null when
 * there were none, only the empty form) or refused (with why; the form untouched).
 */
export type ShareLinkNotice<Draft, Problem> =
  | { readonly kind: 'none' }
  /** `by`: the worked example or Clear replaced the figures (see `replace`); absent for a share link. */
  | { readonly kind: 'applied'; readonly previous: Draft | null; readonly by?: FormReplacement }
  | { readonly kind: 'failed'; readonly error: Problem };

/** What else replaces a calculator's figures, with the same way back: its worked example, or Clear. */
export type FormReplacement = 'example' | 'clear';

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
  /**
   * Replace the figures with the worked example or an empty form, keeping the person's own to put back (in this
   * page only: a reload keeps what is in the form). An empty form replaced needs no way back.
   */
  replace(draft: Draft, by: FormReplacement): void;
  /** Put back the person's own figures a share link (or the example, or Clear) replaced, and hide the notice. */
  restore(): void;
  /** Hide the notice (the link's figures stay). */
  dismiss(): void;
}

/**
 * Share-link handling over a calculator's saved draft, the one "Put my own figures back" of every calculator:
 * they differ only in how a code is decoded and how its figures go into the draft. The figures a link replaced are
 * saved beside the draft (`$draft.keptCopy('before-link')`, null when empty), so the offer survives a reload and
 * shows in the person's other tabs, whose figures the link changed too. The empty form is nothing to put back.
 *
 * @param $draft the calculator's saved state
 * @param decode reads a `#c=…` fragment
 * @param toDraft the draft with a decoded code's figures put in
 * @returns the notice and its actions
 * @example const churnShareLink = createShareLink($churnDraft, decodeChurnShareCode, (_current, state) => getDraftFromShareState(state));
 */
export function createShareLink<Draft, State, Problem>(
  $draft: PersistedAtom<Draft>,
  decode: (hash: string) => Result<State, Problem>,
  toDraft: (current: Draft, state: State) => Draft,
): ShareLink<Draft, Problem> {
  const $notice = atom<ShareLinkNotice<Draft, Problem>>({ kind: 'none' });
  const $kept = $draft.keptCopy('before-link');
  const isEmptyForm = (draft: Draft) => JSON.stringify(draft) === JSON.stringify($draft.initial);
  // Saved figures to put back (read after a reload, or written by another tab): the notice offers them. Cleared
  // elsewhere (put back or dismissed in another tab): the offer goes here too.
  $kept.subscribe((kept) => {
    const notice = $notice.get();
    if (kept !== null && (notice.kind !== 'applied' || notice.previous === null)) $notice.set({ kind: 'applied', previous: kept });
    else if (kept === null && notice.kind === 'applied' && notice.previous !== null) $notice.set({ kind: 'none' });
  });
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
      const current = $draft.get();
      const previous = notice.kind === 'applied' ? notice.previous : isEmptyForm(current) ? null : current;
      const draft = toDraft(current, decoded.value);
      // Saved before the link's figures, so there is no moment when neither copy is stored.
      $kept.set(previous);
      $draft.set(draft);
      $notice.set({ kind: 'applied', previous });
      return ok(draft);
    },
    replace(draft, by) {
      const current = $draft.get();
      // Undoes this replacement: back to the form as it is now. Unless a link replaced the person's own figures:
      // those stay the ones to put back (the link's are in the link).
      const previous = $kept.get() ?? (isEmptyForm(current) ? null : current);
      $draft.set(draft);
      $notice.set(previous === null ? { kind: 'none' } : { kind: 'applied', previous, by });
    },
    restore() {
      const notice = $notice.get();
      if (notice.kind === 'applied' && notice.previous !== null) $draft.set(notice.previous);
      $notice.set({ kind: 'none' });
      $kept.set(null);
    },
    dismiss() {
      $notice.set({ kind: 'none' });
      $kept.set(null);
    },
  };
}
