/**
 * Make user text safe to place inside Markdown: it reads as the same text in any renderer, never as
 * formatting, links or HTML. Characters with inline meaning are backslash-escaped (CommonMark allows a
 * backslash before any ASCII punctuation), a leading list, heading or quote marker is escaped, and line
 * breaks become spaces so a list item stays one item.
 *
 * @param text what the person typed
 * @returns Markdown source that renders as that text
 * @example escapeMarkdown('<script>alert(1)</script>') // '\\<script\\>alert(1)\\</script\\>'
 * @example escapeMarkdown('- 10% *off*') // '\\- 10% \\*off\\*'
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*(?:\r\n|\r|\n)\s*/g, ' ')
    .replace(/[\\`*_[\]<>|~&]/g, '\\$&')
    .replace(/^(\s*)([#+=>-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}
