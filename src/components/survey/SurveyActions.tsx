import { useState } from 'react';
import { getSurveyCsv, getSurveyMarkdown } from '../../lib/survey/survey-exports.ts';
import type { SurveyReport } from '../../lib/survey/survey-report.ts';
import { createSurveyShareLink } from '../../stores/survey-workbench.ts';
import { copyText, downloadText } from '../shared/download-text.ts';

type Status = { readonly kind: 'idle' } | { readonly kind: 'done' | 'failed'; readonly message: string };

/** Share, download and print the analysis, with a spoken status line. */
export function SurveyActions({ report }: { readonly report: SurveyReport }) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const fileBase = `${report.summary.metric.kind}-by-segment-and-time`;

  const share = async () => {
    const link = await createSurveyShareLink(window.location.origin);
    if (link === null) return;
    setStatus(
      (await copyText(link))
        ? { kind: 'done', message: 'Copied the share link to the clipboard.' }
        : { kind: 'failed', message: `Your browser did not allow copying. The link is: ${link}` },
    );
  };
  const copyMarkdown = async () => {
    setStatus(
      (await copyText(getSurveyMarkdown(report)))
        ? { kind: 'done', message: 'Copied the analysis as Markdown.' }
        : { kind: 'failed', message: 'Your browser did not allow copying: download the Markdown file instead.' },
    );
  };
  const download = (extension: 'csv' | 'md') => {
    const name = `${fileBase}.${extension}`;
    if (extension === 'csv') downloadText(name, getSurveyCsv(report), 'text/csv');
    else downloadText(name, getSurveyMarkdown(report), 'text/markdown');
    setStatus({ kind: 'done', message: `Downloaded ${name}.` });
  };

  return (
    <section className="survey-section result-actions" aria-labelledby="survey-actions">
      <h2 id="survey-actions">Keep and share</h2>
      <div className="result-actions__buttons">
        <button type="button" className="button button--secondary" onClick={() => void share()}>
          Copy share link
        </button>
        <button type="button" className="button button--secondary" onClick={() => download('csv')}>
          Download CSV
        </button>
        <button type="button" className="button button--secondary" onClick={() => download('md')}>
          Download Markdown
        </button>
        <button type="button" className="button button--secondary" onClick={() => void copyMarkdown()}>
          Copy as Markdown
        </button>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          Print
        </button>
      </div>
      <p className={`result-actions__status result-actions__status--${status.kind}`} role="status">
        {status.kind === 'idle' ? '' : status.message}
      </p>
      <p className="result-actions__note">
        The share link carries the counts per segment and per period after the <code>#</code>, which browsers never send to a server: no single answer,
        comment or ID. The analysis is also kept in this browser, so it is here after a reload.
      </p>
    </section>
  );
}
