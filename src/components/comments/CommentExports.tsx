import { useId, useState } from 'react';
import type { CommentExport } from '../../lib/comments/comment-view.ts';
import type { CommentsView } from '../../stores/survey-comments.ts';
import { downloadText } from '../shared/download-text.ts';

type Status = { readonly kind: 'idle' } | { readonly kind: 'done' | 'failed'; readonly message: string };

const FILES: Readonly<Record<CommentExport, { readonly name: string; readonly type: string; readonly label: string }>> = {
  'coded-csv': { name: 'coded-comments.csv', type: 'text/csv', label: 'Coded comments (CSV)' },
  'themes-csv': { name: 'themes.csv', type: 'text/csv', label: 'Theme table (CSV)' },
  'themes-markdown': { name: 'themes.md', type: 'text/markdown', label: 'Theme table (Markdown)' },
};

/** Download the coded comments and the theme table, built where the comments are kept. */
export function CommentExports({ view, headingLevel }: { readonly view: CommentsView; readonly headingLevel: 2 | 3 }) {
  const id = useId();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const Heading = headingLevel === 2 ? 'h3' : 'h4';

  const download = async (what: CommentExport) => {
    const file = FILES[what];
    const text = await view.exportText(what);
    if (text === null) {
      setStatus({ kind: 'failed', message: 'The comments are no longer in memory: paste the export or choose the file again.' });
      return;
    }
    downloadText(file.name, text, file.type);
    setStatus({ kind: 'done', message: `Downloaded ${file.name}.` });
  };

  return (
    <section className="comments__exports result-actions" aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`}>Download</Heading>
      <div className="result-actions__buttons">
        {(Object.keys(FILES) as CommentExport[]).map((what) => (
          <button key={what} type="button" className="button button--secondary" onClick={() => void download(what)}>
            {FILES[what].label}
          </button>
        ))}
      </div>
      <p className={`result-actions__status result-actions__status--${status.kind}`} role="status">
        {status.kind === 'idle' ? '' : status.message}
      </p>
      <p className="result-actions__note">
        The files are made in this browser. Masked details stay masked in them while masking is on; a cell that a spreadsheet would run as a formula is
        written as text.
      </p>
    </section>
  );
}
