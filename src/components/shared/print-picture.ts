/**
 * Print one picture on one page of its own size: the way to a one-page PDF ("Save as PDF" in the print dialog).
 * The picture's SVG goes into a container that only print shows, a class on <html> hides everything else in
 * print (picture-export.css), and the page size comes from an @page rule in a constructed stylesheet: the
 * content security policy forbids a runtime <style> element and style="" attributes, not the CSSOM.
 */
import type { PictureFormat } from '../../lib/picture/page-formats.ts';

const PRINTING_CLASS = 'picture-printing';
const CONTAINER_CLASS = 'picture-print';

let cleanUp: (() => void) | undefined;

/**
 * The @page rule that prints a picture of `format` on one page, edge to edge (the picture has its own margins).
 *
 * @example getPicturePageRule(PICTURE_FORMATS.slide) // '@page { size: 13.333in 7.5in; margin: 0; }'
 */
export function getPicturePageRule(format: PictureFormat): string {
  return `@page { size: ${format.pageSize}; margin: 0; }`;
}

/**
 * Open the print dialog for `svg` alone, on one page sized for `format`. Everything is put back when printing
 * ends (afterprint), or when another picture is printed first.
 *
 * @param svg the picture's SVG text (from composePicture)
 * @param format its page size
 */
export function printPicture(svg: string, format: PictureFormat): void {
  cleanUp?.();
  const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
  if (parsed.querySelector('parsererror')) throw new Error('printPicture was given SVG that does not parse');
  const container = document.createElement('div');
  container.className = CONTAINER_CLASS;
  container.append(document.importNode(parsed.documentElement, true));
  document.body.append(container);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(getPicturePageRule(format));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  document.documentElement.classList.add(PRINTING_CLASS);
  const finish = () => {
    container.remove();
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((candidate) => candidate !== sheet);
    document.documentElement.classList.remove(PRINTING_CLASS);
    window.removeEventListener('afterprint', finish);
    cleanUp = undefined;
  };
  cleanUp = finish;
  window.addEventListener('afterprint', finish);
  window.print();
}
