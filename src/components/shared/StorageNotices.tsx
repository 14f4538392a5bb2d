import { useStore } from '@nanostores/react';
import { useEffect } from 'react';
import { $storageNotices } from '../../stores/storage-notices';
import { lazyModule } from '../../stores/lazy-module.ts';

/** The notices' wording and actions: loaded when there is a notice, which most visits never have. */
export const storageNoticeList = lazyModule(() => import('./StorageNoticeList.tsx'));

/** Shows what happened to saved data that could not be read or written, with a way to keep a copy. */
export function StorageNotices() {
  const notices = useStore($storageNotices, { ssr: () => [] });
  const list = useStore(storageNoticeList.$state);
  const any = notices.length > 0;
  useEffect(() => {
    if (any) storageNoticeList.load().catch(() => undefined);
  }, [any]);
  if (!any) return null;
  if (list.kind === 'loaded') return <list.module.StorageNoticeList notices={notices} />;
  if (list.kind !== 'failed') return null;
  // Offline before the site was cached: the data itself is safe (kept aside, or not overwritten), so say that much.
  return (
    <div className="storage-notices" role="alert">
      <div className="storage-notice">
        <p>Something this page saved could not be read or saved. Nothing was deleted. Reload the page when you are online to see what happened.</p>
      </div>
    </div>
  );
}
