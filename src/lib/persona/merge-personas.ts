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
/** This browser's value when it has one; the file's only fills an empty field. */
const fill = (existing: string, incoming: string) => (existing.trim() ? existing : incoming);

/**
 * Merge an imported version of a persona into the one already here, as the choice's label says: "keep this
 * one, fill empty fields and add new statements". Texts and choices: this browser's value wherever it has
 * one, the file's only where this one is empty, so a newer local edit is never replaced. Lists and tags: the
 * existing items, then the imported items not already there (same text, ignoring case). An existing item
 * keeps its own evidence, except an assumption with no source note (the default for a new statement), which
 * takes the file's research and source for the same statement: that fills an empty note, it replaces nothing.
 * Lists stay within their limits and anything left out is reported.
 *
 * @param existing the persona in this browser (its id, creation date and every non-empty field are kept)
 * @param incoming the imported persona
 * @param now when the merge happens
 * @returns the merged persona and what was left out
 * @example mergePersonas(maya, { ...maya, summary: 'older text', goals: [newGoal] }, now).persona.summary // maya.summary
 */
export function mergePersonas(existing: Persona, incoming: Persona, now: Date): MergedPersona {
  const leftOut: string[] = [];
  const merged: Persona = {
    ...existing,
    name: fill(existing.name, incoming.name),
    role: fill(existing.role, incoming.role),
    segment: fill(existing.segment, incoming.segment),
    summary: fill(existing.summary, incoming.summary),
    quote: fill(existing.quote, incoming.quote),
    // The colour and priority always hold a value, so this browser's are kept.
    avatar: { colour: existing.avatar.colour, image: fill(existing.avatar.image, incoming.avatar.image) },
    priority: existing.priority,
    demographics: {
      ageRange: fill(existing.demographics.ageRange, incoming.demographics.ageRange),
      location: fill(existing.demographics.location, incoming.demographics.location),
      householdSize: fill(existing.demographics.householdSize, incoming.demographics.householdSize),
      incomeBand: fill(existing.demographics.incomeBand, incoming.demographics.incomeBand),
    },
    b2b: {
      industry: fill(existing.b2b.industry, incoming.b2b.industry),
      companySize: fill(existing.b2b.companySize, incoming.b2b.companySize),
      buyingRole: existing.b2b.buyingRole || incoming.b2b.buyingRole,
    },
    techComfort: existing.techComfort || incoming.techComfort,
    journey: Object.fromEntries(
      JOURNEY_STAGES.map((stage) => {
        const mine = existing.journey[stage];
        const theirs = incoming.journey[stage];
        return [
          stage,
          {
            doing: fill(mine.doing, theirs.doing),
            thinking: fill(mine.thinking, theirs.thinking),
            feeling: fill(mine.feeling, theirs.feeling),
            delight: fill(mine.delight, theirs.delight),
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
        const known = items[match];
        if (known && known.evidence === 'assumption' && known.source.trim() === '' && item.evidence === 'research') {
          items[match] = { ...known, evidence: item.evidence, source: item.source };
        }
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
