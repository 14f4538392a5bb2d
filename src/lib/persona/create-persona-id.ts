/** 32 letters and digits without look-alikes (no l, o, 0, 1): one random byte picks one without bias. */
const ID_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';
const ID_LENGTH = 10;

/**
 * Make a new persona id: 10 random characters (50 bits), URL-safe. Uses `crypto.getRandomValues`, which
 * works on plain http too (unlike `crypto.randomUUID`).
 *
 * @param fillRandom fills an array with random bytes (tests pass a fixed one)
 * @returns an id such as "k7mq2xw9ab"
 * @example createPersonaId((bytes) => bytes.fill(0)) // 'aaaaaaaaaa'
 */
export function createPersonaId(
  fillRandom: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer> = (bytes) => crypto.getRandomValues(bytes),
): string {
  const bytes = fillRandom(new Uint8Array(ID_LENGTH));
  let id = '';
  for (const byte of bytes) id += ID_ALPHABET[byte & 31];
  return id;
}
