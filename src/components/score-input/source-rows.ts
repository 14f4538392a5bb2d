/**
 * Where a result's numbers came from, as summary rows for the copy, Markdown and CSV exports: the file or
 * paste, the export layout, the column, and what was left out and why.
 */
import { EXPORT_TOOL_NAMES } from '../../lib/metrics/detect-export-layout.ts';
import type { ScoreScale } from '../../lib/metrics/score-scale.ts';
import type { PasteState } from '../../lib/score-input/score-input-outcome.ts';
import type { ScoreInputState } from '../../lib/score-input/score-input-state.ts';
import type { SummaryRow } from './summary-exports.ts';
import { formatCount } from './format.ts';
import { describeLeftOutKinds, describeShareSource } from './describe-source.ts';

/**
 * The rows that say where the answers came from; `prefix` names the period in a comparison ("Earlier period").
 *
 * @param state the input's saved state (mode, file name)
 * @param paste what the paste holds
 * @param scale the scale answers were read on
 * @param prefix a label prefix, or ''
 * @returns summary rows
 */
export function getSourceRows(state: ScoreInputState, paste: PasteState, scale: ScoreScale, prefix = ''): SummaryRow[] {
  const label = (text: string) => (prefix === '' ? text : `${prefix}: ${text.charAt(0).toLowerCase()}${text.slice(1)}`);
  if (state.mode === 'counts') {
    if (state.sharedSource) {
      const shared = `counts from a share link: ${describeShareSource(state.sharedSource, scale)}`;
      return [{ label: label('Source'), shown: shared, value: shared, unit: '' }];
    }
    return [{ label: label('Source'), shown: 'counts typed by hand', value: 'counts typed by hand', unit: '' }];
  }
  const source = state.fileName === null ? 'pasted text' : `file “${state.fileName}”`;
  const rows: SummaryRow[] = [{ label: label('Source'), shown: source, value: state.fileName ?? 'pasted text', unit: '' }];
  if (paste.kind === 'kept') {
    const { kept } = paste;
    if (kept.columnName !== null || kept.columnNumber !== null) {
      const column = kept.columnName ?? `column ${String(kept.columnNumber)}`;
      rows.push({ label: label('Column'), shown: column, value: column, unit: '' });
    }
    rows.push({ label: label('Values left out'), shown: formatCount(kept.leftOut), value: kept.leftOut, unit: 'values' });
    return rows;
  }
  if (paste.kind !== 'read') return rows;
  const { analysis } = paste;
  if (analysis.kind === 'table') {
    const { layout } = analysis;
    const headerRows = `${formatCount(layout.headerRows)} header ${layout.headerRows === 1 ? 'row' : 'rows'}`;
    const shape = `${layout.tool === null ? 'table' : EXPORT_TOOL_NAMES[layout.tool]}, ${headerRows}`;
    rows.push({ label: label('Layout'), shown: shape, value: shape, unit: '' });
    const column = layout.columns[analysis.column];
    const name = column?.name ?? `column ${String(analysis.column + 1)}`;
    rows.push({ label: label('Column'), shown: name, value: name, unit: '' });
  } else {
    rows.push({ label: label('Layout'), shown: 'one list of answers', value: 'one list of answers', unit: '' });
  }
  if (analysis.groups !== null) {
    rows.push({ label: label('Values left out'), shown: formatCount(analysis.groups.leftOut), value: analysis.groups.leftOut, unit: 'values' });
    return rows;
  }
  const { parse } = analysis;
  if (parse.kind === 'empty') return rows;
  const reasons = describeLeftOutKinds(parse.leftOutByKind, scale, parse.excluded);
  rows.push({ label: label('Values left out'), shown: parse.leftOut > 0 ? `${formatCount(parse.leftOut)} (${reasons})` : '0', value: parse.leftOut, unit: 'values' });
  if (parse.mapped > 0) rows.push({ label: label('Answers counted through label scores'), shown: formatCount(parse.mapped), value: parse.mapped, unit: 'answers' });
  const scored = parse.textLabels.filter((text) => state.labels?.[text.key] !== undefined);
  if (scored.length > 0) {
    const mapping = scored.map((text) => `${text.label} = ${String(state.labels?.[text.key] ?? 'does not count')}`).join('; ');
    rows.push({ label: label('Label scores'), shown: mapping, value: mapping, unit: '' });
  }
  return rows;
}
