import { useState } from 'react';
import { downloadText } from '../shared/download-text.ts';

export interface ResultActionsProps {
  /** Plain-text summary for "Copy results". */
  text: string;
  /** The same summary as Markdown for "Copy as Markdown". */
  markdown: string;
  /** The summary as a CSV file for "Download CSV". */
  csv: { filename: string; content: string };
  /** A link that reopens these inputs; undefined when there is nothing to share. */
  shareUrl?: string | undefined;
  /** What the share link carries, for the note under it: "the answer counts" unless told. */
  sharedContent?: string;
}

type Status = { kind: 'idle' } | { kind: 'done'; message: string } | { kind: 'failed'; message: string };

/** Copy, download and share buttons under a calculator's results, with a spoken status line. */
export function ResultActions({ text, markdown, csv, shareUrl, sharedContent = 'the answer counts (and where they came from: a file’s name, the column read and any answers written as words)' }: ResultActionsProps) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const copy = async (value: string, what: string) => {
    try {
      await navigator.clipboard.writeText(value);
      setStatus({ kind: 'done', message: `Copied ${what} to the clipboard.` });
    } catch {
      setStatus({ kind: 'failed', message: `Your browser did not allow copying ${what}. Select and copy it by hand instead.` });
    }
  };

  const download = () => {
    downloadText(csv.filename, csv.content, 'text/csv');
    setStatus({ kind: 'done', message: `Downloaded ${csv.filename}.` });
  };

  return (
    <div className="result-actions">
      <div className="result-actions__buttons">
        <button type="button" className="button button--secondary" onClick={() => void copy(text, 'the results')}>
          Copy results
        </button>
        <button type="button" className="button button--secondary" onClick={() => void copy(markdown, 'the results as Markdown')}>
          Copy as Markdown
        </button>
        <button type="button" className="button button--secondary" onClick={download}>
          Download CSV
        </button>
        {shareUrl !== undefined && (
          <button type="button" className="button button--secondary" onClick={() => void copy(shareUrl, 'the share link')}>
            Copy share link
          </button>
        )}
      </div>
      <p className={`result-actions__status result-actions__status--${status.kind}`} role="status">
        {status.kind === 'idle' ? '' : status.message}
      </p>
      {shareUrl !== undefined && (
        <p className="result-actions__note">
          The share link carries {sharedContent} after the <code>#</code>, which browsers never send to a server.
        </p>
      )}
    </div>
  );
}
