import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, getMarkdownLines } from '../../../src/lib/text/markdown.ts';

/**
 * The escaper is checked by rendering, not by comparing strings: its output goes through two real renderers
 * (micromark with GFM, which has autolink literals and raw HTML allowed; markdown-it with HTML and linkify on)
 * and the HTML that comes out must hold no tag but the ones the surrounding Markdown makes, and read as the
 * input. The expected text is the input itself, with whitespace runs collapsed to one space and trimmed on
 * both sides (the escaper turns line breaks into spaces; HTML text keeps the rest).
 */
const markdownIt = new MarkdownIt({ html: true, linkify: true });
const RENDERERS = {
  'micromark + GFM': (source: string) => micromark(source, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] }),
  'markdown-it + linkify': (source: string) => markdownIt.render(source),
} as const;

/** Where exports put escaped text, and the tags that placement makes. */
const CONTEXTS = {
  paragraph: { wrap: (text: string) => text, tags: ['<p>', '</p>'] },
  'list item': { wrap: (text: string) => `- ${text}`, tags: ['<ul>', '</ul>', '<li>', '</li>'] },
  heading: { wrap: (text: string) => `## ${text}`, tags: ['<h2>', '</h2>'] },
  'table cell': {
    wrap: (text: string) => `| a | b |\n| --- | --- |\n| ${text} | x |`,
    tags: ['<table>', '</table>', '<thead>', '</thead>', '<tbody>', '</tbody>', '<tr>', '</tr>', '<th>', '</th>', '<td>', '</td>'],
  },
} as const;

function decodeHtmlText(html: string): string {
  return html.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The problems in one rendering: tags outside the context's own, or text that is not the input. */
function checkRendering(input: string, context: keyof typeof CONTEXTS, renderer: keyof typeof RENDERERS): string[] {
  const { wrap, tags } = CONTEXTS[context];
  const html = RENDERERS[renderer](wrap(escapeMarkdown(input)));
  const allowed = new Set<string>(tags);
  // A table renders "a", "b" and "x" around the cell, and empty cells may carry an align attribute in neither renderer.
  const problems = (html.match(/<[^>]*>/g) ?? []).filter((tag) => !allowed.has(tag)).map((tag) => `tag ${tag}`);
  const text = decodeHtmlText(html.replace(/<[^>]*>/g, ' '));
  const expected = context === 'table cell' ? `a b ${input.replaceAll('\0', '\uFFFD')} x` : input.replaceAll('\0', '\uFFFD');
  if (normaliseSpace(text) !== normaliseSpace(expected)) problems.push(`text ${JSON.stringify(normaliseSpace(text))}`);
  return problems;
}

const FRAGMENTS = [
  '<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '</p>', '<!--', '<a href="x">', '<http://a.b>', '<a@b.co>',
  'http://', 'https://', 'HTTP://', 'ftp://', '//', 'www.', 'www. ', 'www.1', 'www.example.com', '1.2.3.4', 'a.1', 'x.co', '.\u0301com', 'пример.рф', '127.0.0.1:8080/x', 'example.com', 'a.b', 'user@example.com',
  'mailto:', 'xmpp:', 'javascript:', '[a](javascript:alert(1))', '![x](y)', '[x]: http://a.b', '[^1]', '&amp;', '&#60;',
  '&lt;', '\\', '\\<', '*', '**', '_', '__', '`', '```', '~', '~~~', '#', '# ', '##', '- ', '+ ', '* ', '> ', '1. ', '1) ',
  '---', '===', '***', '|', ' | ', '[ ] ', ':', '.', '/', '@', '!', '(', ')', '{', '}', '$', '\n', '\r\n', '\r', '\n\n',
  '    ', '\t', '  ', '\0', '\u00a0', '\u2028', '\u3000', '\f', '\v', 'x', 'word', '42',
];
const markdownish = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 4 }), fc.string({ unit: 'grapheme', maxLength: 3 })), { maxLength: 14 })
  .map((parts) => parts.join(''));

describe('escapeMarkdown', () => {
  it('keeps the known attack as text in every renderer: a URL followed by an <img onerror> tag', () => {
    const attack = 'http://a.b/<img src=x onerror=alert(1)>';
    expect(escapeMarkdown(attack)).toBe('http\\:\\//a\\.b/&lt;img src=x onerror=alert(1)&gt;');
    for (const renderer of Object.keys(RENDERERS) as (keyof typeof RENDERERS)[]) {
      expect(RENDERERS[renderer](escapeMarkdown(attack)).trim()).toBe('<p>http://a.b/&lt;img src=x onerror=alert(1)&gt;</p>');
    }
  });

  it('turns HTML into entities and escapes inline formatting, links and table pipes', () => {
    expect(escapeMarkdown('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeMarkdown('*bold* _it_ `code` [link](x) ![img](y) a|b ~s~ &amp;')).toBe(
      '\\*bold\\* \\_it\\_ \\`code\\` \\[link\\](x) !\\[img\\](y) a\\|b \\~s\\~ &amp;amp;',
    );
    expect(escapeMarkdown('a\\b')).toBe('a\\\\b');
    expect(escapeMarkdown('Bob #1 = best')).toBe('Bob \\#1 = best');
    expect(escapeMarkdown('=== =')).toBe('\\=== =');
  });

  it('breaks bare URLs, domains and e-mail addresses but leaves sentence punctuation alone', () => {
    expect(escapeMarkdown('www.example.com')).toBe('www\\.example\\.com');
    expect(escapeMarkdown('ann@example.com')).toBe('ann\\@example\\.com');
    expect(escapeMarkdown('Done. Next... and/or 24/7, 45.96%')).toBe('Done. Next... and/or 24/7, 45.96%');
    expect(escapeMarkdown('www. www.1 WWW.x')).toBe('www\\. www\\.1 WWW\\.x');
    expect(escapeMarkdown('пример.рф')).toBe('пример\\.рф');
  });

  it('escapes a leading list, heading or quote marker and keeps one line', () => {
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('+ item')).toBe('\\+ item');
    expect(escapeMarkdown('# Title')).toBe('\\# Title');
    expect(escapeMarkdown('> quote')).toBe('&gt; quote');
    expect(escapeMarkdown('1. first')).toBe('1\\. first');
    expect(escapeMarkdown('2) second')).toBe('2\\) second');
    expect(escapeMarkdown('  two\r\n  lines\n\n\rthree  ')).toBe('two lines three');
  });

  it('gives empty text for empty or blank input, and U+FFFD for a NUL character as renderers do', () => {
    expect(escapeMarkdown('')).toBe('');
    expect(escapeMarkdown(' \n\t ')).toBe('');
    expect(escapeMarkdown('a\0b')).toBe('a\uFFFDb');
  });

  it(
    'renders as the same text with no HTML and no link, in a paragraph, list item, heading and table cell, in both renderers',
    () => {
      fc.assert(
        fc.property(fc.oneof(markdownish, fc.string({ maxLength: 40 })), (input) => {
          for (const context of Object.keys(CONTEXTS) as (keyof typeof CONTEXTS)[]) {
            for (const renderer of Object.keys(RENDERERS) as (keyof typeof RENDERERS)[]) {
              expect({ input, context, renderer, problems: checkRendering(input, context, renderer) }).toEqual({ input, context, renderer, problems: [] });
            }
          }
        }),
        { numRuns: 400, interruptAfterTimeLimit: 15_000 },
      );
    },
    30_000,
  );
});

describe('getMarkdownLines', () => {
  it('splits a note into its non-empty lines, each escaped', () => {
    expect(getMarkdownLines('Pay fast\n\n  *Trust*  \r\nDone')).toEqual(['Pay fast', '\\*Trust\\*', 'Done']);
    expect(getMarkdownLines('   ')).toEqual([]);
    expect(getMarkdownLines('')).toEqual([]);
  });
});
