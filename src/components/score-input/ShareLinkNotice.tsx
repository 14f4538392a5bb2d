import type { MouseEvent } from 'react';
import type { ShareState } from '../../lib/metrics/share-code.ts';
import type { ScoreShareNotice } from '../../stores/score-input-share.ts';
import { describePortableError, formatPortableMessage } from '../../lib/portable/portable-error.ts';
import { couldNotLoad } from '../shared/could-not-load.ts';

const CALCULATOR_NAMES: Readonly<Record<ShareState['calculator'] | 'churn' | 'clv', string>> = {
  churn: 'churn and retention calculator',
  clv: 'CLV calculator',
  nps: 'NPS calculator',
  'nps-comparison': 'NPS calculator (comparing two periods)',
  csat: 'CSAT calculator',
  ces: 'CES calculator (CES 2.0)',
  'ces-effort': 'CES calculator (CES 1.0)',
};

export interface ShareLinkNoticeProps {
  readonly notice: ScoreShareNotice<unknown>;
  /** Put back the person's own input the link replaced. */
  readonly onRestore: () => void;
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

/** Runs an action that removes the notice, then moves focus to the calculator's next control instead of the page. */
const thenMoveFocus = (action: () => void) => (event: MouseEvent<HTMLButtonElement>) => {
  const notice = event.currentTarget.closest('.score-tool__share-notice');
  const next = notice ? getFocusAfterDismiss(notice) : null;
  action();
  next?.focus();
};

/**
 * What opening a share link (or Clear all) did: loaded or cleared (with a way back to the person's own input), or
 * which part of the code is wrong (the saved input untouched).
 */
export function ShareLinkNotice({ notice, onRestore, onDismiss }: ShareLinkNoticeProps) {
  if (notice.kind === 'none') return null;
  const dismiss = (
    <button type="button" className="button button--secondary score-tool__dismiss" onClick={thenMoveFocus(onDismiss)}>
      Dismiss
    </button>
  );
  if (notice.kind === 'applied') {
    return (
      <div className="notice notice--info score-tool__share-notice" role="status">
        <p>
          {notice.by === 'clear'
            ? 'Cleared the answers and counts.'
            : 'Loaded the counts from the share link into “Type counts”. Anything you had pasted is still under “Paste answers”.'}
        </p>
        <p className="score-tool__share-actions">
          {notice.previous !== null && (
            <button type="button" className="button button--secondary" onClick={thenMoveFocus(onRestore)}>
              Put my own figures back
            </button>
          )}
          {dismiss}
        </p>
      </div>
    );
  }
  const problem = notice.error;
  if (problem.kind === 'other-calculator') {
    return (
      <div className="notice score-tool__share-notice" role="alert">
        <p>
          This share link is for the {CALCULATOR_NAMES[problem.calculator]}: <a href={problem.href}>open it there</a>. Your saved input
          here was not changed.
        </p>
        {dismiss}
      </div>
    );
  }
  if (problem.kind === 'unavailable') {
    return (
      <div className="notice score-tool__share-notice" role="alert">
        <p>
          <strong>This share link cannot be opened.</strong> {couldNotLoad('The part of the page that reads share links')} Your saved input
          was not changed.
        </p>
        {dismiss}
      </div>
    );
  }
  return (
    <div className="notice score-tool__share-notice" role="alert">
      <p>
        <strong>This share link cannot be opened.</strong> {formatPortableMessage(describePortableError(problem.error, { thing: 'share link', tool: 'calculator' }))} Your saved input was not changed.
      </p>
      {dismiss}
    </div>
  );
}
