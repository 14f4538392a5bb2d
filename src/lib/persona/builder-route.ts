/**
 * Which view of the persona builder the address shows, kept in the fragment so reloads and the back button
 * work and nothing reaches a server:
 *
 *     (none)                 the list
 *     #edit=<id>             one persona's form and card
 *     #compare=<id>,<id>[,<id>]
 *     #share=<code>          a persona shared by link (see share-code.ts)
 */
export type BuilderRoute =
  | { readonly view: 'list' }
  | { readonly view: 'edit'; readonly id: string }
  | { readonly view: 'compare'; readonly ids: readonly string[] }
  | { readonly view: 'share'; readonly code: string };

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
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  if (fragment === '' || fragment === 'list') return { view: 'list' };
  const separator = fragment.indexOf('=');
  if (separator < 0) return undefined;
  const name = fragment.slice(0, separator);
  const value = safeDecode(fragment.slice(separator + 1));
  switch (name) {
    case 'edit':
      return value ? { view: 'edit', id: value } : { view: 'list' };
    case 'compare': {
      const ids = [...new Set(value.split(',').filter(Boolean))];
      return ids.length >= MIN_COMPARE && ids.length <= MAX_COMPARE ? { view: 'compare', ids } : { view: 'list' };
    }
    case 'share':
      return { view: 'share', code: value };
    default:
      return undefined;
  }
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

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
