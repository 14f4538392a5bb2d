/** The level of a calculator's section headings: 2 on a tool page, 4 inside a guide (under the calculator's own h3 title). */
export type SectionHeadingLevel = 2 | 4;

/** The heading tag one level below a section heading. */
export function getSubheadingTag(level: SectionHeadingLevel): 'h3' | 'h5' {
  return level === 2 ? 'h3' : 'h5';
}
