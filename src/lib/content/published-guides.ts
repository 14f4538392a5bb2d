import { getCollection, type CollectionEntry } from 'astro:content';
import { sortByReadingOrder } from '../guides/guide-sequence';

/** All guides that are not drafts, in the playbook's reading order. */
export async function getPublishedGuides(): Promise<CollectionEntry<'guides'>[]> {
  const guides = await getCollection('guides', ({ data }) => !data.draft);
  return sortByReadingOrder(guides);
}
