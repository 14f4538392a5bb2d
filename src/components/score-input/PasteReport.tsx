import { isSameScale, type ScoreScale } from '../../lib/metrics/score-scale.ts';
import { describeScoreIssue } from '../../lib/metrics/score-issue.ts';
import type { PasteState } from '../../lib/score-input/score-input-outcome.ts';
import type { ReactNode } from 'react';
import type { TableLayout } from '../../lib/metrics/detect-paste-layout.ts';
import { EXPORT_TOOL_NAMES } from '../../lib/metrics/detect-export-layout.ts';
import { sharesHeader } from '../../lib/metrics/column-names.ts';
import type { LabelScores } from '../../lib/metrics/score-tally.ts';
import { formatAnswers, formatCount, formatRange } from './format.ts';
import { LabelMapping } from './LabelMapping.tsx';
import { describeLeftOutKinds } from './describe-source.ts';

/** "1 promoter", "3 promoters". */
const countGroup = (count: number, group: string): string => `${formatCount(count)} ${group}${count === 1 ? '' : 's'}`;

/** Problems listed straight away; the rest sit behind "Show more". */
const SHOWN_ISSUES = 10;

/** "1 row has no answer in this column", "3 rows have…" (past tense for a large paste's kept counts). */
function describeBlankRows(count: number, verb: 'has' | 'had', which: 'this' | 'that'): string {
  const rows = count === 1 ? 'One row' : `${formatCount(count)} rows`;
  const tense = verb === 'had' ? 'had' : count === 1 ? 'has' : 'have';
  return `${rows} ${tense} no answer in ${which} column (not counted).`;
}

function IssueList({ lines, leftOut }: { readonly lines: readonly string[]; readonly leftOut: number }) {
  const shown = lines.slice(0, SHOWN_ISSUES);
  const more = lines.slice(SHOWN_ISSUES);
  const unlisted = leftOut - lines.length;
  return (
    <>
      <ul className="issue-list">
        {shown.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ul>
      {more.length > 0 && (
        <details className="score-input__more-issues">
          <summary>Show {formatCount(more.length)} more</summary>
          <ul className="issue-list">
            {more.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        </details>
      )}
      {unlisted > 0 && <p className="field__hint">…and {formatCount(unlisted)} more, not listed.</p>}
    </>
  );
}

export interface PasteReportProps {
  /** Referenced by the paste box's aria-describedby, so it is always rendered. */
  readonly id: string;
  readonly paste: PasteState;
  readonly scale: ScoreScale;
  /** The person's scores for answers written as words, and how to change them. */
  readonly labels?: LabelScores;
  readonly onApplyLabels?: (labels: LabelScores) => void;
  /** The calculator's offer of a scale that fits the answers better, if any. */
  readonly scaleHint?: ReactNode;
}

type BodyProps = Omit<PasteReportProps, 'id'>;

/**
 * What was read from the paste: how many answers counted, which were left out and why (with their line and
 * column), blank cells, decimal commas. Nothing is dropped without saying so.
 */
export function PasteReport({ id, ...body }: PasteReportProps) {
  return (
    <div id={id} className="score-input__report">
      <PasteReportBody {...body} />
    </div>
  );
}

/** "Qualtrics export: 3 header rows, 412 responses." for a recognised export. */
function describeLayout(layout: TableLayout, responses: number): string | null {
  if (layout.tool === null) return null;
  const rows = layout.headerRows === 1 ? '1 header row' : `${formatCount(layout.headerRows)} header rows`;
  return `${EXPORT_TOOL_NAMES[layout.tool]}: ${rows}, ${formatCount(responses)} ${responses === 1 ? 'response' : 'responses'}.`;
}

/**
 * Why the column was read, from the whole column: "412 of 415 values are answers from 0–10 and its header
 * mentions “recommend”." (the sampled count when the column's values are not read as scores).
 */
function describeSuggestion(layout: TableLayout, scale: ScoreScale, read: { readonly fitting: number; readonly filled: number } | null): string | null {
  const { suggestion } = layout;
  if (suggestion === null) return null;
  const { fitting, filled } = read ?? suggestion;
  const values = read
    ? `${formatCount(fitting)} of ${formatCount(filled)} values are answers from ${formatRange(scale.min, scale.max)}`
    : `${formatCount(fitting)} of ${formatCount(filled)} values in the first rows are answers from ${formatRange(scale.min, scale.max)} or common wordings of them`;
  const others =
    suggestion.otherFits === 0
      ? ' Change it if needed.'
      : ` ${formatCount(suggestion.otherFits)} other ${suggestion.otherFits === 1 ? 'column holds' : 'columns hold'} answers on this scale too: check this is the right one.`;
  return `We chose it because ${values}${suggestion.headerWord === null ? '' : ` and its header mentions “${suggestion.headerWord}”`}.${others}`;
}

/**
 * The report's content without its container (ScoreInput.tsx renders the container at once, for the paste box's
 * aria-describedby, and this once its deferred parts have loaded).
 *
 * @param props the paste, its scale and label scores, and the calculator's scale hint
 * @returns the report, or null for an empty paste
 */
export function PasteReportBody({ paste, scale, labels = {}, onApplyLabels, scaleHint }: BodyProps) {
  switch (paste.kind) {
    case 'empty':
      return null;
    case 'reading':
      return <p className="field__hint">Reading {formatCount(paste.characters)} characters…</p>;
    case 'failed':
      return <p className="field__error">We could not read this paste ({paste.message}). Try again, or paste the counts instead.</p>;
    case 'kept': {
      const { kept } = paste;
      // Read on another scale before the scale was changed: that reading does not describe this one.
      if (!isSameScale(kept.scale, scale)) {
        return (
          <p className="field__hint">
            These counts were read on the {formatRange(kept.scale.min, kept.scale.max)} scale, not this {formatRange(scale.min, scale.max)} one. Paste
            the answers again to read them on it.
          </p>
        );
      }
      return (
        <>
          <p className="score-input__summary">
            Read {formatAnswers(kept.n)}
            {kept.leftOut > 0 && <>; left out {formatCount(kept.leftOut)} that cannot count{kept.issues.length > 0 ? ':' : '.'}</>}
          </p>
          {kept.leftOut > 0 && <IssueList lines={kept.issues} leftOut={kept.leftOut} />}
          {kept.blankCells > 0 && <p className="field__hint">{describeBlankRows(kept.blankCells, 'had', 'that')}</p>}
        </>
      );
    }
    case 'read': {
      const { analysis } = paste;
      const { parse } = analysis;
      const column = analysis.kind === 'table' ? analysis.layout.columns[analysis.column] : undefined;
      // A header another column shares (a form asking twice) is told apart by its position.
      const sharesName = analysis.kind === 'table' && sharesHeader(analysis.layout, analysis.column);
      const columnName = column ? (column.name !== null ? `“${column.name}”${sharesName ? ` (column ${formatCount(column.index + 1)})` : ''}` : `column ${formatCount(column.index + 1)}`) : '';
      // Header rows and nothing under them (an export of a survey nobody has answered yet).
      if (analysis.kind === 'table' && analysis.unread === 'no-responses') {
        return <p className="field__error">There are no responses in it: only {analysis.layout.headerRows === 1 ? 'its header row' : `its ${String(analysis.layout.headerRows)} header rows`}.</p>;
      }
      if (analysis.kind === 'table' && analysis.chosenBy === 'first') {
        return (
          <p className="field__error">
            No column looks like answers from {formatRange(scale.min, scale.max)}: choose the column to read above.
          </p>
        );
      }
      if (analysis.kind === 'table' && analysis.unread === 'group-column') {
        return (
          <p className="field__error">
            {columnName} holds Net Promoter groups (promoter, passive, detractor), not answers from {formatRange(scale.min, scale.max)}: choose the column of
            the question itself. The <a href="/tools/nps/">NPS calculator</a> can read a group column on its own.
          </p>
        );
      }
      const layoutNote =
        analysis.kind === 'table' && parse.kind === 'parsed'
          ? describeLayout(analysis.layout, parse.n + parse.leftOut + ('blankCells' in parse ? parse.blankCells : 0))
          : null;
      // Answers written as words do not count until the person scores them: judge by the sample's wordings then.
      const wordsPending = parse.kind === 'parsed' && parse.textLabels.length > 0 && parse.mapped === 0;
      const wholeColumn = parse.kind === 'parsed' && !wordsPending ? { fitting: parse.n, filled: parse.n + parse.leftOut } : null;
      const reason =
        analysis.kind === 'table' && analysis.chosenBy === 'suggested'
          ? describeSuggestion(analysis.layout, scale, analysis.groups === null ? wholeColumn : { fitting: analysis.groups.n, filled: analysis.groups.n + analysis.groups.leftOut })
          : null;
      const context = (
        <>
          {layoutNote && <p className="score-input__summary">{layoutNote}</p>}
          {analysis.kind === 'list' && analysis.header !== null && (
            <p className="field__hint">The first line, “{analysis.header}”, is a header, not an answer.</p>
          )}
        </>
      );
      const reasonNote = reason && <p className="field__hint">{reason}</p>;
      if (analysis.groups !== null) {
        const { groups } = analysis;
        return (
          <>
            {context}
            <p className={groups.n === 0 ? 'field__error' : 'score-input__summary'}>
              Read {formatAnswers(groups.n)} as Net Promoter groups{column ? ` from ${columnName}` : ''}: {countGroup(groups.groups.promoters, 'promoter')},{' '}
              {countGroup(groups.groups.passives, 'passive')}, {countGroup(groups.groups.detractors, 'detractor')}
              {groups.leftOut > 0 ? `; left out ${formatCount(groups.leftOut)} that name no group:` : '.'}
            </p>
            {reasonNote}
            {groups.leftOut > 0 && <IssueList lines={groups.issues.map(describeScoreIssue)} leftOut={groups.leftOut} />}
          </>
        );
      }
      if (parse.kind === 'empty') {
        return analysis.kind === 'table' ? (
          <>
            {context}
            <p className="field__error">The column {columnName} has no values: choose another column.</p>
          </>
        ) : analysis.header !== null ? (
          <>
            {context}
            <p className="field__error">There are no answers below it: the file or paste holds only its header.</p>
          </>
        ) : null;
      }
      const blankCells = 'blankCells' in parse ? parse.blankCells : 0;
      return (
        <>
          {context}
          {scaleHint}
          {parse.textLabels.length > 0 && onApplyLabels && (
            <LabelMapping
              // A new set of words, scale or applied scores (another file) starts the form afresh.
              key={`${parse.textLabels.map((label) => label.key).join('|')}:${String(scale.min)}-${String(scale.max)}:${JSON.stringify(labels)}`}
              labels={parse.textLabels}
              applied={labels}
              scale={scale}
              onApply={onApplyLabels}
            />
          )}
          <p className={parse.n === 0 ? 'field__error' : 'score-input__summary'}>
            {parse.n === 0 ? 'None of the values can count' : `Read ${formatAnswers(parse.n)}`}
            {column && ` from ${columnName}`}
            {parse.leftOut > 0 && (
              <>
                ; left out {formatCount(parse.leftOut)} {parse.leftOut === 1 ? 'value' : 'values'} that cannot count (
                {describeLeftOutKinds(parse.leftOutByKind, scale, parse.excluded)}):
              </>
            )}
            {parse.leftOut === 0 && '.'}
          </p>
          {reasonNote}
          {analysis.kind === 'table' && parse.leftOut > 0.2 * (parse.n + parse.leftOut) && (
            <p className="field__hint">
              More than a fifth of this column could not be read: check the column chosen above{parse.textLabels.length > 0 ? ', or give the words a score' : ''}.
            </p>
          )}
          {parse.leftOut > 0 && <IssueList lines={parse.issues.map(describeScoreIssue)} leftOut={parse.leftOut} />}
          {blankCells > 0 && <p className="field__hint">{describeBlankRows(blankCells, 'has', 'this')}</p>}
          {parse.decimalComma && (
            <p className="field__hint">
              Commas were read as decimal marks (4,5 is 4.5).
              {analysis.kind === 'list' && ' If they sit between answers, choose “One list, commas between answers” above.'}
            </p>
          )}
        </>
      );
    }
    default:
      paste satisfies never;
      return null;
  }
}
