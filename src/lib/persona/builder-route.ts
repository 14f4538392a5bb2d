/**
 * Which view of the persona builder the address shows, kept in the fragment so reloads and the back button
 * work and nothing reaches a server:
 *
 *     (none)                 the list
 *     #edit=<id>             one persona's form and card
 *     #compare=<id>,<id>[,<id>]
 *     #share=<code>          a persona shared by link (see share-code.ts)
 */
import { FRAGMENT_KEYS, readFragment } from '../portable/fragment.ts';

export type BuilderRoute =
  | { readonly view: 'list' }
  | { readonly view: 'edit'; readonly id: string }
  | { readonly view: 'compare'; readonly ids: readonly string[] }
  | { readonly view: 'share'; readonly code: string };

/** The views' fragment keys; a shared persona's is the site's `share`. */
const ROUTE_KEYS = ['edit', 'compare', FRAGMENT_KEYS.persona] as const;

/** Two or three personas fit side by side. */
export const MIN_COMPARE = 2;
export const MAX_COMPARE = 3;

/**
 * Read the view from the address fragment.
 *
 * @param hash `location.hash`, with or without its `#`
 * @returns the view; undefined for a fragment that is not a view (e.g. a link to a heading), which leaves the view as it is
 * @example parseBuilderRoute('#edit=k7mq2xw9ab') // { view: 'edit', id: 'k7mq2xw9ab' }
 */
export function parseBuilderRoute(hash: string): BuilderRoute | undefined {
  // Read as every fragment is (../portable/fragment.ts): keys in any case, escapes undone, blanks trimmed.
  const fragment = readFragment(hash, ROUTE_KEYS);
  // No fragment, or a view with nothing after its "=" (`#edit=`): the list.
  if (fragment.kind === 'none') return { view: 'list' };
  if (fragment.kind === 'other') return hash.replace(/^#/, '') === 'list' ? { view: 'list' } : undefined;
  const { key, code: value } = fragment;
  if (key === 'edit') return { view: 'edit', id: value };
  if (key === 'share') return { view: 'share', code: value };
  const ids = [...new Set(value.split(',').filter(Boolean))];
  return ids.length >= MIN_COMPARE && ids.length <= MAX_COMPARE ? { view: 'compare', ids } : { view: 'list' };
}

/**
 * Write a view as an address fragment.
 *
 * @param route the view
 * @returns the fragment with its `#`, or '' for the list
 * @example formatBuilderRoute({ view: 'compare', ids: ['a', 'b'] }) // '#compare=a,b'
 */
export function formatBuilderRoute(route: BuilderRoute): string {
  switch (route.view) {
    case 'list':
      return '';
    case 'edit':
      return `#edit=${encodeURIComponent(route.id)}`;
    case 'compare':
      return `#compare=${route.ids.map(encodeURIComponent).join(',')}`;
    case 'share':
      return `#share=${route.code}`;
    default:
      return route satisfies never;
  }
}

