/**
 * Every table in a guide goes in a box that scrolls sideways on a narrow screen and can be scrolled from the
 * keyboard (a focusable region named after the table, WCAG 2.1.1; axe's `scrollable-region-focusable`), as the
 * assessment's TableScroll does for its own tables. A hast plugin for Astro's Markdown processor (Sätteri),
 * which MDX uses too.
 */

import type { HastPluginDefinition } from 'satteri';

/** The part of a hast tree this reads: elements, and MDX's JSX elements (`<table>` written in a guide). */
export type HastNode = {
  readonly type: string;
  readonly tagName?: string;
  /** A JSX element's name (`mdxJsxFlowElement`). */
  readonly name?: string | null;
  readonly value?: string;
  readonly children?: readonly HastNode[];
};

const HEADING = /^h[2-6]$/;

/** The element's tag, for hast elements and MDX's JSX ones alike; null for anything else. */
function getTag(node: HastNode): string | null {
  if (node.type === 'element') return node.tagName ?? null;
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') return node.name ?? null;
  return null;
}

function getText(node: HastNode): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(getText).join('');
}

/**
 * Each table of a page with the name its scroll box gets: its caption, else the heading above it
 * ("Table: Maturity levels"), else "Table".
 *
 * @param root the page's hast tree
 * @returns the tables in document order, with their names
 * @example findTables(root) // [{ table, label: 'Table: Maturity levels' }]
 */
export function findTables(root: HastNode): { readonly table: HastNode; readonly label: string }[] {
  const found: { table: HastNode; label: string }[] = [];
  let heading: string | null = null;
  const walk = (node: HastNode): void => {
    for (const child of node.children ?? []) {
      const tag = getTag(child);
      if (tag === null) continue;
      if (HEADING.test(tag)) heading = getText(child).trim() || heading;
      if (tag === 'table') {
        const caption = child.children?.find((part) => getTag(part) === 'caption');
        const name = caption ? getText(caption).trim() : heading;
        found.push({ table: child, label: name ? `Table: ${name}` : 'Table' });
      } else walk(child);
    }
  };
  walk(root);
  return found;
}

/** The properties of the box a table is wrapped in: a focusable region with the table's name. */
export function getScrollBoxProperties(label: string): { className: string[]; role: string; tabIndex: number; ariaLabel: string } {
  return { className: ['table-scroll'], role: 'region', tabIndex: 0, ariaLabel: label };
}

/** The plugin, for `satteri({ hastPlugins })` in astro.config.mjs. */
export const tableScrollPlugin: HastPluginDefinition = {
  name: 'touchpoint-table-scroll',
  after(root, context) {
    for (const { table, label } of findTables(root)) {
      context.wrapNode(table as Parameters<typeof context.wrapNode>[0], { type: 'element', tagName: 'div', properties: getScrollBoxProperties(label), children: [] });
    }
  },
};
