import { decideItemMerge, getChangedFields, type FieldPath, type WrittenValues } from './item-revisions.ts';

/** What a tab does with another tab's version of an item it also has. */
export type ItemReconciliation<T> =
  /** Theirs holds everything of mine (or the same content): take it. */
  | { readonly kind: 'take-theirs' }
  /** Theirs is an older version this tab already had: keep mine (and save it, so the other tab catches up). */
  | { readonly kind: 'keep-mine' }
  /** Both changed different fields: theirs with mine laid over (to be saved as a new revision). */
  | { readonly kind: 'merged'; readonly item: T }
  /** Both changed these fields differently: the person chooses. */
  | { readonly kind: 'conflict'; readonly fields: readonly FieldPath[] };

/** Both versions of one item, with what this tab knows about their ancestry. */
export interface ItemVersions<T> {
  readonly mine: T;
  readonly theirs: T;
  /** Each version's revision (its `updatedAt`). */
  readonly mineRevision: string;
  readonly theirRevision: string;
  /** The revision the other tab made its version from, when its write says. */
  readonly parent: string | undefined;
  /** Versions of the item this tab has held, by revision. */
  readonly history: ReadonlyMap<string, T> | undefined;
  /** The version this tab last received, when the parent is unknown or no longer kept. */
  readonly lastReceived: T | undefined;
  /** Values this tab wrote to each field. */
  readonly written: WrittenValues;
  /** Keys that are not content (e.g. 'updatedAt'). */
  readonly ignore: ReadonlySet<string>;
}

/**
 * Decide by revision first, content second: the same revision is the same version; a revision this tab has
 * held is an older version (keep mine); a version made from this tab's latest revision holds everything of
 * mine (take it); anything else was made alongside mine and is compared field by field with the version both
 * came from (`decideItemMerge`).
 *
 * @param versions both versions and their ancestry
 * @returns take theirs, keep mine, the merged item, or the clashing fields
 * @example reconcileItem({ mine, theirs, mineRevision: 'r2', theirRevision: 'r3', parent: 'r2', … }) // { kind: 'take-theirs' }
 */
export function reconcileItem<T>(versions: ItemVersions<T>): ItemReconciliation<T> {
  const { mine, theirs, mineRevision, theirRevision, parent, history, ignore } = versions;
  if (theirRevision === mineRevision && getChangedFields(mine, theirs, ignore).length === 0) return { kind: 'take-theirs' };
  if (theirRevision !== mineRevision && history?.has(theirRevision)) return { kind: 'keep-mine' };
  if (parent !== undefined && parent === mineRevision) return { kind: 'take-theirs' };
  const base = (parent === undefined ? undefined : history?.get(parent)) ?? versions.lastReceived;
  const decision = decideItemMerge({ base, mine, theirs, written: versions.written, ignore });
  switch (decision.kind) {
    case 'same':
    case 'take-theirs':
      return { kind: 'take-theirs' };
    case 'merged':
      return { kind: 'merged', item: decision.item };
    case 'conflict':
      return { kind: 'conflict', fields: decision.fields };
    default:
      return decision satisfies never;
  }
}
