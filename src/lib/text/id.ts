/** 32 letters and digits without look-alikes (no l, o, 0, 1): one random byte (masked to 5 bits) picks one without bias. */
const ID_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';
const ID_LENGTH = 10;

/**
 * What every stored id may look like: 1 to 40 letters, digits, `-` or `_`. Wider than what `createId` makes, so
 * ids written by hand or by older versions keep opening.
 */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,40}$/;

/** Makes new ids: personas, maps, stages and items each get one. */
export type CreateId = () => string;

/** Fills an array with random bytes and returns it, as `crypto.getRandomValues` does. */
export type FillRandom = (bytes: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer>;

/**
 * Make a new id: 10 random characters (50 bits) from a 32-letter URL-safe alphabet, so it matches
 * `ID_PATTERN`. Uses `crypto.getRandomValues`, which works on plain http too (unlike `crypto.randomUUID`).
 *
 * @param fillRandom fills an array with random bytes (tests pass a fixed one)
 * @returns an id such as "k7mq2xw9ab"
 * @throws if `fillRandom` returns fewer than 10 bytes (a programmer error)
 * @example createId((bytes) => bytes.fill(0)) // 'aaaaaaaaaa'
 */
export function createId(fillRandom: FillRandom = (bytes) => crypto.getRandomValues(bytes)): string {
  const bytes = fillRandom(new Uint8Array(ID_LENGTH));
  if (bytes.length < ID_LENGTH) throw new Error(`createId requires ${String(ID_LENGTH)} random bytes, got ${String(bytes.length)}`);
  let id = '';
  for (let index = 0; index < ID_LENGTH; index += 1) id += ID_ALPHABET.charAt((bytes[index] ?? 0) & 31);
  return id;
}

/**
 * A predictable id maker for tests and examples: "id1", "id2"…
 *
 * @param prefix what each id starts with
 * @returns a function giving the next id on each call
 * @example const next = createSequentialIds('s'); next(); next() // 's2'
 */
export function createSequentialIds(prefix = 'id'): CreateId {
  let count = 0;
  return () => `${prefix}${String(++count)}`;
}
