import { describe, expect, it } from 'vitest';
import { escapeXml, formatSvgNumber, renderSvgDocument, renderSvgNode } from '../../../src/lib/picture/svg-markup.ts';

describe('escapeXml', () => {
  it('turns markup characters into entities', () => {
    expect(escapeXml('</text><script>alert("&")</script>')).toBe('&lt;/text&gt;&lt;script&gt;alert(&quot;&amp;&quot;)&lt;/script&gt;');
    expect(escapeXml("R&D's &amp;")).toBe('R&amp;D&apos;s &amp;amp;');
  });

  it('replaces characters XML cannot hold, keeps the ones it can', () => {
    expect(escapeXml('a\u0000b\u0008c\uFFFEd\uD800e')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe');
    expect(escapeXml('tab\there\nnew 😀 é')).toBe('tab\there\nnew 😀 é');
  });
});

describe('formatSvgNumber', () => {
  it('rounds to two decimals and never writes NaN, Infinity or -0', () => {
    expect(formatSvgNumber(1333.3333)).toBe('1333.33');
    expect(formatSvgNumber(2)).toBe('2');
    expect(formatSvgNumber(-0.001)).toBe('0');
    expect(formatSvgNumber(Number.NaN)).toBe('0');
    expect(formatSvgNumber(Number.NEGATIVE_INFINITY)).toBe('0');
  });
});

describe('renderSvgNode', () => {
  it('writes elements with escaped text and attributes', () => {
    expect(renderSvgNode({ name: 'text', attributes: { x: 4, y: 16.005, 'font-family': '"Segoe UI", sans-serif', skipped: undefined }, children: ['R&D'] })).toBe(
      '<text x="4" y="16.01" font-family="&quot;Segoe UI&quot;, sans-serif">R&amp;D</text>',
    );
    expect(renderSvgNode({ name: 'rect', attributes: { width: 5 } })).toBe('<rect width="5"/>');
  });

  it('drops attribute and element names that are not XML names (no way to smuggle markup in)', () => {
    expect(renderSvgNode({ name: 'g', attributes: { 'onload="x" a': '1', 'xml:space': 'preserve' }, children: ['ok'] })).toBe('<g xml:space="preserve">ok</g>');
    expect(renderSvgNode({ name: 'script><b', children: ['x'] })).toBe('');
  });

  it('places serialised markup as it is', () => {
    expect(renderSvgNode({ name: 'g', children: [{ markup: '<circle r="2"/>' }] })).toBe('<g><circle r="2"/></g>');
  });
});

describe('renderSvgDocument', () => {
  it('writes a file that parses, with its size, viewBox and hostile text as text', () => {
    const hostile = 'Ana </text><script>alert(1)</script> & co';
    const svg = renderSvgDocument({
      width: 1123,
      height: 794,
      widthAttribute: '297mm',
      heightAttribute: '210mm',
      title: hostile,
      children: [{ name: 'text', attributes: { x: 10, y: 20 }, children: [hostile] }],
    });
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="297mm" height="210mm" viewBox="0 0 1123 794"')).toBe(true);
    expect(svg).not.toContain('<script');
    // By hand: the text element holds the escaped text and nothing else.
    expect(svg).toContain('<text x="10" y="20">Ana &lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</text>');
  });

  it('uses the viewBox size as width and height when no unit is given', () => {
    expect(renderSvgDocument({ width: 1920, height: 1080, title: '', children: [] })).toContain('width="1920" height="1080" viewBox="0 0 1920 1080"');
  });
});
