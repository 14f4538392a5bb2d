/**
 * The page sizes a picture for a slide deck or a handout is made at. Sizes are in CSS pixels (96 per inch), the
 * unit the site lays out in, so a picture composed from the page keeps its proportions; the physical size goes
 * into the SVG's width and height and the print page's @page rule.
 */

export const PICTURE_FORMAT_IDS = ['slide', 'a4-landscape', 'a4-portrait'] as const;
export type PictureFormatId = (typeof PICTURE_FORMAT_IDS)[number];

export interface PictureFormat {
  readonly id: PictureFormatId;
  /** What the person picks: "Slide (16:9)". */
  readonly label: string;
  /** A short word for file names and button labels: "slide", "A4". */
  readonly shortLabel: string;
  /** The picture's size in CSS pixels: the SVG's viewBox and, times pngScale, the PNG's pixels. */
  readonly width: number;
  readonly height: number;
  /** The SVG's width and height attributes: pixels for a screen, millimetres for paper. */
  readonly widthAttribute: string;
  readonly heightAttribute: string;
  /** The CSS @page size that prints the picture on one page of this size. */
  readonly pageSize: string;
  /** White space kept around the content, in CSS pixels. */
  readonly margin: number;
  /** PNG pixels per CSS pixel: a slide is already 1920 wide; paper gets twice, about 192 dots per inch. */
  readonly pngScale: number;
}

/** A4 is 297 × 210 mm: at 96 px per inch (25.4 mm), 1122.52 × 793.70 px, rounded to whole pixels. */
const A4_LONG = 1123;
const A4_SHORT = 794;
/** 10 mm at 96 px per inch, rounded: the usual print margin. */
const A4_MARGIN = 38;

/**
 * Every picture format by id. A slide is 1920 × 1080 px: 16:9, full HD, and 13.333 × 7.5 in at 144 px per inch,
 * the widescreen slide size of PowerPoint, Keynote and Google Slides.
 */
export const PICTURE_FORMATS: Readonly<Record<PictureFormatId, PictureFormat>> = {
  slide: {
    id: 'slide',
    label: 'Slide (16:9)',
    shortLabel: 'slide',
    width: 1920,
    height: 1080,
    widthAttribute: '1920',
    heightAttribute: '1080',
    pageSize: '13.333in 7.5in',
    margin: 48,
    pngScale: 1,
  },
  'a4-landscape': {
    id: 'a4-landscape',
    label: 'A4 landscape',
    shortLabel: 'A4',
    width: A4_LONG,
    height: A4_SHORT,
    widthAttribute: '297mm',
    heightAttribute: '210mm',
    pageSize: 'A4 landscape',
    margin: A4_MARGIN,
    pngScale: 2,
  },
  'a4-portrait': {
    id: 'a4-portrait',
    label: 'A4 portrait',
    shortLabel: 'A4',
    width: A4_SHORT,
    height: A4_LONG,
    widthAttribute: '210mm',
    heightAttribute: '297mm',
    pageSize: 'A4 portrait',
    margin: A4_MARGIN,
    pngScale: 2,
  },
};

/**
 * The format with this id, or undefined for anything else (a stored or typed value is checked, never trusted).
 *
 * @example getPictureFormat('slide')?.width // 1920
 * @example getPictureFormat('letter') // undefined
 */
export function getPictureFormat(id: unknown): PictureFormat | undefined {
  return typeof id === 'string' && (PICTURE_FORMAT_IDS as readonly string[]).includes(id) ? PICTURE_FORMATS[id as PictureFormatId] : undefined;
}

/**
 * The PNG's size in pixels for a format: its CSS size times its scale, rounded.
 *
 * @example getPngSize(PICTURE_FORMATS['a4-landscape']) // { width: 2246, height: 1588 }
 */
export function getPngSize(format: PictureFormat): { readonly width: number; readonly height: number } {
  return { width: Math.round(format.width * format.pngScale), height: Math.round(format.height * format.pngScale) };
}
