import { dismissStorageNotice, markNoticeDownloaded, type StorageNotice } from '../../stores/storage-notices';

/** What happened to saved data that could not be read or written, with a way to keep a copy: see StorageNotices.tsx. */
export function StorageNoticeList({ notices }: { readonly notices: readonly StorageNotice[] }) {
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
                onClick={() => markNoticeDownloaded(notice.id)}
              >
                Download the unreadable data
              </a>
            )}
            <button type="button" className="button button--secondary" onClick={() => dismissStorageNotice(notice.id)}>
              {notice.kind === 'unreadable' && notice.savingPaused ? 'Discard it and save my changes' : 'Dismiss'}
            </button>
          </p>
        </div>
      ))}
    </div>
  );
}

function describeNotice(notice: StorageNotice): string {
  switch (notice.kind) {
    case 'unreadable': {
      const unread = `We could not read what this page saved earlier because ${notice.reason}.`;
      const paused = 'So that your changes do not overwrite it, they are not being saved for now: they stay on this page only.';
      if (notice.savingPaused && notice.keptAs) {
        // Saved by a newer version: left in place for it, with a copy aside too.
        return `${unread} ${paused} A copy is also kept in this browser under “${notice.keptAs}”. Download the data to keep it, or discard it, and saving starts again.`;
      }
      if (notice.savingPaused) {
        return `${unread} There is no room in this browser to keep a copy of it, so it is still the only copy. ${paused} Download the old data to keep it, or discard it, and saving starts again.`;
      }
      if (notice.downloaded) return `${unread} You downloaded the old data, so your changes are being saved again.`;
      if (notice.keptAs) {
        return `${unread} You are starting fresh. A copy of the old data is kept in this browser under “${notice.keptAs}”, and you can download it.`;
      }
      return `${unread} You are starting fresh. The old data could not be copied aside, so download it now if you need it.`;
    }
    case 'write-failed':
      return (
        `Your changes could not be saved because ${notice.reason}. They stay on this page until you close it: ` +
        'export or copy what you need.'
      );
    default:
      return notice satisfies never;
  }
}
