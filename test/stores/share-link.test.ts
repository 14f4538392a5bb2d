import { atom } from 'nanostores';
import { describe, expect, it } from 'vitest';
import { err, ok } from '../../src/lib/result.ts';
import { createShareLink } from '../../src/stores/share-link.ts';

type Draft = { readonly figure: string; readonly note: string };

/** A share link whose code is the figure itself ("#c=12"); "#c=bad" cannot be read. */
function setUp(initial: Draft = { figure: 'mine', note: 'kept' }) {
  const $draft = atom<Draft>(initial);
  const link = createShareLink(
    $draft,
    (hash: string) => (hash === '#c=bad' ? err({ kind: 'damaged' as const }) : ok(hash.slice('#c='.length))),
    (current: Draft, figure: string) => ({ ...current, figure }),
  );
  return { $draft, link };
}

describe('createShareLink', () => {
  it('fills in a link’s figures and keeps the person’s own to put back', () => {
    const { $draft, link } = setUp();
    expect(link.apply('#c=12')).toEqual({ ok: true, value: { figure: '12', note: 'kept' } });
    expect($draft.get()).toEqual({ figure: '12', note: 'kept' });
    expect(link.$notice.get()).toEqual({ kind: 'applied', previous: { figure: 'mine', note: 'kept' } });
    link.restore();
    expect($draft.get()).toEqual({ figure: 'mine', note: 'kept' });
    expect(link.$notice.get()).toEqual({ kind: 'none' });
  });

  it('leaves the form as it was when the link cannot be read, and says why', () => {
    const { $draft, link } = setUp();
    expect(link.apply('#c=bad')).toEqual({ ok: false, error: { kind: 'damaged' } });
    expect($draft.get()).toEqual({ figure: 'mine', note: 'kept' });
    expect(link.$notice.get()).toEqual({ kind: 'failed', error: { kind: 'damaged' } });
    // Nothing was replaced, so there is nothing to put back.
    link.restore();
    expect($draft.get()).toEqual({ figure: 'mine', note: 'kept' });
  });

  it('puts back the person’s own figures, not the first link’s, after a second link', () => {
    const { $draft, link } = setUp();
    link.apply('#c=1');
    link.apply('#c=2');
    expect($draft.get().figure).toBe('2');
    link.restore();
    expect($draft.get().figure).toBe('mine');
  });

  it('keeps the link’s figures when the notice is dismissed', () => {
    const { $draft, link } = setUp();
    link.apply('#c=7');
    link.dismiss();
    expect(link.$notice.get()).toEqual({ kind: 'none' });
    link.restore();
    expect($draft.get().figure).toBe('7');
  });
});
