/**
 * Concurrent edits of one saved item (a persona, a journey map) from two tabs: which fields each side
 * changed, and whether the two versions can be combined without losing anything or the person must choose.
 *
 * Each tab saves on every keystroke, so "what this tab has not saved" never exists; what can be lost is one
 * tab's saved version overwritten by the other's whole collection. A three-way comparison field by field
 * finds it: `base` is the item as this tab last received it from another tab, `mine` as this tab has it now,
 * `theirs` as another tab just saved it. A field is this tab's change when `mine` differs from `base`; it is
 * the other tab's change when `theirs` differs from `base` and is not a value this tab itself wrote (the
 * other tab may save a value it received from this tab, a keystroke behind). Changes to different fields
 * combine; changes to the same field that differ are a conflict for the person to settle.
 *
 * Fields are paths through plain objects ('summary', 'demographics.location', 'journey.awareness.doing');
 * a list is one field (two tabs editing one list must choose). Keys must not contain '.'.
 */

/** A field of an item: keys through plain objects joined by '.'; a list or a text ends the path. */
export type FieldPath = string;

/** The values (as JSON) this tab wrote to each field of one item, newest last. */
export type WrittenValues = ReadonlyMap<FieldPath, readonly string[]>;

/** How many values per field a tab remembers: enough for a burst of typing between two syncs. */
export const WRITTEN_VALUES_KEPT = 200;

/** What to do with another tab's version of an item this tab also has. */
export type MergeDecision<T> =
  /** The two versions hold the same content (perhaps different `updatedAt`): nothing to do. */
  | { readonly kind: 'same' }
  /** Only the other tab changed something: take its version as it is. */
  | { readonly kind: 'take-theirs' }
  /** Both changed different fields: their version with this tab's changes laid over, to be saved. */
  | { readonly kind: 'merged'; readonly item: T; readonly keptMine: readonly FieldPath[] }
  /** Both changed these fields, differently: the person chooses. */
  | { readonly kind: 'conflict'; readonly fields: readonly FieldPath[] };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Every field of an item with its value as JSON.
 *
 * @param item a plain JSON value (an object for items)
 * @param ignore top-level keys left out (e.g. 'updatedAt', which every save changes)
 * @returns field path → JSON text of its value
 * @example listFields({ name: 'Ana', b2b: { industry: '' } }, new Set()) // Map { 'name' => '"Ana"', 'b2b.industry' => '""' }
 */
export function listFields(item: unknown, ignore: ReadonlySet<string> = new Set()): Map<FieldPath, string> {
  const fields = new Map<FieldPath, string>();
  const visit = (value: unknown, path: string) => {
    if (isPlainObject(value) && (path === '' || Object.keys(value).length > 0)) {
      for (const [key, child] of Object.entries(value)) {
        if (path === '' && ignore.has(key)) continue;
        visit(child, path === '' ? key : `${path}.${key}`);
      }
    } else {
      fields.set(path, JSON.stringify(value) ?? 'undefined');
    }
  };
  visit(item, '');
  return fields;
}

/**
 * The fields whose values differ between two versions of an item.
 *
 * @param before one version
 * @param after the other
 * @param ignore top-level keys left out
 * @returns the differing paths, in the order they appear (those of `before` first)
 * @example getChangedFields({ a: 1, b: { c: 2 } }, { a: 1, b: { c: 3 } }) // ['b.c']
 */
export function getChangedFields(before: unknown, after: unknown, ignore: ReadonlySet<string> = new Set()): FieldPath[] {
  const first = listFields(before, ignore);
  const second = listFields(after, ignore);
  const paths = new Set([...first.keys(), ...second.keys()]);
  return [...paths].filter((path) => first.get(path) !== second.get(path));
}

/**
 * Remember the values of an item this tab just saved, so they are recognised when another tab saves them back.
 *
 * @param written what this tab wrote before
 * @param item the item as this tab just saved it
 * @param ignore top-level keys left out
 * @param kept how many values per field to keep
 * @returns the new record (the old one is not changed)
 * @example recordWrittenValues(new Map(), { summary: 'a' }).get('summary') // ['"a"']
 */
export function recordWrittenValues(written: WrittenValues, item: unknown, ignore: ReadonlySet<string> = new Set(), kept = WRITTEN_VALUES_KEPT): WrittenValues {
  const next = new Map(written);
  for (const [path, json] of listFields(item, ignore)) {
    const values = next.get(path) ?? [];
    if (values.at(-1) === json) continue;
    next.set(path, [...values.filter((value) => value !== json), json].slice(-kept));
  }
  return next;
}

/**
 * Decide what to do with another tab's version of an item that this tab also has.
 *
 * @param input `base`: the item as this tab last received it (undefined when it never did); `mine`: as this
 *   tab has it; `theirs`: as the other tab saved it; `written`: the values this tab saved; `ignore`: keys
 *   such as 'updatedAt' that do not count as content
 * @returns same, take theirs, merged (with the fields kept from mine), or a conflict naming the fields
 * @example
 * decideItemMerge({ base: { a: '', b: '' }, mine: { a: 'x', b: '' }, theirs: { a: '', b: 'y' }, written: new Map() })
 * // { kind: 'merged', item: { a: 'x', b: 'y' }, keptMine: ['a'] }
 */
export function decideItemMerge<T>(input: {
  readonly base: T | undefined;
  readonly mine: T;
  readonly theirs: T;
  readonly written: WrittenValues;
  readonly ignore?: ReadonlySet<string>;
}): MergeDecision<T> {
  const ignore = input.ignore ?? new Set<string>();
  const mine = listFields(input.mine, ignore);
  const theirs = listFields(input.theirs, ignore);
  const base = input.base === undefined ? undefined : listFields(input.base, ignore);
  const conflicts: FieldPath[] = [];
  const keptMine: FieldPath[] = [];
  let differs = false;
  for (const path of new Set([...mine.keys(), ...theirs.keys()])) {
    const mineValue = mine.get(path) ?? 'undefined';
    const theirValue = theirs.get(path) ?? 'undefined';
    if (mineValue === theirValue) continue;
    differs = true;
    const written = input.written.get(path) ?? [];
    const baseValue = base?.get(path);
    const theyChanged = theirValue !== baseValue && !written.includes(theirValue);
    const iChanged = base === undefined ? written.includes(mineValue) : mineValue !== (baseValue ?? 'undefined');
    if (theyChanged && iChanged) conflicts.push(path);
    else if (!theyChanged) keptMine.push(path);
  }
  if (conflicts.length > 0) return { kind: 'conflict', fields: conflicts };
  if (keptMine.length === 0) return differs ? { kind: 'take-theirs' } : { kind: 'same' };
  let item: unknown = input.theirs;
  for (const path of keptMine) item = setField(item, path, mine.get(path));
  return { kind: 'merged', item: item as T, keptMine };
}

/** A copy of `item` with one field set from its JSON (removed when the JSON is absent). */
function setField(item: unknown, path: FieldPath, json: string | undefined): unknown {
  const [key = '', ...rest] = path.split('.');
  const object = isPlainObject(item) ? item : {};
  if (rest.length > 0) return { ...object, [key]: setField(object[key], rest.join('.'), json) };
  if (json === undefined || json === 'undefined') {
    const { [key]: _removed, ...others } = object;
    return others;
  }
  return { ...object, [key]: JSON.parse(json) as unknown };
}

/**
 * A short, readable form of a field's value for the conflict message: the text itself, a list's texts.
 *
 * @param item the item
 * @param path the field
 * @param maxLength longest preview before it is cut with '…'
 * @returns the preview ('(empty)' for an empty text or list)
 * @example previewField({ goals: [{ text: 'Save time' }, { text: 'Eat well' }] }, 'goals') // 'Save time; Eat well'
 */
export function previewField(item: unknown, path: FieldPath, maxLength = 160): string {
  let value: unknown = item;
  for (const key of path.split('.')) value = isPlainObject(value) ? value[key] : undefined;
  const text = describeValue(value);
  if (text.trim() === '') return '(empty)';
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(describeValue).filter((text) => text.trim() !== '').join('; ');
  if (isPlainObject(value)) {
    for (const key of ['text', 'name', 'label', 'title']) if (typeof value[key] === 'string') return value[key];
    return Object.values(value).map(describeValue).filter((text) => text.trim() !== '').join(', ');
  }
  return '';
}

/**
 * The time stamp for an item's next revision: now, or one millisecond after the previous one when the clock
 * has not moved on (two keystrokes in one millisecond), so each saved version of an item has its own stamp.
 *
 * @param previous the item's current `updatedAt` (ISO 8601)
 * @param now the time of the change
 * @returns an ISO 8601 stamp later than `previous`
 * @example getNextRevision('2026-03-01T10:00:00.000Z', new Date('2026-03-01T10:00:00.000Z')) // '2026-03-01T10:00:00.001Z'
 */
export function getNextRevision(previous: string, now: Date): string {
  const before = Date.parse(previous);
  const time = Number.isFinite(before) && before >= now.getTime() ? before + 1 : now.getTime();
  return new Date(time).toISOString();
}
