import type { TableLayout } from './detect-paste-layout.ts';
import type { NpsGroupName, NpsGroups } from './nps-groups.ts';
import type { TableSource } from './read-column-cells.ts';
import { forEachColumnCell } from './read-column-cells.ts';
import { readAnswerText } from './read-answer-text.ts';
import { getNpsGroupName } from './scale-labels.ts';
import type { ScoreIssue } from './score-issue.ts';

/** Qualtrics codes its Net Promoter group column 1, 2, 3. */
const GROUP_CODES: readonly NpsGroupName[] = ['detractors', 'passives', 'promoters'];
const MAX_ISSUES = 1000;

/** A Net Promoter group column, read. */
export type ParsedGroupColumn = {
  readonly groups: NpsGroups;
  /** Answers that counted in a group. */
  readonly n: number;
  readonly leftOut: number;
  readonly issues: readonly ScoreIssue[];
  readonly blankCells: number;
};

/**
 * Read a column of Net Promoter groups: the words (`Promoter`, `Passives`, `Detractor`…) or Qualtrics' codes
 * (`1` detractor, `2` passive, `3` promoter, in its `_NPS_GROUP` column). Anything else is left out and
 * reported with its row, column and response ID. Never throws. O(length).
 *
 * @param text the table's text, or its UTF-8 bytes
 * @param layout its layout (header rows, delimiter, response ID column)
 * @param columnIndex the 0-based column to read
 * @returns the group counts, n and what was left out
 * @example parseGroupColumn('Q1_NPS_GROUP\n3\n1\nPromoter', layout, 0).groups // { promoters: 2, passives: 0, detractors: 1 }
 * @see https://www.qualtrics.com/support/survey-platform/survey-module/editing-questions/question-types-guide/specialty-questions/net-promoter-score/ (the group column)
 */
export function parseGroupColumn(text: TableSource, layout: TableLayout, columnIndex: number): ParsedGroupColumn {
  const groups = { promoters: 0, passives: 0, detractors: 0 };
  const issues: ScoreIssue[] = [];
  let leftOut = 0;
  let blankCells = 0;
  forEachColumnCell(text, { delimiter: layout.delimiter, headerRows: layout.headerRows, column: columnIndex, idColumn: layout.responseIdColumn }, (raw, row, getId) => {
    const cell = String(raw).trim().replace(/^"(.*)"$/, '$1');
    const answer = readAnswerText(cell);
    if (answer.value === null) {
      blankCells += 1;
      return;
    }
    const group = answer.label !== null ? getNpsGroupName(answer.label) : Number.isInteger(answer.value) ? (GROUP_CODES[answer.value - 1] ?? null) : null;
    if (group !== null) {
      groups[group] += 1;
      return;
    }
    leftOut += 1;
    const responseId = getId().trim();
    if (issues.length < MAX_ISSUES) issues.push({ kind: 'not-a-number', line: row, column: columnIndex + 1, text: cell.slice(0, 40), ...(responseId === '' ? {} : { responseId }) });
  });
  return { groups, n: groups.promoters + groups.passives + groups.detractors, leftOut, issues, blankCells };
}
