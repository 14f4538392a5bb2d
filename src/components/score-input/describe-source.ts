import { EXPORT_TOOL_NAMES } from '../../lib/metrics/detect-export-layout.ts';
import type { ScoreScale } from '../../lib/metrics/score-scale.ts';
import type { ShareSource } from '../../lib/metrics/share-source.ts';
import type { ScoreIssueKind } from '../../lib/metrics/score-issue.ts';
import { formatCount, formatRange } from './format.ts';

/**
 * Why values were left out, by kind: "1 not a number, 2 outside 0–10" (kinds with none are not named).
 *
 * @param byKind how many values each reason left out
 * @param scale the scale the answers were read on
 * @param excluded how many of the "not a number" ones are words the person's label scores set not to count
 * @returns the reasons, joined with commas
 */
export function describeLeftOutKinds(byKind: Readonly<Record<ScoreIssueKind, number>>, scale: ScoreScale, excluded = 0): string {
  const parts: string[] = [];
  const unread = byKind['not-a-number'] - excluded;
  if (unread > 0) parts.push(`${formatCount(unread)} not a number`);
  if (excluded > 0) parts.push(`${formatCount(excluded)} set not to count`);
  if (byKind['out-of-range'] > 0) parts.push(`${formatCount(byKind['out-of-range'])} outside ${formatRange(scale.min, scale.max)}`);
  if (byKind['not-whole'] > 0) parts.push(`${formatCount(byKind['not-whole'])} not a whole number`);
  return parts.join(', ');
}

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
  const reasons = describeLeftOutKinds({ 'not-a-number': source.notANumber, 'out-of-range': source.outOfRange, 'not-whole': source.notWhole }, scale);
  const leftOut = source.leftOut === 0 ? 'no values left out' : `${formatCount(source.leftOut)} ${source.leftOut === 1 ? 'value' : 'values'} left out (${reasons})`;
  const labels = source.labels?.length
    ? `; answers written as words scored ${source.labels.map(({ label, score }) => `${label} = ${score === null ? 'does not count' : String(score)}`).join(', ')}`
    : '';
  return `${origin}, ${layout}${column}; ${leftOut}${labels}`;
}
