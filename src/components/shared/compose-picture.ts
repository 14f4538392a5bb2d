/**
 * A picture of parts of the page (a persona card, a journey map, assessment results) as an SVG sized for a slide
 * or a page of A4, drawn from the boxes the browser laid out: each visible box's background and border as a
 * rect, each line of text as a real <text> element in its computed font and colour, images as <image>, and
 * charts that are already SVG embedded with their styles written on each element. Not a screenshot and not a
 * foreignObject, so the text stays text (searchable, selectable, sharp at any size) and the file opens in any
 * SVG viewer. Colours are read in the light theme (see readInLightColours).
 */
import { arrangeParts } from '../../lib/picture/arrange-parts.ts';
import { DEFAULT_MAX_SCALE, fitIntoFrame } from '../../lib/picture/fit-into-frame.ts';
import { groupIntoLines, type WordBox } from '../../lib/picture/group-into-lines.ts';
import type { PictureFormat } from '../../lib/picture/page-formats.ts';
import { formatSvgNumber, renderSvgDocument, type SvgElement, type SvgNode } from '../../lib/picture/svg-markup.ts';
import { wrapText } from '../../lib/picture/wrap-text.ts';
import { inlineComputedStyles, readInLightColours, type SerialisedPicture } from './picture-export.ts';

/** What never goes into a picture: controls, what the page leaves out of print, and the export buttons. */
const SKIPPED = 'button, input, select, textarea, script, style, template, noscript, [data-print-hidden], [data-picture-skip], .picture-export';
/** Space between two parts in one picture (the map canvas above its emotion curve). */
const PART_GAP = 24;
/** The footer line in the bottom margin: the picture's title and where it came from. */
const FOOTER_FONT_SIZE_SHARE = 0.3;
const LIST_MARKERS: Readonly<Record<string, string>> = { disc: '•', circle: '◦', square: '▪' };

interface Box {
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

const measuringContext = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');

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
  if (measuringContext) {
    measuringContext.font = font;
    const measured = measuringContext.measureText('Hg').fontBoundingBoxAscent;
    if (Number.isFinite(measured) && measured > 0) ascent = measured;
  }
  ascentByFont.set(font, ascent);
  return ascent;
}

/** Whether a CSS colour paints anything: not "transparent" and not fully transparent rgba. */
function isPainted(colour: string): boolean {
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
  const clone = svg.cloneNode(true) as SVGSVGElement;
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

/** Scroll containers inside the parts back at their start while drawing, so a wide map is drawn whole from stage 1. */
function withScrollAtStart<T>(parts: readonly Element[], draw: () => T): T {
  const scrolled = parts.flatMap((part) => [part, ...part.querySelectorAll('*')]).filter((element) => element.scrollLeft !== 0 || element.scrollTop !== 0);
  const positions = scrolled.map((element) => [element.scrollLeft, element.scrollTop] as const);
  for (const element of scrolled) element.scrollTo(0, 0);
  try {
    return draw();
  } finally {
    scrolled.forEach((element, index) => element.scrollTo(...(positions[index] ?? [0, 0])));
  }
}

/** How much wider than on screen a lone part may be laid out for the picture, tried in this order. */
const WIDTH_FACTORS = [1, 1.5, 2, 2.5, 3] as const;
/** Never wider than this, in CSS pixels: past it, lines of text get too long to read on a slide. */
const MAX_PART_WIDTH = 1600;

/**
 * A lone part (a persona card in a narrow preview column) laid out wider while it is drawn, at the width that
 * lets it fill the page best: a tall narrow card on a wide slide would otherwise be drawn tiny. The width is set
 * through the CSSOM (which the content security policy allows) and put back in the same task, so nothing
 * on screen moves.
 */
function withBestWidth<T>(parts: readonly Element[], format: PictureFormat, draw: () => T): T {
  const [part] = parts;
  if (parts.length !== 1 || !(part instanceof HTMLElement)) return draw();
  const screenWidth = part.getBoundingClientRect().width;
  if (screenWidth <= 0) return draw();
  const hadStyle = part.hasAttribute('style');
  const saved = (['width', 'max-width'] as const).map((property) => [property, part.style.getPropertyValue(property), part.style.getPropertyPriority(property)] as const);
  const setWidth = (width: number) => {
    part.style.setProperty('width', `${String(width)}px`, 'important');
    part.style.setProperty('max-width', 'none', 'important');
  };
  try {
    let bestWidth = screenWidth;
    let bestScale = fitIntoFrame(part.getBoundingClientRect(), format, format.margin, Number.POSITIVE_INFINITY).scale;
    for (const factor of WIDTH_FACTORS.slice(1)) {
      const width = Math.round(screenWidth * factor);
      if (width > Math.max(MAX_PART_WIDTH, screenWidth)) break;
      setWidth(width);
      const scale = fitIntoFrame(part.getBoundingClientRect(), format, format.margin, Number.POSITIVE_INFINITY).scale;
      if (scale > bestScale) {
        bestScale = scale;
        bestWidth = width;
      }
    }
    setWidth(bestWidth);
    return draw();
  } finally {
    for (const [property, value, priority] of saved) {
      if (value === '') part.style.removeProperty(property);
      else part.style.setProperty(property, value, priority);
    }
    if (!hadStyle && part.style.length === 0) part.removeAttribute('style');
  }
}

/** Each part drawn on its own, in coordinates from its own top-left corner, with how far its drawing reaches. */
function drawParts(parts: readonly Element[]): { readonly nodes: SvgNode[]; readonly extent: Box }[] {
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

export interface ComposedPicture extends SerialisedPicture {
  /** What the file says it shows. */
  readonly title: string;
}

/**
 * Compose a picture of `parts` (stacked in the order given) for `format`: the page's background, the parts
 * scaled to fit inside the margins and centred, and a footer line with the title in the bottom margin.
 *
 * @param parts elements on the page, laid out and visible
 * @param title what the picture shows ("Persona card: Ana"): the file's <title> and its footer
 * @param format the page size
 * @returns the SVG text and its size (the format's)
 */
export function composePicture(parts: readonly Element[], title: string, format: PictureFormat): ComposedPicture {
  const root = document.documentElement;
  const { drawn, background, footerStyle } = readInLightColours(root, () => {
    const bodyStyle = getComputedStyle(document.body);
    return {
      drawn: withBestWidth(parts, format, () => withScrollAtStart(parts, () => drawParts(parts))),
      background: isPainted(bodyStyle.backgroundColor) ? bodyStyle.backgroundColor : '#ffffff',
      footerStyle: { fontFamily: bodyStyle.fontFamily, color: bodyStyle.color },
    };
  });
  const arrangement = arrangeParts(
    drawn.map(({ extent }) => ({ width: extent.right - extent.left, height: extent.bottom - extent.top })),
    format,
    format.margin,
    PART_GAP,
  );
  const placement = fitIntoFrame(arrangement, format, format.margin, DEFAULT_MAX_SCALE);
  const placedParts: SvgElement[] = drawn.map(({ nodes, extent }, index) => {
    const offset = arrangement.offsets[index] ?? { x: 0, y: 0 };
    return { name: 'g', attributes: { transform: `translate(${formatSvgNumber(offset.x - extent.left)} ${formatSvgNumber(offset.y - extent.top)})` }, children: nodes };
  });
  const footerSize = Math.round(format.margin * FOOTER_FONT_SIZE_SHARE);
  const footerFont = `${String(footerSize)}px ${footerStyle.fontFamily}`;
  const measure = (text: string): number => {
    if (!measuringContext) return text.length * footerSize * 0.6;
    measuringContext.font = footerFont;
    return measuringContext.measureText(text).width;
  };
  const [footerLine = ''] = wrapText(title, format.width - 2 * format.margin, measure, 1);
  const content: SvgElement = {
    name: 'g',
    attributes: { transform: `translate(${formatSvgNumber(placement.x)} ${formatSvgNumber(placement.y)}) scale(${String(Math.round(placement.scale * 10_000) / 10_000)})` },
    children: placedParts,
  };
  const footer: SvgElement = {
    name: 'text',
    attributes: { x: format.margin, y: format.height - format.margin / 2 + footerSize / 3, 'font-family': footerStyle.fontFamily, 'font-size': `${String(footerSize)}px`, fill: footerStyle.color, opacity: 0.7 },
    children: [footerLine],
  };
  const svg = renderSvgDocument({
    width: format.width,
    height: format.height,
    widthAttribute: format.widthAttribute,
    heightAttribute: format.heightAttribute,
    title,
    children: [{ name: 'rect', attributes: { width: '100%', height: '100%', fill: background } }, content, footer],
  });
  return { svg, width: format.width, height: format.height, title };
}
