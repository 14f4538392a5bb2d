import { useId } from 'react';
import type { TableLayout } from '../../lib/metrics/detect-paste-layout.ts';
import { formatCount } from '../score-input/format.ts';
import type { DateOrder } from '../../lib/survey/date-format.ts';
import { getColumnLabel } from '../../lib/metrics/column-names.ts';
import { describeDateColumn, describeDateOrder, describeQualtricsResponses, describeRows, describeTooManySegments } from '../../lib/survey/describe-survey.ts';
import type { BreakdownStatus, DateColumnChoice } from '../../stores/survey-workbench.ts';
import { setSurveyDate, setSurveyDateOrder, setSurveySegment } from '../../stores/survey-workbench.ts';

export interface SurveyColumnsProps {
  readonly layout: TableLayout;
  readonly scoreColumn: number;
  readonly segment: number | null;
  readonly date: number | null;
  readonly dateChoice: DateColumnChoice;
  readonly dateSuggested: number | null;
  readonly dateOrder: DateOrder | null;
  readonly status: BreakdownStatus;
}

/** A column as listed in a choice: its header, or its number, with a sample value. */
function describeColumn(layout: TableLayout, index: number): string {
  const column = layout.columns[index];
  const name = getColumnLabel(layout, index);
  const sample = column?.sample[0];
  if (!sample) return name;
  // A long example is cut at a space, never inside a word or an offset like GMT+1.
  const cut = sample.length <= 32 ? sample : `${sample.slice(0, Math.max(sample.lastIndexOf(' ', 32), 16))}…`;
  return `${name} (e.g. ${cut})`;
}

const NONE = '';

/**
 * The segment and date columns of the export, the day/month question when the dates cannot tell, and what the
 * date and segment columns held (rows left out of the trend, a column with one value per person).
 */
export function SurveyColumns({ layout, scoreColumn, segment, date, dateChoice, dateSuggested, dateOrder, status }: SurveyColumnsProps) {
  const id = useId();
  const others = layout.columns.filter((column) => column.index !== scoreColumn);
  const breakdown = status.kind === 'read' ? status.breakdown : null;
  const order = breakdown?.dateDetection?.order;
  const dateNotes = breakdown ? [...describeQualtricsResponses(breakdown), ...describeDateColumn(breakdown)] : [];
  const segments = breakdown?.segments;
  const columnOptions = others.map((column) => (
    <option key={column.index} value={String(column.index)}>
      {describeColumn(layout, column.index)}
    </option>
  ));
  const chooseColumn = (value: string) => (value === NONE ? null : { index: Number(value), name: layout.columns[Number(value)]?.name ?? null });

  return (
    <fieldset className="survey-columns">
      <legend>Columns to break the score down by</legend>
      <div className="survey-columns__fields">
        <div className="field">
          <label htmlFor={`${id}-segment`}>Segment (plan, region, channel…)</label>
          <select id={`${id}-segment`} value={segment === null ? NONE : String(segment)} onChange={(event) => setSurveySegment(chooseColumn(event.currentTarget.value))}>
            <option value={NONE}>None</option>
            {columnOptions}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-date`}>Date of each answer</label>
          <select
            id={`${id}-date`}
            value={dateChoice === 'suggested' ? 'suggested' : date === null ? NONE : String(date)}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setSurveyDate(value === 'suggested' ? 'suggested' : chooseColumn(value));
            }}
          >
            <option value="suggested">{dateSuggested === null ? 'Found automatically (none found)' : `Found automatically: ${describeColumn(layout, dateSuggested)}`}</option>
            <option value={NONE}>None</option>
            {columnOptions}
          </select>
        </div>
      </div>
      {status.kind === 'reading' && <p className="survey-columns__status">Reading the export by segment and date…</p>}
      {status.kind === 'failed' && <p className="notice notice--error">{status.message}</p>}
      {order?.kind === 'ask' || (order?.kind === 'mixed' && dateOrder === null) ? (
        <fieldset className="survey-columns__order">
          <legend>
            {order.kind === 'ask'
              ? `${order.ambiguous.count >= (breakdown?.dateDetection?.dated ?? 0) ? 'Every date' : `${formatCount(order.ambiguous.count)} dates`} could be read day first or month first (${describeRows(order.ambiguous.firstRows, order.ambiguous.count)}): which comes first?`
              : 'The dates mix both orders: which should win?'}
          </legend>
          <div className="segmented">
            {(['day-month', 'month-day'] as const).map((choice) => (
              <label key={choice}>
                <input
                  type="radio"
                  name={`${id}-order`}
                  value={choice}
                  checked={(dateOrder ?? breakdown?.dateOrder) === choice}
                  onChange={() => setSurveyDateOrder(choice)}
                />
                {describeDateOrder(choice)}
              </label>
            ))}
          </div>
          {order.kind === 'ask' && dateOrder === null && <p className="survey-columns__hint">Until you choose, these dates are left out of the trend.</p>}
        </fieldset>
      ) : null}
      {dateNotes.length > 0 && (
        <ul className="survey-columns__notes">
          {dateNotes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      {segments?.kind === 'read' && segments.merged.length > 0 && (
        <p className="survey-columns__hint">
          Values that differ only in capitals or spaces are counted as one segment, named by their commonest spelling:{' '}
          {segments.merged
            .slice(0, 3)
            .map((merge) => `${merge.spellings.map((spelling) => `“${spelling}”`).join(', ')} as “${merge.name}”`)
            .join('; ')}
          {segments.merged.length > 3 ? `; and ${String(segments.merged.length - 3)} more` : ''}.
        </p>
      )}
      {segments?.kind === 'too-many' && (
        <p className="notice notice--warning" role="alert">
          {describeTooManySegments(segments.distinct, segments.atLeast, getColumnLabel(layout, segments.column))}
        </p>
      )}
    </fieldset>
  );
}
