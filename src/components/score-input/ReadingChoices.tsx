import { useId } from 'react';
import type { TableColumn } from '../../lib/metrics/describe-table-columns.ts';
import type { TableDelimiter } from '../../lib/metrics/read-delimited-records.ts';
import type { PasteState } from '../../lib/score-input/score-input-outcome.ts';
import type { ScoreInput } from '../../stores/score-input.ts';
import type { ReadAs } from '../../lib/metrics/analyse-paste.ts';
import { formatCount } from './format.ts';

const DELIMITER_NAMES: Readonly<Record<TableDelimiter, string>> = { ',': 'commas', ';': 'semicolons', '\t': 'tabs' };

/** "score (9, 10, 7…)" or "Column 2 (9, 10, 7…)", for the column picker. */
export function getColumnLabel(column: TableColumn): string {
  const header = column.name ?? `Column ${formatCount(column.index + 1)}`;
  const name = column.question === null || column.question === column.name ? header : `${header}: ${column.question.slice(0, 60)}`;
  const sample = column.sample.length > 0 ? ` (${column.sample.slice(0, 3).join(', ')}${column.sample.length > 3 ? '…' : ''})` : ' (empty)';
  const mostlyText = column.sample.length > 0 && column.numericShare < 0.5 ? ', mostly text' : '';
  return `${name}${sample}${mostlyText}`;
}

export interface ReadingChoicesProps {
  readonly input: ScoreInput;
  readonly paste: PasteState;
  /** The file the text came from, if any ("The file has 4 columns"). */
  readonly fileName?: string | null;
}

/**
 * How the paste is read: for a table, which column (by name when there is a header row); for header-less
 * comma or semicolon numbers, whether they are one list or columns, and whether `10,9` is 10.9 or 10 and 9.
 */
export function ReadingChoices({ input, paste, fileName = null }: ReadingChoicesProps) {
  const id = useId();
  if (paste.kind !== 'read') return null;
  const { analysis } = paste;

  if (analysis.kind === 'list') {
    if (analysis.alternative === null && !analysis.commasAmbiguous) return null;
    return (
      <ReadAsChoice
        id={id}
        input={input}
        current={analysis.commasBetween && analysis.commasAmbiguous ? 'list-commas-between' : 'list'}
        columns={analysis.alternative?.columns.length ?? null}
        commasAmbiguous={analysis.commasAmbiguous}
      />
    );
  }

  const { layout } = analysis;
  const selectId = `${id}-column`;
  const hintId = `${id}-column-hint`;
  return (
    <div className="score-input__reading">
      {analysis.fromAlternative && <ReadAsChoice id={id} input={input} current="columns" columns={layout.columns.length} commasAmbiguous={false} />}
      <div className="field">
        <label htmlFor={selectId}>Column to read</label>
        <p id={hintId} className="field__hint">
          {fileName === null ? 'Your paste has' : 'The file has'} {formatCount(layout.columns.length)} columns separated by {DELIMITER_NAMES[layout.delimiter]}
          {layout.headerRows > 1
            ? `, with ${formatCount(layout.headerRows)} header rows`
            : layout.hasHeader
              ? ', and its first row holds their names'
              : ', with no header row'}
          .
        </p>
        <select
          id={selectId}
          aria-describedby={hintId}
          value={analysis.column}
          onChange={(event) => {
            const column = layout.columns[Number(event.currentTarget.value)];
            if (column) input.chooseColumn({ index: column.index, name: column.name });
          }}
        >
          {layout.columns.map((column) => (
            <option key={column.index} value={column.index}>
              {getColumnLabel(column)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

interface ReadAsChoiceProps {
  readonly id: string;
  readonly input: ScoreInput;
  readonly current: ReadAs;
  /** How many columns the text would have as a table; null when it cannot be one. */
  readonly columns: number | null;
  /** Offer "commas between answers" beside "commas as decimal marks". */
  readonly commasAmbiguous: boolean;
}

function ReadAsChoice({ id, input, current, columns, commasAmbiguous }: ReadAsChoiceProps) {
  const hint = [
    commasAmbiguous ? 'A comma between two digits can be a decimal mark (4,5 is 4.5) or sit between two answers (4 and 5).' : '',
    columns !== null ? `The numbers could also be rows of ${formatCount(columns)} columns.` : '',
  ].join(' ');
  const option = (value: ReadAs, label: string) => (
    <label>
      <input type="radio" name={`${id}-read-as`} value={value} checked={current === value} onChange={() => input.setReadAs(value)} />
      {label}
    </label>
  );
  return (
    <fieldset className="score-input__read-as" aria-describedby={`${id}-read-as-hint`}>
      <legend>How to read these numbers</legend>
      <p id={`${id}-read-as-hint`} className="field__hint">
        {hint.trim()}
      </p>
      <div className="segmented">
        {option('list', commasAmbiguous ? 'One list, commas as decimal marks' : 'One list')}
        {commasAmbiguous && option('list-commas-between', 'One list, commas between answers')}
        {columns !== null && option('columns', `${formatCount(columns)} columns`)}
      </div>
    </fieldset>
  );
}
