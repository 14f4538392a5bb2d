import { describe, expect, it } from 'vitest';
import { findTables, getScrollBoxProperties, type HastNode } from '../../../src/lib/guides/table-scroll.ts';

const text = (value: string): HastNode => ({ type: 'text', value });
const element = (tagName: string, children: HastNode[] = []): HastNode => ({ type: 'element', tagName, children });

describe('findTables', () => {
  it('names every table by its caption, else the heading above it, nested ones and JSX ones included', () => {
    const first = element('table', [element('tr', [element('td', [text('a')])])]);
    const captioned = element('table', [element('caption', [text(' Levels ')]), element('tr')]);
    const nested = element('table');
    const jsx: HastNode = { type: 'mdxJsxFlowElement', name: 'table', children: [] };
    const root: HastNode = {
      type: 'root',
      children: [element('h2', [text('Maturity '), element('em', [text('levels')])]), first, element('h3', [text('Costs')]), captioned, element('aside', [nested]), jsx],
    };
    expect(findTables(root)).toEqual([
      { table: first, label: 'Table: Maturity levels' },
      { table: captioned, label: 'Table: Levels' },
      { table: nested, label: 'Table: Costs' },
      { table: jsx, label: 'Table: Costs' },
    ]);
  });

  it('names a table with no heading before it "Table", and finds none in a page without tables', () => {
    expect(findTables({ type: 'root', children: [element('table')] }).map((entry) => entry.label)).toEqual(['Table']);
    expect(findTables({ type: 'root', children: [element('p', [text('x')])] })).toEqual([]);
  });
});

describe('getScrollBoxProperties', () => {
  it('make a focusable, named region', () => {
    expect(getScrollBoxProperties('Table: Costs')).toEqual({ className: ['table-scroll'], role: 'region', tabIndex: 0, ariaLabel: 'Table: Costs' });
  });
});
