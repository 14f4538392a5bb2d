import { useId } from 'react';
import type { TableColumn } from '../../lib/metrics/describe-table-columns.ts';
import type { TableDelimiter } from '../../lib/metrics/read-delimited-records.ts';
import type { PasteState, ScoreInput } from '../../stores/score-input.ts';
import { formatCount } from './format.ts';

const DELIMITER_NAMES: Readonly<Record<TableDelimiter, string>> = { ',': 'commas', ';': 'semicolons', '\t': 'tabs' };

/** "score (9, 10, 7…)" or "Column 2 (9, 10, 7…)", for the column picker. */
export function getColumnLabel(column: TableColumn): string {
  const name = column.name ?? `Column ${formatCount(column.index + 1)}`;
  const sample = column.sample.length > 0 ? ` (${column.sample.slice(0, 3).join(', ')}${column.sample.length > 3 ? '…' : ''})` : ' (empty)';
  const mostlyText = column.sample.length > 0 && column.numericShare < 0.5 ? ', mostly text' : '';
  return `${name}${sample}${mostlyText}`;
}

export interface ReadingChoicesProps {
  readonly input: ScoreInput;
  readonly paste: PasteState;
}

/**
 * How the paste is read: for a table, which column (by name when there is a header row); for header-less
 * comma or semicolon numbers, whether they are one list or columns.
 */
export function ReadingChoices({ input, paste }: ReadingChoicesProps) {
  const id = useId();
  if (paste.kind !== 'read') return null;
  const { analysis } = paste;

  if (analysis.kind === 'list') {
    if (analysis.alternative === null) return null;
    return <ReadAsChoice id={id} input={input} current="list" columns={analysis.alternative.columns.length} />;
  }

  const { layout } = analysis;
  const selectId = `${id}-column`;
  const hintId = `${id}-column-hint`;
  return (
    <div className="score-input__reading">
      {analysis.fromAlternative && <ReadAsChoice id={id} input={input} current="columns" columns={layout.columns.length} />}
      <div className="field">
        <label htmlFor={selectId}>Column to read</label>
        <p id={hintId} className="field__hint">
          Your paste has {formatCount(layout.columns.length)} columns separated by {DELIMITER_NAMES[layout.delimiter]}
          {layout.hasHeader ? ', and its first row holds their names' : ', with no header row'}.{' '}
          {analysis.chosenBy === 'suggested' && 'We picked the one that looks like scores; change it if needed.'}
          {analysis.chosenBy === 'first' && 'None of them looks like numbers, so we read the first: choose the right one.'}
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
  readonly current: 'list' | 'columns';
  readonly columns: number;
}

function ReadAsChoice({ id, input, current, columns }: ReadAsChoiceProps) {
  return (
    <fieldset className="score-input__read-as">
      <legend>How to read these numbers</legend>
      <p className="field__hint">They could be one list of answers, or rows of {formatCount(columns)} columns.</p>
      <div className="segmented">
        <label>
          <input type="radio" name={`${id}-read-as`} value="list" checked={current === 'list'} onChange={() => input.setReadAs('list')} />
          One list
        </label>
        <label>
          <input type="radio" name={`${id}-read-as`} value="columns" checked={current === 'columns'} onChange={() => input.setReadAs('columns')} />
          {formatCount(columns)} columns
        </label>
      </div>
    </fieldset>
  );
}
