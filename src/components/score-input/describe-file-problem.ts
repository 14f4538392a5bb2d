import type { FileProblem } from '../../lib/score-input/score-file.ts';
import { formatBytes } from '../../lib/text/format.ts';

/**
 * Say why a file was not read, and what to do instead.
 *
 * @param name the file's name
 * @param problem why
 * @returns one or two sentences
 */
export function describeFileProblem(name: string, problem: FileProblem): string {
  switch (problem.kind) {
    case 'too-large':
      return `“${name}” is ${formatBytes(problem.bytes)}; the calculator reads files up to ${formatBytes(problem.max)}. Keep only the score column, or paste the counts instead.`;
    case 'empty':
      return `“${name}” is empty (0 bytes): there are no answers in it. Choose the file again once it is saved, or paste the answers.`;
    case 'spreadsheet':
      return `“${name}” is a spreadsheet file (.${problem.ending}), not CSV or text. Save or export it as CSV first, or copy the column and paste it here.`;
    case 'not-text':
      return `“${name}” is not a CSV or text file${problem.type === '' ? '' : ` (${problem.type})`}. Choose a .csv, .tsv or .txt file.`;
    case 'binary':
      return `“${name}” does not hold plain text (it looks like a binary file). Export the answers as CSV or text first.`;
    case 'unreadable':
      return `“${name}” could not be read (${problem.message}). Try choosing it again, or paste its contents.`;
    default:
      problem satisfies never;
      return `“${name}” could not be read.`;
  }
}
