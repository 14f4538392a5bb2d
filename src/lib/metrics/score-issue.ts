/** Why a pasted value was left out. */
export type ScoreIssueKind = 'not-a-number' | 'out-of-range' | 'not-whole';

/**
 * Where a left-out value was: in a list, its 1-based line; in a table, its row as a spreadsheet shows it
 * (header rows included, a quoted comment over several lines still one row), its 1-based column, and the
 * response ID when the export has one.
 */
type IssuePlace = {
  readonly line: number;
  readonly column?: number;
  readonly responseId?: string;
  /** The value as typed (trimmed; cut to 40 characters with "…"). */
  readonly text: string;
};

/** A pasted value that could not count, with its place and the reason. */
export type ScoreIssue =
  /**
   * `character`: for number-like text, the first character a number cannot hold (`½` in `9½`); `excluded`: words
   * the person's label scores set not to count; `outOf`: the total of a score written out of another scale's top.
   */
  | (IssuePlace & { readonly kind: 'not-a-number'; readonly character?: string; readonly excluded?: boolean; readonly outOf?: number })
  | (IssuePlace & { readonly kind: 'out-of-range'; readonly value: number; readonly min: number; readonly max: number })
  | (IssuePlace & { readonly kind: 'not-whole'; readonly value: number });

/**
 * A plain-English line for one left-out value, for the list under the input.
 *
 * @param issue an issue from a parse result
 * @returns e.g. `Line 4: "11" is outside the scale 0–10`, or `Row 9, column 3 (response R_1x): "n/a" is not a number`
 * @example describeScoreIssue({ kind: 'not-a-number', line: 2, text: 'n/a' }) // 'Line 2: "n/a" is not a number'
 * @see https://www.nngroup.com/articles/error-message-guidelines/
 */
export function describeScoreIssue(issue: ScoreIssue): string {
  const response = issue.responseId === undefined || issue.responseId === '' ? '' : ` (response ${issue.responseId})`;
  const place = issue.column === undefined ? `Line ${String(issue.line)}` : `Row ${String(issue.line)}, column ${String(issue.column)}${response}`;
  switch (issue.kind) {
    case 'not-a-number':
      if (issue.excluded) return `${place}: "${issue.text}" does not count (your label scores)`;
      if (issue.outOf !== undefined) return `${place}: "${issue.text}" is a score out of ${String(issue.outOf)}, not on this scale`;
      return issue.character === undefined
        ? `${place}: "${issue.text}" is not a number`
        : `${place}: "${issue.text}" is not a number ("${issue.character}", U+${(issue.character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}, cannot be part of one)`;
    case 'out-of-range':
      return `${place}: "${issue.text}" is outside the scale ${String(issue.min)}–${String(issue.max)}`;
    case 'not-whole':
      return `${place}: "${issue.text}" is not a whole number`;
    default:
      issue satisfies never;
      return '';
  }
}
