/**
 * Markdown that always reads as the text the person typed: never HTML, never a link, never formatting, in any
 * renderer we know of (CommonMark, GFM with autolink literals, markdown-it with `linkify`).
 *
 * Why not only backslashes: an autolink literal (`http://…`, `www.…`, `a@b.c`) is found on the raw text, so
 * a URL swallows the backslash in `http://a.b/\<img …\>` and a live `<img onerror>` comes out. So `<`, `>` and
 * `&` become entities, which no renderer turns back into markup, and the characters that let a renderer see a
 * URL, domain or e-mail address (`:` before `/`, a second `/`, `.` before a letter or after `www`, `@`) are backslash-escaped:
 * an escape splits the text where linkify and GFM look for a link, and renders as the character alone.
 */

/** Characters escaped wherever they are: inline formatting, links, table cells, headings' closing `#`. */
const ALWAYS_ESCAPED = /[\\`*_[\]|~#@]/g;

/** Line breaks with the spaces and tabs around them: one space keeps a list item or table cell on its line. */
const LINE_BREAKS = /(?:[ \t]*(?:\r\n|\r|\n))+[ \t]*/g;

/**
 * Make user text safe to place inside Markdown (a paragraph, heading, list item or table cell): it renders as
 * the same text, never as HTML, a link or formatting.
 *
 * - `<`, `>`, `&` become `&lt;`, `&gt;`, `&amp;`;
 * - `` \ ` * _ [ ] | ~ # @ `` are backslash-escaped everywhere;
 * - autolinks are broken: `:` before `/`, `/` before `/`, and `.` after `www` or before a letter are
 *   backslash-escaped, so `http://`, `www.`, `x.com` and e-mail addresses stay text, while `4.5` and `Done.`
 *   stay as typed (a domain's last part starts with a letter, and GFM links `www.` whatever follows);
 * - a leading `-`, `+`, `=`, `>` or `1.` / `1)` cannot start a list, quote, heading underline or heading;
 * - line breaks (with the spaces around them) become one space, leading and trailing whitespace is dropped,
 *   and U+0000 becomes U+FFFD, as every CommonMark renderer does.
 *
 * @param text what the person typed
 * @returns Markdown source that renders as that text
 * @example escapeMarkdown('<b>50% | off</b>') // '&lt;b&gt;50% \\| off&lt;/b&gt;'
 * @example escapeMarkdown('see http://a.b/x') // 'see http\\:\\//a\\.b/x'
 * @see https://spec.commonmark.org/0.31.2/#backslash-escapes
 * @see https://github.github.com/gfm/#autolinks-extension-
 */
export function escapeMarkdown(text: string): string {
  return text
    .replaceAll('\0', '\uFFFD')
    .replace(LINE_BREAKS, ' ')
    .trim()
    .replace(/[&<>]/g, (character) => (character === '&' ? '&amp;' : character === '<' ? '&lt;' : '&gt;'))
    .replace(ALWAYS_ESCAPED, '\\$&')
    .replace(/:(?=\/)|\/(?=\/)|(?<=www)\.|\.(?=\p{L})/giu, '\\$&')
    .replace(/^([+=-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * Split a multi-line note (one idea a line) into its non-empty lines, each escaped.
 *
 * @param text the note
 * @returns one escaped line per non-blank line, in order
 * @example getMarkdownLines('Pay fast\n\n*Trust*') // ['Pay fast', '\\*Trust\\*']
 */
export function getMarkdownLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .filter((line) => line.trim() !== '')
    .map(escapeMarkdown);
}
