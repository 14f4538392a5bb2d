import { useId } from 'react';
import type { CodedComments, CommentsOverview } from '../../lib/comments/comment-view.ts';
import type { CommentShare, ThemeRow } from '../../lib/comments/theme-statistics.ts';
import { formatCount, formatPercent } from '../score-input/format.ts';

/** A share with its interval: "24% (19–30%)", or "–" for an empty group. */
function describeShare(share: CommentShare): string {
  if (share.share === null) return '–';
  const interval = share.lower === null || share.upper === null ? '' : ` (${formatPercent(share.lower, 0)}–${formatPercent(share.upper, 0)})`;
  return `${formatPercent(share.share, 0)}${interval}`;
}

function rowName(row: ThemeRow): string {
  return row.subject.kind === 'theme' ? row.subject.name : 'No theme';
}

/**
 * The theme table: each theme's comments overall and per group (a theme × group matrix with 95% or the chosen
 * level's Wilson intervals), and the metric of those who mention it against those who don't, in a sentence.
 */
export function ThemeTable({ coded, overview, headingLevel }: { readonly coded: CodedComments; readonly overview: CommentsOverview; readonly headingLevel: 2 | 3 }) {
  const id = useId();
  const { statistics } = coded;
  const Heading = headingLevel === 2 ? 'h3' : 'h4';
  const rows = [...statistics.rows, statistics.uncoded];
  return (
    <section className="comments__theme-table" aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`}>Themes by group</Heading>
      <p className="comments__hint">
        Each cell is the share of the group’s comments that mention the theme, with its interval. A comment can mention several themes, so a column can add up
        to more than 100%. Shares are of the people who left a comment, not of everyone who answered.
      </p>
      {/* Focusable, so the keyboard can scroll a table wider than a phone; named apart from the section. */}
      <div className="comments__matrix" role="region" aria-label="Themes by group, table (scrolls sideways on a narrow screen)" tabIndex={0}>
        <table className="comments__table">
          <caption className="visually-hidden">Share of each group’s comments that mention each theme</caption>
          <thead>
            <tr>
              <th scope="col">Theme</th>
              <th scope="col">All comments ({formatCount(statistics.comments)})</th>
              {overview.groups.map((group, index) => (
                <th key={group.name} scope="col">
                  {group.name} ({formatCount(statistics.groupTotals[index] ?? 0)})
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.subject.kind === 'theme' ? row.subject.id : 'uncoded'}>
                <th scope="row">{rowName(row)}</th>
                <td>
                  {formatCount(row.count)} · {describeShare(row.share)}
                </td>
                {row.byGroup.map((share, index) => (
                  <td key={overview.groups[index]?.name ?? index}>{describeShare(share)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="comments__hint">
        Below, the score of the people who mention each theme against everyone else. With several themes the p-values are corrected for testing them all at once
        (Holm’s method). The themes come from these same comments, so a clear gap is a lead to check, not proof.
      </p>
      <ul className="comments__mentions" aria-label="Score of those who mention each theme">
        {rows.map((row) => (
          <li key={row.subject.kind === 'theme' ? row.subject.id : 'uncoded'}>
            <strong>{rowName(row)}:</strong> {row.metric.sentence}.
          </li>
        ))}
      </ul>
    </section>
  );
}
