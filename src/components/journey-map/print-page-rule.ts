/** The paper sizes a journey map prints on, always landscape. */
export const PAPER_SIZES = ['A4', 'A3'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/**
 * The @page rule the builder writes into its own <style> element for the chosen paper. The content security
 * policy allows that element by hash, one per paper size (see pages/tools/journey-map.astro), so the text must
 * come from here and nowhere else.
 */
export function getPrintPageRule(paper: PaperSize): string {
  return `@page { size: ${paper} landscape; margin: 10mm; }`;
}
