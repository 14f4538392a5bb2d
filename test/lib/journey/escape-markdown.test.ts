import { describe, expect, it } from 'vitest';
import { escapeMarkdown, getMarkdownLines } from '../../../src/lib/journey/escape-markdown';

describe('escapeMarkdown', () => {
  it('escapes inline formatting, links, HTML and table pipes', () => {
    expect(escapeMarkdown('<script>alert(1)</script>')).toBe('\\<script\\>alert(1)\\</script\\>');
    expect(escapeMarkdown('*bold* _it_ `code` [link](x) ![img](y) a|b ~s~ &amp;')).toBe(
      '\\*bold\\* \\_it\\_ \\`code\\` \\[link\\](x) \\!\\[img\\](y) a\\|b \\~s\\~ \\&amp;',
    );
  });

  it('escapes a leading list, heading or quote marker and keeps one line', () => {
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('# Title')).toBe('\\# Title');
    expect(escapeMarkdown('> quote')).toBe('\\> quote');
    expect(escapeMarkdown('1. first')).toBe('1\\. first');
    expect(escapeMarkdown('  two\r\nlines  ')).toBe('two lines');
  });
});

describe('getMarkdownLines', () => {
  it('splits a note into its non-empty lines', () => {
    expect(getMarkdownLines('Pay fast\n\n  *Trust*  \r\nDone')).toEqual(['Pay fast', '\\*Trust\\*', 'Done']);
    expect(getMarkdownLines('   ')).toEqual([]);
  });
});
