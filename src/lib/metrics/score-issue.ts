/** Why a pasted value was left out. */
export type ScoreIssueKind = 'not-a-number' | 'out-of-range' | 'not-whole';

/** Where a left-out value was: 1-based line, and 1-based column when the paste is a table. */
type IssuePlace = {
  readonly line: number;
  readonly column?: number;
  /** The value as typed (trimmed; cut to 40 characters with "…"). */
  readonly text: string;
};

/** A pasted value that could not count, with its place and the reason. */
export type ScoreIssue =
  | (IssuePlace & { readonly kind: 'not-a-number' })
  | (IssuePlace & { readonly kind: 'out-of-range'; readonly value: number; readonly min: number; readonly max: number })
  | (IssuePlace & { readonly kind: 'not-whole'; readonly value: number });

/**
 * A plain-English line for one left-out value, for the list under the input.
 *
 * @param issue an issue from a parse result
 * @returns e.g. `Line 4: "11" is outside the scale 0–10`
 * @example describeScoreIssue({ kind: 'not-a-number', line: 2, text: 'n/a' }) // 'Line 2: "n/a" is not a number'
 * @see https://www.nngroup.com/articles/error-message-guidelines/
 */
export function describeScoreIssue(issue: ScoreIssue): string {
  const place = issue.column === undefined ? `Line ${String(issue.line)}` : `Line ${String(issue.line)}, column ${String(issue.column)}`;
  switch (issue.kind) {
    case 'not-a-number':
      return `${place}: "${issue.text}" is not a number`;
    case 'out-of-range':
      return `${place}: "${issue.text}" is outside the scale ${String(issue.min)}–${String(issue.max)}`;
    case 'not-whole':
      return `${place}: "${issue.text}" is not a whole number`;
    default:
      issue satisfies never;
      return '';
  }
}
