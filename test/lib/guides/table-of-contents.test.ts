import { describe, expect, it } from 'vitest';
import { buildTableOfContents } from '../../../src/lib/guides/table-of-contents';

describe('buildTableOfContents', () => {
  it('nests ### headings under the ## before them and drops deeper ones', () => {
    const toc = buildTableOfContents([
      { depth: 2, slug: 'what', text: 'What' },
      { depth: 3, slug: 'why', text: 'Why' },
      { depth: 4, slug: 'deep', text: 'Deep' },
      { depth: 2, slug: 'how', text: 'How' },
    ]);
    expect(toc).toEqual([
      { slug: 'what', text: 'What', children: [{ slug: 'why', text: 'Why' }] },
      { slug: 'how', text: 'How', children: [] },
    ]);
  });

  it('keeps a ### that comes before any ## as an entry of its own', () => {
    expect(buildTableOfContents([{ depth: 3, slug: 'intro', text: 'Intro' }])).toEqual([
      { slug: 'intro', text: 'Intro', children: [] },
    ]);
  });

  it('a guide without headings has an empty table of contents', () => {
    expect(buildTableOfContents([])).toEqual([]);
  });
});
