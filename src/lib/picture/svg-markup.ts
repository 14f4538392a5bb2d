/**
 * SVG written as text from data: element names and attributes checked, every piece of text escaped, so a
 * persona called `</text><script>` is drawn as those characters and never becomes markup.
 */

/** An SVG element: its name, attributes (undefined ones are left out) and children (text is escaped). */
export interface SvgElement {
  readonly name: string;
  readonly attributes?: Readonly<Record<string, string | number | undefined>>;
  readonly children?: readonly SvgNode[];
}

/**
 * Markup already serialised by the browser's XMLSerializer (a chart cloned from the page), placed as it is.
 * Never built from user text: XMLSerializer escapes text itself.
 */
export interface SerialisedMarkup {
  readonly markup: string;
}

export type SvgNode = SvgElement | SerialisedMarkup | string;

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';
/** XML names as SVG uses them (letters, digits, `-`, `_`, `.`, one namespace prefix like `xml:` or `xlink:`). */
const XML_NAME = /^[A-Za-z_][-A-Za-z0-9_.]*(?::[A-Za-z_][-A-Za-z0-9_.]*)?$/u;
/**
 * Characters XML 1.0 does not allow anywhere, even escaped: control characters other than tab, line feed and
 * carriage return, lone surrogates, U+FFFE and U+FFFF. A file holding one does not open.
 */
const NOT_XML = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Make text safe inside an XML element or a quoted attribute: `& < > " '` become entities, and characters XML
 * cannot hold become U+FFFD.
 *
 * @param text any text, typed by anyone
 * @returns text that reads as itself in an XML file
 * @example escapeXml('</text><script>alert("&")</script>') // '&lt;/text&gt;&lt;script&gt;alert(&quot;&amp;&quot;)&lt;/script&gt;'
 */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '\uFFFD').replace(/[&<>"']/gu, (character) => ENTITIES[character] ?? character);
}

/**
 * A number as an SVG attribute: at most two decimals, no "-0", and 0 for anything not finite (never "NaN").
 *
 * @example formatSvgNumber(1333.3333) // '1333.33'
 */
export function formatSvgNumber(value: number): string {
  if (!Number.isFinite(value)) return '0';
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

function renderAttributes(attributes: SvgElement['attributes']): string {
  if (!attributes) return '';
  return Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined && XML_NAME.test(entry[0]))
    .map(([name, value]) => ` ${name}="${escapeXml(typeof value === 'number' ? formatSvgNumber(value) : value)}"`)
    .join('');
}

/**
 * An SVG node as markup. An element whose name is not an XML name is left out with its children.
 *
 * @param node an element, serialised markup or text
 * @returns the markup
 * @example renderSvgNode({ name: 'text', attributes: { x: 4, y: 16 }, children: ['R&D'] }) // '<text x="4" y="16">R&amp;D</text>'
 */
export function renderSvgNode(node: SvgNode): string {
  if (typeof node === 'string') return escapeXml(node);
  if ('markup' in node) return node.markup;
  if (!XML_NAME.test(node.name)) return '';
  const children = (node.children ?? []).map(renderSvgNode).join('');
  return `<${node.name}${renderAttributes(node.attributes)}${children === '' ? '/>' : `>${children}</${node.name}>`}`;
}

export interface SvgDocument {
  /** The viewBox's size: the units the children are drawn in. */
  readonly width: number;
  readonly height: number;
  /** The file's width and height attributes ("1920", "297mm"); the viewBox size when left out. */
  readonly widthAttribute?: string;
  readonly heightAttribute?: string;
  /** What the picture shows: its <title>, which viewers and screen readers show. */
  readonly title: string;
  readonly children: readonly SvgNode[];
}

/**
 * A stand-alone SVG file: the XML declaration, the SVG namespace, width, height and viewBox, a <title>, then the
 * children.
 *
 * @example renderSvgDocument({ width: 100, height: 50, title: 'A & B', children: [] })
 * // '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" … viewBox="0 0 100 50"><title>A &amp; B</title></svg>'
 */
export function renderSvgDocument(document: SvgDocument): string {
  const root: SvgElement = {
    name: 'svg',
    attributes: {
      xmlns: SVG_NAMESPACE,
      width: document.widthAttribute ?? formatSvgNumber(document.width),
      height: document.heightAttribute ?? formatSvgNumber(document.height),
      viewBox: `0 0 ${formatSvgNumber(document.width)} ${formatSvgNumber(document.height)}`,
      role: 'img',
      'aria-label': document.title,
    },
    children: [{ name: 'title', children: [document.title] }, ...document.children],
  };
  return `<?xml version="1.0" encoding="UTF-8"?>\n${renderSvgNode(root)}`;
}
