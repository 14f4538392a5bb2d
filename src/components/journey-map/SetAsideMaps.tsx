import type { SetAsideMap } from '../../lib/journey/journey-collection';
import { discardSetAsideMap } from '../../stores/journey-maps';

/** Saved maps that could not be read: kept, with the reason, to download before discarding. */
export function SetAsideMaps({ entries }: { readonly entries: readonly SetAsideMap[] }) {
  if (entries.length === 0) return null;
  return (
    <div className="storage-notice jm-set-aside" role="alert">
      <p>
        {entries.length === 1 ? 'One saved map' : `${String(entries.length)} saved maps`} could not be read and {entries.length === 1 ? 'is' : 'are'} kept
        aside. Download {entries.length === 1 ? 'it' : 'them'} to repair by hand, then import.
      </p>
      <ul className="issue-list">
        {entries.map((entry, index) => (
          <li key={`${entry.label}-${String(index)}`}>
            <strong>{entry.label}</strong>: {entry.reason}{' '}
            <a
              className="button button--secondary jm-small"
              download={`journey-map-kept-aside-${String(index + 1)}.json`}
              href={`data:application/json;charset=utf-8,${encodeURIComponent(entry.raw)}`}
            >
              Download<span className="visually-hidden"> “{entry.label}”</span>
            </a>{' '}
            <button type="button" className="button button--secondary jm-small" onClick={() => discardSetAsideMap(index)}>
              Discard<span className="visually-hidden"> “{entry.label}”</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
