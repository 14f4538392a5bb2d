import type { SetAsideEntry } from '../../lib/storage/set-aside-entry.ts';

export interface SetAsideEntriesProps {
  readonly entries: readonly SetAsideEntry[];
  /** What each entry is, singular and plural: { one: 'persona', many: 'personas' }. */
  readonly noun: { readonly one: string; readonly many: string };
  /** The downloaded file's name for entry `position` (1-based). */
  readonly fileName: (position: number) => string;
  readonly onDiscard: (index: number) => void;
}

/**
 * Saved items that could not be read, each with the reason, a download of its JSON and a discard button.
 * Buttons carry the entry's position as well as its label: unreadable entries often share a label
 * ("A persona without a name"), and a screen-reader user must be able to tell the buttons apart.
 */
export function SetAsideEntries({ entries, noun, fileName, onDiscard }: SetAsideEntriesProps) {
  if (entries.length === 0) return null;
  const one = entries.length === 1;
  return (
    <div className="storage-notice" role="alert">
      <p>
        {one ? `One saved ${noun.one}` : `${String(entries.length)} saved ${noun.many}`} could not be read, so {one ? 'it is' : 'they are'} kept
        aside. Download {one ? 'it' : 'them'} to keep a copy, or to repair by hand and import; nothing is deleted until you discard it.
      </p>
      <ol className="set-aside-list">
        {entries.map((entry, index) => {
          const name = `${noun.one} ${String(index + 1)}, “${entry.label}”`;
          return (
            <li key={`${String(index)}-${entry.label}`}>
              <strong>{entry.label}</strong>: {entry.reason}
              <span className="storage-notice__actions">
                <a className="button button--secondary" download={fileName(index + 1)} href={`data:application/json;charset=utf-8,${encodeURIComponent(entry.raw)}`}>
                  Download <span className="visually-hidden">{name}</span>
                </a>
                <button type="button" className="button button--secondary" onClick={() => onDiscard(index)}>
                  Discard <span className="visually-hidden">{name}</span>
                </button>
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
