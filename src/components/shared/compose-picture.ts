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
import type { PictureFormat } from '../../lib/picture/page-formats.ts';
import { formatSvgNumber, renderSvgDocument, type SvgElement } from '../../lib/picture/svg-markup.ts';
import { wrapText } from '../../lib/picture/wrap-text.ts';
import { drawParts, getMeasuringContext, isPainted } from './draw-page-boxes.ts';
import { readInLightColours, type SerialisedPicture } from './picture-export.ts';

/** Space between two parts in one picture (the map canvas above its emotion curve). */
const PART_GAP = 24;
/** The footer line in the bottom margin: the picture's title and where it came from. */
const FOOTER_FONT_SIZE_SHARE = 0.3;

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
  const context = getMeasuringContext();
  const measure = (text: string): number => {
    // Without a canvas, a generous average advance of 0.6 em per character.
    if (!context) return text.length * footerSize * 0.6;
    context.font = footerFont;
    return context.measureText(text).width;
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
