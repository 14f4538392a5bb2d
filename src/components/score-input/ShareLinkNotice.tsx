import type { MouseEvent } from 'react';
import type { ShareState } from '../../lib/metrics/share-code.ts';
import type { ShareNotice } from '../../stores/score-input-share.ts';
import { describePortableError, formatPortableMessage } from '../../lib/portable/portable-error.ts';

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

/**
 * Where focus goes when the notice (and its Dismiss button) goes away, so it does not fall to the page: the
 * calculator's first control after the notice (the chosen option of a radio group).
 */
function getFocusAfterDismiss(notice: Element): HTMLElement | null {
  const tool = notice.closest('.score-tool');
  if (!tool) return null;
  const controls = Array.from(tool.querySelectorAll<HTMLElement>('input, select, textarea, button, a[href]')).filter(
    (element) => !notice.contains(element) && notice.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
  const first = controls.find((element) => !(element instanceof HTMLInputElement && element.type === 'radio') || element.checked);
  return first ?? null;
}

/** What opening a share link did: loaded, or which part of the code is wrong (the saved input untouched). */
export function ShareLinkNotice({ notice, onDismiss }: ShareLinkNoticeProps) {
  if (notice.kind === 'none') return null;
  const dismissAndMoveFocus = (event: MouseEvent<HTMLButtonElement>) => {
    const notice = event.currentTarget.closest('.score-tool__share-notice');
    const next = notice ? getFocusAfterDismiss(notice) : null;
    onDismiss();
    next?.focus();
  };
  const dismiss = (
    <button type="button" className="button button--secondary score-tool__dismiss" onClick={dismissAndMoveFocus}>
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
        <strong>This share link cannot be opened.</strong> {formatPortableMessage(describePortableError(notice.error, { thing: 'share link', tool: 'calculator' }))} Your saved input was not changed.
      </p>
      {dismiss}
    </div>
  );
}
