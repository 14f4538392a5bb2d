/** A heading as Astro's `render()` reports it. */
export interface Heading {
  readonly depth: number;
  readonly slug: string;
  readonly text: string;
}

/** A `##` heading with the `###` headings under it. */
export interface TocEntry {
  readonly slug: string;
  readonly text: string;
  readonly children: readonly { readonly slug: string; readonly text: string }[];
}

/**
 * Build a two-level table of contents from a guide's headings: `##` entries with their `###` children.
 * A `###` before any `##` becomes an entry of its own so nothing is lost; deeper headings are left out.
 *
 * @param headings headings in document order
 * @returns the nested entries
 * @example buildTableOfContents([{ depth: 2, slug: 'a', text: 'A' }, { depth: 3, slug: 'b', text: 'B' }])
 * // [{ slug: 'a', text: 'A', children: [{ slug: 'b', text: 'B' }] }]
 */
export function buildTableOfContents(headings: readonly Heading[]): TocEntry[] {
  const entries: { slug: string; text: string; children: { slug: string; text: string }[] }[] = [];
  for (const { depth, slug, text } of headings) {
    const last = entries.at(-1);
    if (depth === 2 || (depth === 3 && !last)) {
      entries.push({ slug, text, children: [] });
    } else if (depth === 3 && last) {
      last.children.push({ slug, text });
    }
  }
  return entries;
}
