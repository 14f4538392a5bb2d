/**
 * A table's columns as a person sees them: the label a column is shown with, and a column chosen earlier found
 * again in a table read again. Types only besides, so a view loaded later can use them without pulling the
 * readers into its chunk.
 */
import type { ColumnPreference } from './analyse-paste.ts';
import type { TableLayout } from './detect-paste-layout.ts';

/**
 * A column as the page names it: its header, with the question's text where the export gives it apart (Qualtrics'
 * `Q2: Which region are you in?`), else "Column 3"; at most 80 characters, then " (column 5)" when another column has
 * the same header.
 *
 * @param layout the table's layout
 * @param index the 0-based column
 * @returns the label
 * @example getColumnLabel(qualtricsLayout, 1) // 'Q2: Which region are you in?'
 */
export function getColumnLabel(layout: TableLayout, index: number): string {
  const column = layout.columns[index];
  const name = column?.name ?? `Column ${String(index + 1)}`;
  const label = column?.question && column.question !== name ? `${name}: ${column.question}` : name;
  const cut = label.length <= 80 ? label : `${label.slice(0, 79)}…`;
  return sharesHeader(layout, index) ? `${cut} (column ${String(index + 1)})` : cut;
}

/**
 * Whether another column has this column's header (a form asking the same question twice): then a page names it
 * by its position too.
 *
 * @example sharesHeader(tableOf('NPS,Region,NPS\n9,N,3'), 2) // true
 */
export function sharesHeader(layout: TableLayout, index: number): boolean {
  const name = layout.columns[index]?.name ?? null;
  return name !== null && layout.columns.some((other) => other.index !== index && other.name === name);
}

/**
 * Find a column the person chose in a table read again, by its header name: where several columns share the name
 * (a Google Form asking the same question in two sections), the one nearest its old position, so the second is
 * never read as the first. Headerless columns are found at the same position.
 *
 * @param layout a table layout
 * @param preference the person's choice
 * @returns the 0-based column, or undefined when no column has its name (or, headerless, its position)
 * @example findNamedColumn(layout, { index: 3, name: 'NPS' }) // 3 when columns 1 and 3 are both "NPS"
 */
export function findNamedColumn(layout: TableLayout, preference: ColumnPreference): number | undefined {
  const candidates = layout.columns.filter((column) => (preference.name !== null ? column.name === preference.name : column.name === null && column.index === preference.index));
  let nearest: number | undefined;
  for (const { index } of candidates) {
    if (nearest === undefined || Math.abs(index - preference.index) < Math.abs(nearest - preference.index)) nearest = index;
  }
  return nearest;
}

/**
 * Find a column the person chose for something other than the score (a segment, a date, the comments) in a
 * table read again: by its header name when the table has it (see findNamedColumn), else at the same position,
 * else none.
 *
 * @param layout a table layout
 * @param preference the person's choice, or null for none
 * @returns the 0-based column, or null
 * @example findPreferredColumn(layout, { index: 5, name: 'Plan' }) // 2 when "Plan" is now the third column
 */
export function findPreferredColumn(layout: TableLayout, preference: ColumnPreference | null): number | null {
  if (preference === null) return null;
  if (preference.name !== null) {
    const named = findNamedColumn(layout, preference);
    if (named !== undefined) return named;
  }
  return preference.index < layout.columns.length ? preference.index : null;
}
