import { describe, expect, it } from 'vitest';
import type { CommentCoding, CommentSet, SurveyComment, Theme } from '../../../src/lib/comments/comment.ts';
import { getCodedBy, getCodedCommentsCsv, getThemeTableCsv, getThemeTableMarkdown } from '../../../src/lib/comments/comment-exports.ts';
import type { ThemeStatistics } from '../../../src/lib/comments/theme-statistics.ts';
import { getThemeStatistics } from '../../../src/lib/comments/theme-statistics.ts';
import { forEachDelimitedRecord } from '../../../src/lib/metrics/read-delimited-records.ts';
import { formatPValue } from '../../../src/lib/metrics/format-p-value.ts';
import type { SurveyMetric } from '../../../src/lib/survey/survey-summary.ts';

const NPS: SurveyMetric = { kind: 'nps' };

/** Read CSV text back with the project's own reader (RFC 4180). */
function readCsv(text: string): string[][] {
  const records: string[][] = [];
  forEachDelimitedRecord(text, ',', (cells) => {
    records.push([...cells]);
  });
  return records;
}

function comment(row: number, group: number, score: number | null, text = `comment ${String(row)}`, responseId = `R_${String(row)}`): SurveyComment {
  return { row, responseId, text, score, group };
}

const HOSTILE_TEXTS = [
  'Line one\nLine two, with "quotes" and a comma',
  'Windows\r\nline break',
  '=cmd|\' /C calc\'!A0',
  '@SUM(A1:A2)',
  '+1 234',
  'Fine; then\n=HYPERLINK("http://x")',
  'emoji 😀👍🏽 family 👨‍👩‍👧 and ñ',
  'x'.repeat(10_000),
  '  leading spaces and a\ttab',
  '-',
];

describe('getCodedCommentsCsv', () => {
  const themes: Theme[] = [
    { id: 'price', name: 'Price', rules: [] },
    { id: 'price-2', name: 'price ', rules: [] },
    { id: 'speed', name: 'comment', rules: [] },
    { id: 'blank', name: ' ', rules: [] },
  ];
  const comments = HOSTILE_TEXTS.map((text, index) => comment(index + 2, index % 3 === 2 ? -1 : index % 2, index === 4 ? null : index, text, index === 1 ? '' : `R_${String(index)}`));
  const set: CommentSet = { groups: ['Promoters', '=Detractors'], comments };
  const coding: CommentCoding = {
    themes: comments.map((_, index) => (index % 4 === 0 ? [0, 2] : index % 4 === 1 ? [1] : index % 4 === 2 ? [3] : [])),
    byHand: comments.map((_, index) => index === 3 || index === 6),
  };
  const sentiment = comments.map((_, index) => (index % 2 === 0 ? 'positive' : null));

  it('writes every comment and parses back cell by cell, formulas neutralised', () => {
    const result = getCodedCommentsCsv({ set, themes, coding, shownText: (index) => comments[index]!.text, sentiment });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.endsWith('\r\n')).toBe(true);
    const records = readCsv(result.value);
    expect(records[0]).toEqual(['row', 'response ID', 'group', 'score', 'sentiment', 'comment', 'Price', 'price  (2)', 'comment (2)', 'Theme 4', 'coded by']);
    expect(records).toHaveLength(comments.length + 1);
    comments.forEach((entry, index) => {
      const cells = records[index + 1]!;
      expect(cells).toHaveLength(11);
      expect(cells[0]).toBe(String(entry.row));
      expect(cells[1]).toBe(entry.responseId);
      // '=Detractors' is written as text a spreadsheet will not run.
      expect(cells[2]).toBe(entry.group === 0 ? 'Promoters' : entry.group === 1 ? "'=Detractors" : '');
      expect(cells[3]).toBe(entry.score === null ? '' : String(entry.score));
      expect(cells[4]).toBe(sentiment[index] ?? '');
      const written = cells[5]!;
      if (/^[=+\-@]/.test(entry.text)) expect(written).toBe(`'${entry.text}`);
      else if (entry.text.includes('\n=')) expect(written).toBe(entry.text.replace('\n=', "\n'="));
      else expect(written).toBe(entry.text);
      const codes = coding.themes[index]!;
      expect(cells.slice(6, 10)).toEqual([0, 1, 2, 3].map((theme) => (codes.includes(theme) ? '1' : '0')));
      expect(cells[10]).toBe(getCodedBy(coding, index));
    });
    expect(records[1 + 7]![5]).toHaveLength(10_000);
  });

  it('writes the text the caller gives (masked), and no sentiment column without labels', () => {
    const result = getCodedCommentsCsv({ set, themes, coding, shownText: (index) => `[masked ${String(index)}]` });
    if (!result.ok) throw new Error('expected a CSV');
    const records = readCsv(result.value);
    expect(records[0]).not.toContain('sentiment');
    expect(records.slice(1).map((cells) => cells[4])).toEqual(comments.map((_, index) => `[masked ${String(index)}]`));
    expect(result.value).not.toContain('Windows');
  });

  it('says where codes came from: a hand code, even of no theme, then the rules, else none', () => {
    const sample: CommentCoding = { themes: [[0], [], [], [1]], byHand: [false, true, false, true] };
    expect([0, 1, 2, 3].map((index) => getCodedBy(sample, index))).toEqual(['rule', 'hand', 'none', 'hand']);
  });

  it('is the same text every time, and only a header for no comments', () => {
    const input = { set, themes, coding, shownText: (index: number) => comments[index]!.text };
    expect(getCodedCommentsCsv(input)).toEqual(getCodedCommentsCsv(input));
    const empty = getCodedCommentsCsv({ set: { groups: [], comments: [] }, themes: [], coding: { themes: [], byHand: [] }, shownText: () => '' });
    expect(empty).toEqual({ ok: true, value: 'row,response ID,group,score,comment,coded by\r\n' });
  });

  it('refuses a coding of another list instead of writing a wrong file', () => {
    const result = getCodedCommentsCsv({ set, themes, coding: { themes: [], byHand: [] }, shownText: () => '' });
    expect(result).toEqual({ ok: false, error: { kind: 'coding-length', comments: comments.length, codedComments: 0, byHandComments: 0 } });
  });
});

/** 60 comments in two groups (plus 4 in none), two themes (one with a pipe and Markdown in its name, one too small to compare). */
function buildTable(): { statistics: ThemeStatistics; groups: string[] } {
  const groups = ['Pro | Team', 'Free'];
  const comments = Array.from({ length: 64 }, (_, index) => comment(index + 2, index >= 60 ? -1 : index % 2, index % 9 === 0 ? null : (index * 5) % 11));
  const themes = comments.map((_, index) => (index % 4 === 0 ? [0] : index % 4 === 1 ? [0, 1] : []));
  const result = getThemeStatistics(
    { groups, comments },
    [
      { id: 'a', name: 'Price | *cost*', rules: [] },
      { id: 'b', name: '<b>Speed</b>', rules: [] },
    ],
    { themes, byHand: themes.map(() => false) },
    NPS,
    95,
    { minAnswers: 20 },
  );
  if (!result.ok) throw new Error('expected statistics');
  return { statistics: result.value, groups };
}

describe('getThemeTableCsv', () => {
  it('writes one row per theme and (no theme) with numbers a spreadsheet can sum', () => {
    const { statistics, groups } = buildTable();
    const text = getThemeTableCsv({ statistics, groups, metric: NPS, confidence: 95, masked: true });
    const records = readCsv(text);
    expect(records[0]).toEqual([
      'theme', 'comments', 'share %', 'lower 95%', 'upper 95%', 'Pro | Team (n = 30) %', 'Free (n = 30) %',
      'NPS mentioning', 'scored mentioning', 'NPS rest', 'scored rest', 'difference', 'p-value (Holm across themes)', 'note',
    ]);
    expect(records.map((cells) => cells[0])).toEqual(['theme', 'Price | *cost*', '<b>Speed</b>', '(no theme)']);
    const rows = [...statistics.rows, statistics.uncoded];
    rows.forEach((row, index) => {
      const cells = records[index + 1]!;
      expect(cells).toHaveLength(14);
      expect(Number(cells[1])).toBe(row.count);
      expect(Number(cells[2])).toBeCloseTo((row.share.share ?? NaN) * 100, 1);
      expect(Number(cells[3])).toBeCloseTo((row.share.lower ?? NaN) * 100, 1);
      expect(Number(cells[5])).toBeCloseTo((row.byGroup[0]!.share ?? NaN) * 100, 1);
      expect(Number(cells[8])).toBe(row.metric.mentioningN);
      expect(cells[13]).toBe(row.metric.sentence);
      if (row.metric.kind === 'compared') {
        expect(Number(cells[11])).toBeCloseTo(row.metric.comparison.difference, 1);
        expect(cells[12]).toBe(formatPValue(row.metric.adjustedPValue));
      } else expect([cells[11], cells[12]]).toEqual(['', '']);
    });
    expect(text).toBe(getThemeTableCsv({ statistics, groups, metric: NPS, confidence: 95, masked: true }));
  });

  it('leaves a group without comments empty rather than writing NaN', () => {
    const result = getThemeStatistics({ groups: ['Empty'], comments: [comment(2, -1, 3)] }, [{ id: 'a', name: 'A', rules: [] }], { themes: [[0]], byHand: [false] }, NPS, 90);
    if (!result.ok) throw new Error('expected statistics');
    const records = readCsv(getThemeTableCsv({ statistics: result.value, groups: ['Empty'], metric: NPS, confidence: 90, masked: false }));
    expect(records[1]![5]).toBe('');
    expect(records.flat().some((cell) => /NaN|Infinity/.test(cell))).toBe(false);
  });
});

/** Split a Markdown table line into cells on pipes that are not escaped. */
function splitRow(line: string): string[] {
  return line.replace(/^\| | \|$/g, '').split(/(?<!\\) \| /);
}

describe('getThemeTableMarkdown', () => {
  it('opens with what was analysed and ends with one newline', () => {
    const { statistics, groups } = buildTable();
    const markdown = getThemeTableMarkdown({ statistics, groups, metric: NPS, confidence: 95, masked: true });
    expect(markdown.startsWith('# Themes in the comments\n\n64 comments (one per respondent who commented), in 2 groups (Pro \\| Team, Free), coded with 2 themes.')).toBe(true);
    expect(markdown).toContain('NPS of the people who mention each theme against the rest, at 95% confidence, over the 56 comments with a score.');
    expect(markdown).toContain('4 comments are in no group');
    expect(markdown).toContain('8 comments have no score');
    expect(markdown).toContain('Personal details in the comments were masked.');
    expect(markdown.endsWith('computed in the browser.\n')).toBe(true);
    expect(markdown.endsWith('\n\n')).toBe(false);
    expect(getThemeTableMarkdown({ statistics, groups, metric: NPS, confidence: 95, masked: false })).toContain('The comments were not masked.');
  });

  it('keeps the column count on every table line, even with | in names, and escapes markup', () => {
    const { statistics, groups } = buildTable();
    const markdown = getThemeTableMarkdown({ statistics, groups, metric: NPS, confidence: 95, masked: true });
    const tables = markdown.split('\n## ').slice(1).map((section) => section.split('\n').filter((line) => line.startsWith('|')));
    expect(tables.map((lines) => lines.length)).toEqual([5, 5]);
    const [themeTable, groupTable] = tables as [string[], string[]];
    expect(themeTable.every((line) => splitRow(line).length === 7)).toBe(true);
    expect(groupTable.every((line) => splitRow(line).length === 3)).toBe(true);
    expect(splitRow(themeTable[2]!)[0]).toBe('Price \\| \\*cost\\*');
    expect(markdown).not.toContain('<b>');
    expect(markdown).toContain('&lt;b&gt;Speed&lt;/b&gt;');
    expect(splitRow(groupTable[0]!)).toEqual(['Theme', 'Pro \\| Team (n = 30)', 'Free (n = 30)']);
  });

  it('writes each comparison as a sentence and a dash where none was made', () => {
    const { statistics, groups } = buildTable();
    const markdown = getThemeTableMarkdown({ statistics, groups, metric: NPS, confidence: 95, masked: true });
    const rows = [...statistics.rows, statistics.uncoded];
    for (const row of rows) expect(markdown).toContain(`- ${row.metric.sentence.replaceAll('|', '\\|').replaceAll('*', '\\*').replaceAll('<', '&lt;').replaceAll('>', '&gt;')}.`);
    expect(rows.map((row) => row.metric.kind)).toEqual(['compared', 'too-few', 'compared']);
    const tooFewLine = markdown.split('\n').find((line) => line.startsWith('| &lt;b&gt;Speed'));
    expect(splitRow(tooFewLine!).slice(5)).toEqual(['–', '–']);
  });

  it('omits the group table when there are no groups', () => {
    const result = getThemeStatistics({ groups: [], comments: [] }, [], { themes: [], byHand: [] }, NPS, 95);
    if (!result.ok) throw new Error('expected statistics');
    const markdown = getThemeTableMarkdown({ statistics: result.value, groups: [], metric: NPS, confidence: 95, masked: false });
    expect(markdown).not.toContain('## Share of each group');
    expect(markdown).toContain('0 comments (one per respondent who commented), in no groups, coded with 0 themes.');
    expect(markdown).not.toMatch(/NaN|Infinity/);
  });
});
