/**
 * Pictures of the page as files, shared by every tool: an SVG that looks the same outside the page (its colours,
 * lines and fonts written on each element, since the site's stylesheet does not travel with it), and a PNG drawn
 * from that SVG on a canvas. Used for a chart on its own (the survey workbench) and for the charts inside a
 * composed picture (compose-picture.ts). Everything happens in the browser: the PNG is made from a blob: URL,
 * which the content security policy's `img-src 'self' data: blob:` allows; nothing is requested from anywhere.
 */
import { slugForFileName } from '../../lib/portable/export-file.ts';
import { downloadBlob, downloadText } from './download-text.ts';

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';
/** The presentation properties a chart's stylesheet sets, copied onto each element as attributes. */
const PAINT_PROPERTIES = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linecap', 'stroke-linejoin', 'stroke-opacity', 'opacity'] as const;
const TEXT_PROPERTIES = ['font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor'] as const;
/** Room above the chart for its caption, so the file says what it shows. */
const CAPTION_HEIGHT = 28;
/** White space around everything, so nothing touches the file's edge. */
const MARGIN = 12;
const CAPTION_FONT_SIZE = 14;
const FILE_NAME_LENGTH = 60;
/** PNG pixels per SVG unit: twice the size, sharp on high-density screens and in slides. */
export const PNG_SCALE = 2;

/** The reading of an element's style: `getComputedStyle` in a browser; replaceable in tests. */
export type ReadStyle = (element: Element) => Pick<CSSStyleDeclaration, 'getPropertyValue'>;

/** A picture ready to save: its SVG text and its size in SVG units (the PNG is this times its scale). */
export type SerialisedPicture = { readonly svg: string; readonly width: number; readonly height: number };

/** A chart ready to save: its SVG text and its size in SVG units (the PNG is this times PNG_SCALE). */
export type SerialisedChart = { readonly svg: string; readonly width: number; readonly height: number };

/** The width and height of the chart's viewBox (what the file's width and height become). */
function getViewBoxSize(svg: SVGSVGElement): { readonly width: number; readonly height: number } {
  const [, , width, height] = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  const isSize = (value: number | undefined): value is number => value !== undefined && Number.isFinite(value) && value > 0;
  return { width: isSize(width) ? width : 640, height: isSize(height) ? height : 320 };
}

/** Properties an SVG element does not inherit: written whenever they are not their initial value. */
const NOT_INHERITED: Readonly<Record<string, string>> = { opacity: '1' };

/**
 * Copy the computed presentation properties of `source` and its descendants onto `target` (its clone) as
 * attributes, and drop the classes, which mean nothing outside the page. An inherited property is written
 * only where it differs from the parent's, since the file inherits it the same way: a smaller file.
 */
export function inlineComputedStyles(source: Element, target: Element, readStyle: ReadStyle, parent: ReadonlyMap<string, string> = new Map()): void {
  const style = readStyle(source);
  const values = new Map<string, string>();
  for (const property of [...PAINT_PROPERTIES, ...TEXT_PROPERTIES]) {
    const value = style.getPropertyValue(property).trim();
    if (value === '') continue;
    values.set(property, value);
    const initial = NOT_INHERITED[property];
    const isNeeded = initial === undefined ? parent.get(property) !== value : value !== initial;
    if (isNeeded) target.setAttribute(property, value);
  }
  target.removeAttribute('class');
  const targetChildren = [...target.children];
  [...source.children].forEach((child, index) => {
    const twin = targetChildren[index];
    if (twin) inlineComputedStyles(child, twin, readStyle, values);
  });
}

/**
 * Switch the colour scheme `element` resolves its colours in, and finish the colour transitions that starts at once.
 * With reduced motion the site gives every element a 0.01 ms transition (global.css), and while one runs
 * getComputedStyle reports the colour it starts from, the dark one: seen in Chromium 2026-12.
 */
function setColorSchemeAtOnce(element: HTMLElement | SVGElement, scheme: string): void {
  element.style.colorScheme = scheme;
  // Reading a computed style starts the transitions the change causes; finishing them puts every colour at its end.
  void getComputedStyle(element).colorScheme;
  if (typeof element.getAnimations === 'function') for (const animation of element.getAnimations({ subtree: true })) animation.finish();
}

/**
 * Whether `element` resolves light-dark() colours as light now: its color-scheme is light only, or offers light
 * and the reader's system asks for light (the site's "light dark" default follows prefers-color-scheme).
 */
function isShownLight(element: Element): boolean {
  const scheme = getComputedStyle(element).colorScheme;
  if (!scheme.includes('dark')) return true;
  if (!scheme.includes('light')) return false;
  return typeof window.matchMedia === 'function' && !window.matchMedia('(prefers-color-scheme: dark)').matches;
}

/**
 * A deep copy of an element without its style attributes. `cloneNode` copies style="" too (left by styles the
 * page set through the CSSOM), and the content security policy refuses to apply it to the copy: one violation per
 * element. The copy's look comes from the computed styles written on it as attributes (`inlineComputedStyles`),
 * so nothing is lost; its tree matches the original's node for node.
 *
 * @param element what to copy
 * @returns the copy, in the same document, not attached
 */
export function cloneWithoutStyle<T extends Element>(element: T): T {
  const copy = element.ownerDocument.createElementNS(element.namespaceURI, element.tagName.includes(':') ? element.tagName : element.localName) as T;
  for (const attribute of element.attributes) {
    if (attribute.name !== 'style') copy.setAttributeNS(attribute.namespaceURI, attribute.name, attribute.value);
  }
  for (const child of element.childNodes) copy.append(child instanceof Element ? cloneWithoutStyle(child) : child.cloneNode(false));
  return copy;
}

/**
 * Run `read` while `element` and everything in it resolve light-dark() colours as the light theme, then put the
 * theme back, in the same task (nothing is painted in between, so the page never flickers). Through the CSSOM,
 * which the content security policy allows; setAttribute('style', …) it refuses.
 *
 * @param element the element whose colour scheme is switched (the <html> element for a whole page)
 * @param read what to read in light colours
 * @returns what `read` returned
 */
export function readInLightColours<T>(element: HTMLElement | SVGElement, read: () => T): T {
  // Switching the scheme restyles the whole page twice (20–100 ms measured): only when it is shown dark.
  if (isShownLight(element)) return read();
  const hadStyle = element.hasAttribute('style');
  const previousScheme = element.style.colorScheme;
  setColorSchemeAtOnce(element, 'light');
  try {
    return read();
  } finally {
    setColorSchemeAtOnce(element, previousScheme);
    // Leave the element as it was rendered, without an empty style="" behind.
    if (!hadStyle && element.style.length === 0) element.removeAttribute('style');
  }
}

/**
 * The chart's <svg> as a stand-alone SVG file: xmlns, width and height, a <title> with the caption, a white
 * background, the caption written above the chart, and every colour, line and font resolved from the page's
 * stylesheet (in the light theme, whatever theme the page shows, since the background is white).
 *
 * @param svg the chart's <svg> element, in the document
 * @param caption what the chart shows; its title and the line above it
 * @param readStyle how to read an element's computed style (default getComputedStyle)
 * @returns the SVG text and its size
 */
export function serialiseChart(svg: SVGSVGElement, caption: string, readStyle: ReadStyle = (element) => getComputedStyle(element)): SerialisedChart {
  const chartSize = getViewBoxSize(svg);
  const width = chartSize.width + 2 * MARGIN;
  const height = chartSize.height + CAPTION_HEIGHT + 2 * MARGIN;
  // light-dark() colours resolve by the element's colour scheme: read them as the light theme for a white page.
  const clone = cloneWithoutStyle(svg);
  readInLightColours(svg, () => inlineComputedStyles(svg, clone, readStyle));
  const document = svg.ownerDocument;
  const root = document.createElementNS(SVG_NAMESPACE, 'svg');
  // As a namespace declaration, not a plain attribute: jsdom's serializer would otherwise write xmlns twice.
  root.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns', SVG_NAMESPACE);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${String(width)} ${String(height)}`);
  for (const name of ['role', 'aria-label', 'font-family', 'font-size', 'font-weight']) {
    const value = clone.getAttribute(name);
    if (value !== null) root.setAttribute(name, value);
  }
  const title = document.createElementNS(SVG_NAMESPACE, 'title');
  title.textContent = caption;
  const background = document.createElementNS(SVG_NAMESPACE, 'rect');
  for (const [name, value] of [['width', '100%'], ['height', '100%'], ['fill', '#ffffff']] as const) background.setAttribute(name, value);
  const heading = document.createElementNS(SVG_NAMESPACE, 'text');
  for (const [name, value] of [['x', String(MARGIN)], ['y', String(MARGIN + CAPTION_FONT_SIZE + 2)], ['font-size', `${String(CAPTION_FONT_SIZE)}px`], ['font-weight', '600'], ['fill', '#1d1c1a']] as const) heading.setAttribute(name, value);
  heading.textContent = caption;
  const body = document.createElementNS(SVG_NAMESPACE, 'g');
  body.setAttribute('transform', `translate(${String(MARGIN)} ${String(MARGIN + CAPTION_HEIGHT)})`);
  body.append(...clone.childNodes);
  root.append(title, background, heading, body);
  return { svg: new XMLSerializer().serializeToString(root), width, height };
}

/**
 * A file name for a picture: its name as a slug, `fallback` when nothing is left (a name in another script),
 * and the extension.
 *
 * @example getPictureFileName('Persona Ana', 'png', 'persona') // 'persona-ana.png'
 */
export function getPictureFileName(name: string, extension: 'svg' | 'png', fallback = 'picture'): string {
  return `${slugForFileName(name, FILE_NAME_LENGTH) || fallback}.${extension}`;
}

/** The file name for a chart: its caption as a slug, "chart" when nothing is left, and the extension. */
export function getChartFileName(caption: string, extension: 'svg' | 'png'): string {
  return getPictureFileName(caption, extension, 'chart');
}

/**
 * Draw an SVG onto a canvas at `scale` times its size and return it as a PNG. The only part that needs a real
 * browser (jsdom has no canvas or image decoding), so it is kept this thin.
 *
 * @param chart a serialised picture or chart
 * @param scale pixels per SVG unit (default PNG_SCALE)
 * @returns the PNG
 * @throws if the browser cannot load the SVG as an image or give the canvas back as a PNG
 */
export async function renderPicturePng(chart: SerialisedPicture, scale = PNG_SCALE): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([chart.svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image(chart.width, chart.height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(chart.width * scale);
    canvas.height = Math.round(chart.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('renderPicturePng requires a 2D canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('renderPicturePng could not encode a PNG'))), 'image/png');
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Save the chart as an SVG file named after its caption. */
export function downloadChartSvg(svg: SVGSVGElement, caption: string): void {
  downloadText(getChartFileName(caption, 'svg'), serialiseChart(svg, caption).svg, 'image/svg+xml');
}

/** Save the chart as a PNG file (twice its size) named after its caption. */
export async function downloadChartPng(svg: SVGSVGElement, caption: string): Promise<void> {
  const png = await renderPicturePng(serialiseChart(svg, caption));
  downloadBlob(getChartFileName(caption, 'png'), png);
}
