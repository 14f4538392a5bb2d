import type { Persona } from './persona-schema.ts';
import type { Priority } from './persona-vocabulary.ts';

/** What the list is narrowed to. */
export interface PersonaFilter {
  /** Words to find, in any order, in the name, role, segment, summary, quote or tags. */
  readonly query: string;
  /** Tags a persona must all have; none means any. */
  readonly tags: readonly string[];
  readonly priority: Priority | 'all';
}

/** Lower-case, without accents, so "Jose" finds "José". */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/**
 * Narrow a list of personas by search words, tags and priority.
 *
 * @param personas the personas, in their order
 * @param filter the search words, the tags and the priority
 * @returns the personas that match, in the same order
 * @example filterPersonas([maya, daniel], { query: 'parent', tags: [], priority: 'all' }) // [maya]
 */
export function filterPersonas(personas: readonly Persona[], filter: PersonaFilter): Persona[] {
  const words = fold(filter.query).split(/\s+/u).filter(Boolean);
  const wantedTags = filter.tags.map(fold);
  return personas.filter((persona) => {
    if (filter.priority !== 'all' && persona.priority !== filter.priority) return false;
    const tags = persona.tags.map(fold);
    if (!wantedTags.every((tag) => tags.includes(tag))) return false;
    const haystack = fold([persona.name, persona.role, persona.segment, persona.summary, persona.quote, ...persona.tags].join(' '));
    return words.every((word) => haystack.includes(word));
  });
}

/**
 * Every tag used in a collection, once each (ignoring case), sorted alphabetically, with how many personas use it.
 *
 * @param personas the personas
 * @returns the tags and their counts
 * @example collectTags([{ tags: ['b2c'] }, { tags: ['B2C', 'saas'] }]) // [{ tag: 'b2c', count: 2 }, { tag: 'saas', count: 1 }]
 */
export function collectTags(personas: readonly Pick<Persona, 'tags'>[]): { tag: string; count: number }[] {
  const counts = new Map<string, { tag: string; count: number }>();
  for (const persona of personas) {
    for (const tag of new Set(persona.tags.map((known) => known.trim()).filter(Boolean))) {
      const key = fold(tag);
      const entry = counts.get(key);
      if (entry) entry.count++;
      else counts.set(key, { tag, count: 1 });
    }
  }
  return [...counts.values()].sort((a, b) => a.tag.localeCompare(b.tag));
}
