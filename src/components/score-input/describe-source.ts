import { EXPORT_TOOL_NAMES } from '../../lib/metrics/detect-export-layout.ts';
import type { ScoreScale } from '../../lib/metrics/score-scale.ts';
import type { ShareSource } from '../../lib/metrics/share-source.ts';
import { formatCount, formatRange } from './format.ts';

/**
 * Where shared answers came from, in one phrase: "file “march.csv”, Qualtrics export, column “Q1”; 3 values
 * left out (1 not a number, 2 outside 0–10)".
 *
 * @param source the source a share link carried
 * @param scale the scale the answers were read on
 * @returns the phrase, starting in lower case
 */
export function describeShareSource(source: ShareSource, scale: ScoreScale): string {
  const origin = source.fileName === null ? 'pasted answers' : `file “${source.fileName}”`;
  const layout = source.layout === 'list' ? 'one list' : source.layout === 'table' ? 'a table' : EXPORT_TOOL_NAMES[source.layout];
  const column = source.column === null ? '' : `, column “${source.column}”`;
  const reasons = [
    source.notANumber > 0 ? `${formatCount(source.notANumber)} not a number` : '',
    source.outOfRange > 0 ? `${formatCount(source.outOfRange)} outside ${formatRange(scale.min, scale.max)}` : '',
    source.notWhole > 0 ? `${formatCount(source.notWhole)} not a whole number` : '',
  ].filter((reason) => reason !== '');
  const leftOut =
    source.leftOut === 0 ? 'no values left out' : `${formatCount(source.leftOut)} ${source.leftOut === 1 ? 'value' : 'values'} left out (${reasons.join(', ')})`;
  return `${origin}, ${layout}${column}; ${leftOut}`;
}
