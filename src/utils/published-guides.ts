/**
 * Queries over Astro's content collections, for pages. Kept out of `src/lib/` because it imports
 * `astro:content`, which exists only inside an Astro build; lib stays plain TypeScript.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { sortByReadingOrder } from '../lib/guides/guide-sequence';

/** All guides that are not drafts, in the playbook's reading order. */
export async function getPublishedGuides(): Promise<CollectionEntry<'guides'>[]> {
  const guides = await getCollection('guides', ({ data }) => !data.draft);
  return sortByReadingOrder(guides);
}
