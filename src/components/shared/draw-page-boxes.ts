/**
 * The boxes the browser laid out, drawn as SVG nodes: each visible box's background and border as a rect or
 * lines, each line of text as a real <text> element in its computed font and colour, where the browser put it
 * (word boxes from a Range, gathered into lines), list numbers and bullets, images as <image> with a data: URL,
 * and SVG already on the page (charts, icons) embedded with its styles written on each element. Read in whatever
 * colour scheme the caller set (compose-picture.ts reads the light theme).
 */
import { groupIntoLines, type WordBox } from '../../lib/picture/group-into-lines.ts';
import type { SvgNode } from '../../lib/picture/svg-markup.ts';
import { cloneWithoutStyle, inlineComputedStyles } from './picture-export.ts';

/** What never goes into a picture: controls, what the page leaves out of print, and the export buttons. */
const SKIPPED = 'button, input, select, textarea, script, style, template, noscript, [data-print-hidden], [data-picture-skip], .picture-export';
const LIST_MARKERS: Readonly<Record<string, string>> = { disc: '•', circle: '◦', square: '▪' };

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** Where the parts' boxes go in the picture, and how far the drawing reaches. */
interface Drawing {
  readonly nodes: SvgNode[];
  /** Page coordinates to picture coordinates: subtract this origin, add the part's offset. */
  originX: number;
  originY: number;
  extent: Box;
}

let measuringContext: CanvasRenderingContext2D | null | undefined;
/**
 * A 2D canvas context for measuring text in the page's fonts, made on first use (not when the module loads, so a
 * page that never saves a picture makes no canvas); null where there is no canvas.
 *
 * @returns the context, or null
 */
export function getMeasuringContext(): CanvasRenderingContext2D | null {
  measuringContext ??= typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  return measuringContext;
}

function getCanvasFont(style: CSSStyleDeclaration): string {
  return `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
}

const ascentByFont = new Map<string, number>();
/** The distance from the top of a text box to its baseline, for the font as drawn: from the font's own metrics. */
function getAscent(style: CSSStyleDeclaration): number {
  const font = getCanvasFont(style);
  const known = ascentByFont.get(font);
  if (known !== undefined) return known;
  const fontSize = Number.parseFloat(style.fontSize) || 16;
  let ascent = fontSize * 0.8;
  const context = getMeasuringContext();
  if (context) {
    context.font = font;
    const measured = context.measureText('Hg').fontBoundingBoxAscent;
    if (Number.isFinite(measured) && measured > 0) ascent = measured;
  }
  ascentByFont.set(font, ascent);
  return ascent;
}

/** Whether a CSS colour paints anything: not "transparent" and not fully transparent rgba. */
export function isPainted(colour: string): boolean {
  return colour !== '' && colour !== 'transparent' && !/^rgba\(.*,\s*0\)$/u.test(colour) && !/\/\s*0\)$/u.test(colour);
}

/** Whether the element is hidden from sight although laid out: `.visually-hidden` (a 1 px clipped box), invisible. */
function isHiddenFromSight(style: CSSStyleDeclaration, rect: DOMRect): boolean {
  if (style.visibility === 'hidden' || style.opacity === '0') return true;
  return style.overflow.includes('hidden') && rect.width <= 1 && rect.height <= 1;
}

function extend(drawing: Drawing, box: Box): void {
  const { extent } = drawing;
  drawing.extent = { left: Math.min(extent.left, box.left), top: Math.min(extent.top, box.top), right: Math.max(extent.right, box.right), bottom: Math.max(extent.bottom, box.bottom) };
}

function toPicture(drawing: Drawing, rect: Box): Box {
  return { left: rect.left - drawing.originX, top: rect.top - drawing.originY, right: rect.right - drawing.originX, bottom: rect.bottom - drawing.originY };
}

/** An element's background and borders as rects and lines. */
function drawBox(drawing: Drawing, style: CSSStyleDeclaration, box: Box): void {
  const width = box.right - box.left;
  const height = box.bottom - box.top;
  if (width <= 0 || height <= 0) return;
  const radius = Number.parseFloat(style.borderTopLeftRadius) || 0;
  if (isPainted(style.backgroundColor)) {
    drawing.nodes.push({ name: 'rect', attributes: { x: box.left, y: box.top, width, height, rx: radius || undefined, fill: style.backgroundColor } });
  }
  const sides = (['Top', 'Right', 'Bottom', 'Left'] as const).map((side) => ({
    side,
    width: Number.parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) || 0,
    colour: style.getPropertyValue(`border-${side.toLowerCase()}-color`),
    lineStyle: style.getPropertyValue(`border-${side.toLowerCase()}-style`),
  }));
  const visible = sides.filter((side) => side.width > 0 && side.lineStyle !== 'none' && side.lineStyle !== 'hidden' && isPainted(side.colour));
  if (visible.length === 0) return;
  const [first] = visible;
  const isUniform = first !== undefined && visible.length === 4 && visible.every((side) => side.width === first.width && side.colour === first.colour && side.lineStyle === first.lineStyle);
  if (isUniform) {
    const inset = first.width / 2;
    drawing.nodes.push({
      name: 'rect',
      attributes: { x: box.left + inset, y: box.top + inset, width: width - first.width, height: height - first.width, rx: radius ? Math.max(0, radius - inset) : undefined, fill: 'none', stroke: first.colour, 'stroke-width': first.width, 'stroke-dasharray': first.lineStyle === 'dashed' ? `${String(first.width * 3)} ${String(first.width * 2)}` : undefined },
    });
    return;
  }
  for (const side of visible) {
    const inset = side.width / 2;
    const [x1, y1, x2, y2] =
      side.side === 'Top' ? [box.left, box.top + inset, box.right, box.top + inset] : side.side === 'Bottom' ? [box.left, box.bottom - inset, box.right, box.bottom - inset] : side.side === 'Left' ? [box.left + inset, box.top, box.left + inset, box.bottom] : [box.right - inset, box.top, box.right - inset, box.bottom];
    drawing.nodes.push({ name: 'line', attributes: { x1, y1, x2, y2, stroke: side.colour, 'stroke-width': side.width, 'stroke-dasharray': side.lineStyle === 'dashed' ? `${String(side.width * 3)} ${String(side.width * 2)}` : undefined } });
  }
}

/** The font, colour and spacing attributes of text in `style`. */
function getTextAttributes(style: CSSStyleDeclaration): Record<string, string | undefined> {
  return {
    'font-family': style.fontFamily,
    'font-size': style.fontSize,
    'font-weight': style.fontWeight === '400' ? undefined : style.fontWeight,
    'font-style': style.fontStyle === 'normal' ? undefined : style.fontStyle,
    'letter-spacing': style.letterSpacing === 'normal' ? undefined : style.letterSpacing,
    'text-decoration': style.textDecorationLine.includes('underline') ? 'underline' : undefined,
    fill: style.color,
  };
}

function transformText(text: string, transform: string): string {
  if (transform === 'uppercase') return text.toUpperCase();
  if (transform === 'lowercase') return text.toLowerCase();
  return text;
}

/** The boxes of the words of a text node as laid out; a word cut across lines becomes one box per piece. */
function getWordBoxes(node: Text, range: Range): WordBox[] {
  const boxes: WordBox[] = [];
  for (const match of node.data.matchAll(/\S+/gu)) {
    const start = match.index;
    range.setStart(node, start);
    range.setEnd(node, start + match[0].length);
    const rects = range.getClientRects();
    // \S+ is maximal, so anything before a word inside its text node is white space.
    const spaceBefore = start > 0;
    const [only] = rects;
    if (rects.length === 1 && only) {
      boxes.push({ text: match[0], spaceBefore, left: only.left, right: only.right, top: only.top, bottom: only.bottom });
      continue;
    }
    // Cut across lines (a long URL): one box per character, which groupIntoLines glues back into pieces.
    let offset = start;
    for (const character of match[0]) {
      range.setStart(node, offset);
      range.setEnd(node, offset + character.length);
      const rect = range.getBoundingClientRect();
      if (rect.width > 0 || rect.height > 0) boxes.push({ text: character, spaceBefore: offset === start && spaceBefore, left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom });
      offset += character.length;
    }
  }
  return boxes;
}

/** A text node's lines as <text> elements, where the browser put them. */
function drawText(drawing: Drawing, node: Text, style: CSSStyleDeclaration, range: Range): void {
  if (node.data.trim() === '') return;
  const ascent = getAscent(style);
  const attributes = getTextAttributes(style);
  for (const line of groupIntoLines(getWordBoxes(node, range))) {
    const box = toPicture(drawing, { left: line.left, top: line.top, right: line.left, bottom: line.bottom });
    drawing.nodes.push({ name: 'text', attributes: { x: box.left, y: box.top + ascent, ...attributes }, children: [transformText(line.text, style.textTransform)] });
    extend(drawing, box);
  }
}

/** The top of the first line of text inside `element`, for placing its list marker beside it. */
function getFirstLineTop(element: Element, range: Range): number | undefined {
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT, { acceptNode: (node) => (node.textContent?.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP) });
  const text = walker.nextNode();
  if (!text) return undefined;
  range.selectNodeContents(text);
  return range.getClientRects()[0]?.top;
}

/** A list item's number or bullet, right-aligned just left of the item as the browser draws it. */
function drawListMarker(drawing: Drawing, element: Element, style: CSSStyleDeclaration, box: Box, range: Range): void {
  const type = style.listStyleType;
  if (type === 'none' || style.listStylePosition !== 'outside') return;
  let marker = LIST_MARKERS[type];
  if (type === 'decimal') {
    const list = element.parentElement;
    const start = list instanceof HTMLOListElement ? list.start : 1;
    const position = list ? [...list.children].filter((child) => child.tagName === 'LI').indexOf(element) : 0;
    marker = `${String(start + position)}.`;
  }
  const top = getFirstLineTop(element, range);
  if (marker === undefined || top === undefined) return;
  const fontSize = Number.parseFloat(style.fontSize) || 16;
  drawing.nodes.push({ name: 'text', attributes: { x: box.left - fontSize * 0.4, y: top - drawing.originY + getAscent(style), 'text-anchor': 'end', ...getTextAttributes(style) }, children: [marker] });
}

/** An SVG already on the page (a chart, an icon), its styles written on each element, placed at its box. */
function drawSvg(drawing: Drawing, svg: SVGSVGElement, box: Box): void {
  const clone = cloneWithoutStyle(svg);
  inlineComputedStyles(svg, clone, (element) => getComputedStyle(element));
  for (const name of ['id', 'aria-labelledby', 'aria-describedby', 'tabindex', 'focusable']) clone.removeAttribute(name);
  for (const [name, value] of [['x', box.left], ['y', box.top], ['width', box.right - box.left], ['height', box.bottom - box.top]] as const) clone.setAttribute(name, String(value));
  if (!clone.hasAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${String(box.right - box.left)} ${String(box.bottom - box.top)}`);
  drawing.nodes.push({ markup: new XMLSerializer().serializeToString(clone) });
}

/** An image as an <image> with its data: URL (persona photos are stored as data: URLs; others are drawn to one). */
function drawImage(drawing: Drawing, image: HTMLImageElement, style: CSSStyleDeclaration, box: Box): void {
  let href = image.currentSrc || image.src;
  if (!href.startsWith('data:')) {
    try {
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      canvas.getContext('2d')?.drawImage(image, 0, 0);
      href = canvas.toDataURL('image/png');
    } catch {
      return; // An image the page may show but not read (another origin): left out rather than fetched again.
    }
  }
  const fit = style.objectFit === 'cover' ? 'xMidYMid slice' : style.objectFit === 'fill' ? 'none' : 'xMidYMid meet';
  drawing.nodes.push({ name: 'image', attributes: { href, x: box.left, y: box.top, width: box.right - box.left, height: box.bottom - box.top, preserveAspectRatio: fit } });
}

function drawElement(drawing: Drawing, element: Element, range: Range): void {
  if (element.matches(SKIPPED)) return;
  const style = getComputedStyle(element);
  if (style.display === 'none') return;
  const rect = element.getBoundingClientRect();
  if (isHiddenFromSight(style, rect)) return;
  const box = toPicture(drawing, rect);
  if (rect.width > 0 && rect.height > 0 && style.display !== 'contents') {
    extend(drawing, box);
    if (element instanceof SVGSVGElement) return drawSvg(drawing, element, box);
    if (element instanceof HTMLImageElement) return drawImage(drawing, element, style, box);
    drawBox(drawing, style, box);
  }
  if (style.display === 'list-item') drawListMarker(drawing, element, style, box, range);
  for (const child of element.childNodes) {
    if (child instanceof Text) drawText(drawing, child, style, range);
    else if (child instanceof Element) drawElement(drawing, child, range);
  }
}

/**
 * Each part drawn on its own, in coordinates from its own top-left corner, with how far its drawing reaches
 * (a scrolled-sideways map reaches past its box).
 *
 * @param parts elements on the page, laid out
 * @returns per part, its SVG nodes and their extent
 */
export function drawParts(parts: readonly Element[]): { readonly nodes: SvgNode[]; readonly extent: Box }[] {
  const range = document.createRange();
  const drawn = parts.map((part) => {
    const rect = part.getBoundingClientRect();
    const drawing: Drawing = { nodes: [], originX: rect.left, originY: rect.top, extent: { left: 0, top: 0, right: rect.width, bottom: rect.height } };
    drawElement(drawing, part, range);
    return { nodes: drawing.nodes, extent: drawing.extent };
  });
  range.detach();
  return drawn;
}

