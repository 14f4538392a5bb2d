import { useStore } from '@nanostores/react';
import type { ReadableAtom } from 'nanostores';
import { useId } from 'react';
import { describeCommentsOverview } from '../../lib/comments/describe-comments.ts';
import type { TableLayout } from '../../lib/metrics/detect-paste-layout.ts';
import { getColumnLabel } from '../../lib/metrics/column-names.ts';
import type { CommentsView as View } from '../../stores/survey-comments.ts';
import { $commentsState, setCommentColumn, setCommentGrouping, setCommentsMasked } from '../../stores/survey-comments.ts';
import { CodebookEditor } from './CodebookEditor.tsx';
import { CommentList } from './CommentList.tsx';
import { CommentTerms } from './CommentTerms.tsx';
import { CommentExports } from './CommentExports.tsx';
import { ThemeTable } from './ThemeTable.tsx';
import './comments.css';

export interface CommentsViewProps {
  readonly view: View;
  readonly $table: ReadableAtom<{ readonly layout: TableLayout; readonly scoreColumn: number } | null>;
  /** The segment column chosen on the page (null for none): grouping by segment needs one. */
  readonly segmentColumn: number | null;
  readonly headingLevel: 2 | 3;
}

const NONE = '';

/**
 * The comments view: the comment column and how to group it, then what each group says (distinctive phrases,
 * in context), the codebook with its theme table, the comments to read and code, and the downloads.
 */
export function CommentsView({ view, $table, segmentColumn, headingLevel }: CommentsViewProps) {
  const id = useId();
  const table = useStore($table);
  const state = useStore($commentsState);
  const column = useStore(view.$commentColumn);
  const status = useStore(view.$status);
  const coded = useStore(view.$coded);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  // No export yet (a codebook link opened on its own): the codebook, to look at or edit until one is dropped.
  if (table === null) {
    return (
      <section className="comments survey-section" aria-labelledby={`${id}-heading`}>
        <Heading id={`${id}-heading`}>What customers are saying</Heading>
        <p>Paste or drop a survey export above to read its comments with these themes.</p>
        <CodebookEditor coded={null} headingLevel={headingLevel} />
      </section>
    );
  }
  const { layout } = table;
  const others = layout.columns.filter((item) => item.index !== table.scoreColumn);
  const overview = status.kind === 'open' ? status.overview : null;

  return (
    <section className="comments survey-section" aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`}>What customers are saying</Heading>
      <div className="comments__setup">
        <div className="field">
          <label htmlFor={`${id}-column`}>Comment column</label>
          <select
            id={`${id}-column`}
            value={state.column === 'suggested' ? 'suggested' : column.column === null ? NONE : String(column.column)}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setCommentColumn(value === 'suggested' ? 'suggested' : value === NONE ? null : { index: Number(value), name: layout.columns[Number(value)]?.name ?? null });
            }}
          >
            <option value="suggested">{column.suggested === null ? 'Found automatically (none found)' : `Found automatically: ${getColumnLabel(layout, column.suggested)}`}</option>
            <option value={NONE}>None</option>
            {others.map((item) => (
              <option key={item.index} value={String(item.index)}>
                {getColumnLabel(layout, item.index)}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="comments__grouping">
          <legend>Group comments by</legend>
          <div className="segmented">
            <label>
              <input type="radio" name={`${id}-grouping`} checked={state.grouping === 'score'} onChange={() => setCommentGrouping('score')} />
              Score group
            </label>
            <label>
              <input type="radio" name={`${id}-grouping`} checked={state.grouping === 'segment'} disabled={segmentColumn === null} onChange={() => setCommentGrouping('segment')} />
              {segmentColumn === null ? 'Segment (choose a segment column above)' : `Segment: ${getColumnLabel(layout, segmentColumn)}`}
            </label>
          </div>
        </fieldset>
        <label className="comments__mask">
          <input type="checkbox" checked={state.masked} onChange={(event) => setCommentsMasked(event.currentTarget.checked)} />
          Mask email addresses, phone numbers and long numbers (on screen and in downloads)
        </label>
      </div>
      {column.column === null && <p>Choose the column that holds the open comments (the answers to “why?”) to read them here.</p>}
      {status.kind === 'opening' && <p role="status">Reading the comments…</p>}
      {status.kind === 'failed' && <p className="notice notice--error">{status.message}</p>}
      {overview && (
        <>
          <ul className="comments__overview" aria-label="What the comment column holds">
            {describeCommentsOverview(overview, state.masked).map((line) => (
              <li key={line.text} className={line.warning ? 'comments__warning' : undefined}>
                {line.text}
              </li>
            ))}
          </ul>
          {overview.total > 0 && (
            <>
              <CommentTerms view={view} overview={overview} headingLevel={headingLevel} />
              <CodebookEditor coded={coded} headingLevel={headingLevel} />
              {coded && coded.statistics.rows.length > 0 && <ThemeTable coded={coded} overview={overview} headingLevel={headingLevel} />}
              <CommentList view={view} overview={overview} coded={coded} headingLevel={headingLevel} />
              <CommentExports view={view} headingLevel={headingLevel} />
            </>
          )}
        </>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {overview ? `${String(overview.total)} comments read.` : ''}
      </p>
    </section>
  );
}
