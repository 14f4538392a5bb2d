import { JOURNEY_STAGES } from '../../consts.ts';
import { formatJobStory } from './format-job-story.ts';
import { EVIDENCE_LISTS, LIST_FIELDS } from './persona-fields.ts';
import { PERSONA_LIMITS } from './persona-limits.ts';
import type { Persona } from './persona-schema.ts';

/** The result of a merge, and anything that did not fit. */
export interface MergedPersona {
  readonly persona: Persona;
  /** Items or tags left out because a list was full, e.g. 'Goals: “Save money” (the list holds 10)'. */
  readonly leftOut: readonly string[];
}

const sameText = (text: string) => text.trim().toLocaleLowerCase();
const pick = (incoming: string, existing: string) => (incoming.trim() ? incoming : existing);

/**
 * Merge an imported version of a persona into the one already here. Texts: the imported value where it has
 * one, otherwise the existing one. Lists: the existing items, then the imported items not already there
 * (same text, ignoring case); when both have the same item and only the imported one is backed by research,
 * the imported one is kept. Lists stay within their limits and anything left out is reported.
 *
 * @param existing the persona in this browser (its id and creation date are kept)
 * @param incoming the imported persona
 * @param now when the merge happens
 * @returns the merged persona and what was left out
 * @example mergePersonas(maya, { ...maya, goals: [newGoal] }, now).persona.goals.length // maya.goals.length + 1
 */
export function mergePersonas(existing: Persona, incoming: Persona, now: Date): MergedPersona {
  const leftOut: string[] = [];
  const merged: Persona = {
    ...existing,
    name: pick(incoming.name, existing.name),
    role: pick(incoming.role, existing.role),
    segment: pick(incoming.segment, existing.segment),
    summary: pick(incoming.summary, existing.summary),
    quote: pick(incoming.quote, existing.quote),
    avatar: { colour: incoming.avatar.colour, image: pick(incoming.avatar.image, existing.avatar.image) },
    priority: incoming.priority,
    demographics: {
      ageRange: pick(incoming.demographics.ageRange, existing.demographics.ageRange),
      location: pick(incoming.demographics.location, existing.demographics.location),
      householdSize: pick(incoming.demographics.householdSize, existing.demographics.householdSize),
      incomeBand: pick(incoming.demographics.incomeBand, existing.demographics.incomeBand),
    },
    b2b: {
      industry: pick(incoming.b2b.industry, existing.b2b.industry),
      companySize: pick(incoming.b2b.companySize, existing.b2b.companySize),
      buyingRole: incoming.b2b.buyingRole || existing.b2b.buyingRole,
    },
    techComfort: incoming.techComfort || existing.techComfort,
    journey: Object.fromEntries(
      JOURNEY_STAGES.map((stage) => {
        const mine = existing.journey[stage];
        const theirs = incoming.journey[stage];
        return [
          stage,
          {
            doing: pick(theirs.doing, mine.doing),
            thinking: pick(theirs.thinking, mine.thinking),
            feeling: pick(theirs.feeling, mine.feeling),
            delight: pick(theirs.delight, mine.delight),
          },
        ];
      }),
    ) as Persona['journey'],
    updatedAt: now.toISOString(),
  };

  const tags = [...existing.tags];
  for (const tag of incoming.tags) {
    if (tags.some((known) => sameText(known) === sameText(tag))) continue;
    if (tags.length < PERSONA_LIMITS.tags) tags.push(tag);
    else leftOut.push(`Tags: “${tag}” (a persona holds ${PERSONA_LIMITS.tags} tags)`);
  }
  merged.tags = tags;

  for (const key of EVIDENCE_LISTS) {
    // Each list has its own item type; merging only reads `evidence` and the item's text, so one loop serves all.
    const items: Persona[typeof key][number][] = [...existing[key]];
    for (const item of incoming[key]) {
      const text = sameText(describeItem(item));
      const match = items.findIndex((known) => sameText(describeItem(known)) === text);
      if (match >= 0) {
        if (item.evidence === 'research' && items[match]?.evidence !== 'research') items[match] = item;
        continue;
      }
      if (items.length < PERSONA_LIMITS.listItems) items.push(item);
      else leftOut.push(`${LIST_FIELDS[key].label}: “${describeItem(item)}” (the list holds ${PERSONA_LIMITS.listItems})`);
    }
    (merged as Record<typeof key, unknown>)[key] = items;
  }
  return { persona: merged, leftOut };
}

function describeItem(item: Persona[(typeof EVIDENCE_LISTS)[number]][number]): string {
  return 'text' in item ? item.text : formatJobStory(item);
}
