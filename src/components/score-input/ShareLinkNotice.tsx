import type { ShareState } from '../../lib/metrics/share-code.ts';
import type { ShareNotice } from '../../stores/score-input-share.ts';
import { describeShareCodeError } from './describe-share-notice.ts';

const CALCULATOR_NAMES: Readonly<Record<ShareState['calculator'], string>> = {
  nps: 'NPS calculator',
  'nps-comparison': 'NPS calculator (comparing two periods)',
  csat: 'CSAT calculator',
  ces: 'CES calculator (CES 2.0)',
  'ces-effort': 'CES calculator (CES 1.0)',
};

export interface ShareLinkNoticeProps {
  readonly notice: ShareNotice;
  readonly onDismiss: () => void;
}

/** What opening a share link did: loaded, or which part of the code is wrong (the saved input untouched). */
export function ShareLinkNotice({ notice, onDismiss }: ShareLinkNoticeProps) {
  if (notice.kind === 'none') return null;
  const dismiss = (
    <button type="button" className="button button--secondary score-tool__dismiss" onClick={onDismiss}>
      Dismiss
    </button>
  );
  if (notice.kind === 'loaded') {
    return (
      <div className="notice notice--info score-tool__share-notice" role="status">
        <p>
          Loaded the counts from the share link into “Type counts”. Anything you had pasted is still under “Paste answers”.
        </p>
        {dismiss}
      </div>
    );
  }
  if (notice.kind === 'other-calculator') {
    return (
      <div className="notice score-tool__share-notice" role="alert">
        <p>
          This share link is for the {CALCULATOR_NAMES[notice.calculator]}: <a href={notice.href}>open it there</a>. Your saved input
          here was not changed.
        </p>
        {dismiss}
      </div>
    );
  }
  return (
    <div className="notice score-tool__share-notice" role="alert">
      <p>
        <strong>This share link cannot be opened.</strong> {describeShareCodeError(notice.error)} Your saved input was not changed.
      </p>
      {dismiss}
    </div>
  );
}
