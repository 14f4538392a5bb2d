/**
 * Make user text safe to place inside Markdown: it reads as the same text in any renderer, never as
 * formatting, links or HTML. Characters with inline meaning are backslash-escaped (CommonMark allows a
 * backslash before any ASCII punctuation), a leading list, heading or quote marker is escaped, and line
 * breaks become spaces so a list item or table cell stays one.
 *
 * @param text what the person typed
 * @returns Markdown source that renders as that text
 * @example escapeMarkdown('<b>50% | off</b>') // '\\<b\\>50% \\| off\\</b\\>'
 * @see https://spec.commonmark.org/0.31.2/#backslash-escapes
 */
export function escapeMarkdown(text: string): string {
  return text
    .trim()
    .replace(/\s*(?:\r\n|\r|\n)\s*/g, ' ')
    .replace(/[\\`*_[\]<>|~&!]/g, '\\$&')
    .replace(/^([#+=>-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * Split a multi-line note (one idea a line) into its non-empty lines, each escaped.
 *
 * @example getMarkdownLines('Pay fast\n\n*Trust*') // ['Pay fast', '\\*Trust\\*']
 */
export function getMarkdownLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map(escapeMarkdown);
}
