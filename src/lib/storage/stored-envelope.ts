import { migrate } from '../portable/migrate.ts';
import { err, type Result } from '../result.ts';

/**
 * How every island's state sits in localStorage: `{"v": <schema version>, "data": <the state>}`.
 * The version travels with the data so a page built later can migrate what an earlier one saved.
 * A store may add `"sync"`: what the tab that wrote it tells other tabs about the write (item-edit-sync.ts
 * puts each changed item's parent revision there); readers that do not know it ignore it.
 */
export interface StoredEnvelope {
  readonly v: number;
  readonly data: unknown;
  readonly sync?: unknown;
}

/** Upgrades stored data by one version: `migrations[n]` turns version-n data into version n + 1. */
export type Migrations = Readonly<Record<number, (data: unknown) => unknown>>;

/** Why stored text could not be read back. */
export type StoredReadError =
  | { readonly kind: 'not-json'; readonly message: string }
  | { readonly kind: 'no-envelope' }
  | { readonly kind: 'future-version'; readonly found: number; readonly supported: number }
  | { readonly kind: 'missing-migration'; readonly from: number }
  | { readonly kind: 'migration-failed'; readonly from: number; readonly message: string }
  | { readonly kind: 'invalid'; readonly message: string };

/**
 * Wrap state in a versioned envelope, as JSON text.
 *
 * @param version the current schema version
 * @param data the state (must be JSON-serialisable)
 * @returns the text to store
 * @example encodeEnvelope(2, { scores: [9, 10] }) // '{"v":2,"data":{"scores":[9,10]}}'
 */
export function encodeEnvelope(version: number, data: unknown, sync?: unknown): string {
  return JSON.stringify((sync === undefined ? { v: version, data } : { v: version, data, sync }) satisfies StoredEnvelope);
}

/**
 * The `sync` note of stored text, if any (never throws).
 *
 * @param raw the stored text
 * @returns the note, or undefined when there is none or the text is not an envelope
 * @example readEnvelopeSync('{"v":1,"data":[],"sync":{"parents":{}}}') // { parents: {} }
 */
export function readEnvelopeSync(raw: string): unknown {
  try {
    const parsed: unknown = JSON.parse(raw);
    return isEnvelope(parsed) ? parsed.sync : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Read stored text back into typed state: parse the JSON, check the envelope, run the migrations from the
 * stored version up to the current one, then validate. Never throws.
 *
 * @param raw the stored text
 * @param options the current version, the migrations and the validator of current-version data
 * @returns the state, or why it could not be read
 * @example decodeEnvelope('{"v":1,"data":3}', { version: 2, migrations: { 1: (n) => [n] }, parse: (d) => ok(d) }) // ok([3])
 */
export function decodeEnvelope<T>(
  raw: string,
  options: {
    readonly version: number;
    readonly migrations?: Migrations;
    readonly parse: (data: unknown) => Result<T, string>;
  },
): Result<T, StoredReadError> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    return err({ kind: 'not-json', message: error instanceof Error ? error.message : String(error) });
  }
  if (!isEnvelope(parsed)) return err({ kind: 'no-envelope' });

  const { v: storedVersion } = parsed;
  const migrated = migrate(parsed.data, storedVersion, { current: options.version, oldest: 0, steps: options.migrations ?? {} });
  if (!migrated.ok) {
    const error = migrated.error;
    if (error.kind === 'future-version') return err({ kind: 'future-version', found: error.found, supported: error.supported });
    if (error.kind === 'migration-failed') return err({ kind: 'migration-failed', from: error.from, message: error.message });
    // The envelope's version is a whole number from 0, so the only other outcome is a step this page lacks.
    return err({ kind: 'missing-migration', from: storedVersion });
  }
  const data = migrated.value;

  const result = options.parse(data);
  return result.ok ? result : err({ kind: 'invalid', message: result.error });
}

function isEnvelope(value: unknown): value is StoredEnvelope {
  return (
    typeof value === 'object' &&
    value !== null &&
    'v' in value &&
    'data' in value &&
    Number.isInteger(value.v) &&
    (value.v as number) >= 0
  );
}

/**
 * Say in plain words why stored data could not be read.
 *
 * @param error the read error
 * @returns a sentence for the notice
 * @example describeStoredReadError({ kind: 'no-envelope' }) // 'it is not in the format this page saves'
 */
export function describeStoredReadError(error: StoredReadError): string {
  switch (error.kind) {
    case 'not-json':
      return 'it is not valid JSON (it may have been cut off or edited by hand)';
    case 'no-envelope':
      return 'it is not in the format this page saves';
    case 'future-version':
      return `it was saved by a newer version of this page (format ${error.found}; this page reads up to ${error.supported}). Reload to get the latest version`;
    case 'missing-migration':
      return `it was saved in format ${error.from}, which this page can no longer upgrade`;
    case 'migration-failed':
      return `upgrading it from format ${error.from} failed: ${error.message}`;
    case 'invalid':
      return `its contents are not valid: ${error.message}`;
    default:
      return error satisfies never;
  }
}
