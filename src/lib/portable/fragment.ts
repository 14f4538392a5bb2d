/**
 * Share links carry their data in the URL fragment (after `#`), which browsers never send to a server. One reader
 * for every tool's fragment key: `#c=` (calculators), `#r=` and `#t=` (assessment, team), `#share=` (persona),
 * `#map=` (journey map), `#s=` (survey workbench), `#k=` (the comments view's codebook).
 */

/** The fragment keys the site uses. */
export const FRAGMENT_KEYS = { calculator: 'c', result: 'r', team: 't', persona: 'share', map: 'map', survey: 's', codebook: 'k' } as const;

export type FragmentKey = (typeof FRAGMENT_KEYS)[keyof typeof FRAGMENT_KEYS];

/** The assessment's keys, one person's results and a team's: either page reads a code behind either, classified by the code itself. */
export const ASSESSMENT_FRAGMENT_KEYS = [FRAGMENT_KEYS.result, FRAGMENT_KEYS.team] as const;

/** What a fragment holds: nothing, a code behind one of the keys asked for, or something else (a heading anchor). */
export type Fragment = { readonly kind: 'none' } | { readonly kind: 'code'; readonly key: string; readonly code: string } | { readonly kind: 'other' };

/**
 * Read a URL fragment (`location.hash`, with or without `#`). Percent-escapes are undone; keys are read in any
 * case; a key with nothing after it (a link cut right after `=`) is no link at all.
 *
 * @param hash `location.hash`
 * @param keys the keys this page reads
 * @returns what the fragment holds
 * @example readFragment('#map=1.zAbc.k9Qa', ['map']) // { kind: 'code', key: 'map', code: '1.zAbc.k9Qa' }
 * @example readFragment('#method', ['c']) // { kind: 'other' }
 */
export function readFragment(hash: string, keys: readonly string[]): Fragment {
  let fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    fragment = decodeURIComponent(fragment);
  } catch {
    // A stray "%" that is not an escape: kept, and the code's reader names the bad character.
  }
  // Trimmed once the escapes are undone: a browser writes a blank pasted before the key as "%20".
  fragment = fragment.trim();
  if (fragment === '') return { kind: 'none' };
  for (const key of keys) {
    // Any case: a link retyped or passed through a tool that upper-cases it (`#C=`) still opens.
    if (fragment.slice(0, key.length + 1).toLowerCase() !== `${key}=`) continue;
    const code = fragment.slice(key.length + 1).trim();
    return code === '' ? { kind: 'none' } : { kind: 'code', key, code };
  }
  return { kind: 'other' };
}

/**
 * A share link: the page's address with the code in its fragment.
 *
 * @example getShareLink('https://touchpoint.example', '/tools/nps/', 'c', '1.nps…') // 'https://touchpoint.example/tools/nps/#c=1.nps…'
 */
export function getShareLink(origin: string, path: string, key: string, code: string): string {
  return `${origin}${path}#${key}=${code}`;
}
