import { useStore } from '@nanostores/react';
import { $storageNotices, dismissStorageNotice, type StorageNotice } from '../../stores/storage-notices';

/** Shows what happened to saved data that could not be read or written, with a way to keep a copy. */
export function StorageNotices() {
  const notices = useStore($storageNotices, { ssr: () => [] });
  if (notices.length === 0) return null;
  return (
    <div className="storage-notices" role="alert">
      {notices.map((notice) => (
        <div key={notice.id} className="storage-notice">
          <p>{describeNotice(notice)}</p>
          <p className="storage-notice__actions">
            {notice.kind === 'unreadable' && (
              <a
                className="button button--secondary"
                download={`touchpoint-${notice.key.replace(/[^a-z0-9-]+/gi, '-')}-kept-aside.txt`}
                href={`data:text/plain;charset=utf-8,${encodeURIComponent(notice.raw)}`}
              >
                Download the unreadable data
              </a>
            )}
            <button type="button" className="button button--secondary" onClick={() => dismissStorageNotice(notice.id)}>
              Dismiss
            </button>
          </p>
        </div>
      ))}
    </div>
  );
}

function describeNotice(notice: StorageNotice): string {
  switch (notice.kind) {
    case 'unreadable':
      return (
        `We could not read what this page saved earlier because ${notice.reason}. You are starting fresh. ` +
        (notice.keptAs
          ? `A copy of the old data is kept in this browser under “${notice.keptAs}”, and you can download it.`
          : 'The old data could not be copied aside, so download it now if you need it.')
      );
    case 'write-failed':
      return (
        `Your changes could not be saved because ${notice.reason}. They stay on this page until you close it: ` +
        'export or copy what you need.'
      );
    default:
      return notice satisfies never;
  }
}
