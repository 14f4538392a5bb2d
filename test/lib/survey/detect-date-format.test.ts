import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectDateFormat } from '../../../src/lib/survey/detect-date-format.ts';

describe('detectDateFormat: day/month order by evidence', () => {
  it('finds day-month from a first part over 12, with its rows', () => {
    const detection = detectDateFormat(['05/01/2024', '25/01/2024', '06/01/2024', '31/01/2024']);
    expect(detection.order).toEqual({ kind: 'day-month', evidence: { count: 2, firstRows: [2, 4] } });
    expect(detection.format.order).toBe('day-month');
  });

  it('finds month-day from a second part over 12', () => {
    const detection = detectDateFormat(['8/18/2025 10:05:56', '8/9/2025 11:59:12'], { locale: 'fr' });
    expect(detection.order.kind).toBe('month-day'); // evidence wins over the locale
    expect(detection.format.order).toBe('month-day');
  });

  it('reports mixed orders with the rows of each, counting from the first row number given', () => {
    const cells = ['25/01/2024', '01/02/2024', '01/30/2024', '26/01/2024', '02/28/2024', '27/01/2024'];
    const detection = detectDateFormat(cells, { firstRowNumber: 4 });
    expect(detection.order).toEqual({
      kind: 'mixed',
      dayMonth: { count: 3, firstRows: [4, 7, 9] },
      monthDay: { count: 2, firstRows: [6, 8] },
    });
    expect(detection.format.order).toBe('day-month'); // the more common order
  });

  it('keeps only the first five row numbers', () => {
    const cells = Array.from({ length: 20 }, (_, index) => `${String(13 + (index % 15))}/01/2024`);
    const detection = detectDateFormat(cells);
    expect(detection.order).toEqual({ kind: 'day-month', evidence: { count: 20, firstRows: [1, 2, 3, 4, 5] } });
  });

  it('asks when every date could be either, offering the suggestion first', () => {
    const detection = detectDateFormat(['05/01/2024', '06/02/2024', '07/03/2024']);
    expect(detection.order).toEqual({
      kind: 'ask',
      candidates: ['month-day', 'day-month'],
      suggested: 'month-day',
      reason: 'default',
      ambiguous: { count: 3, firstRows: [1, 2, 3] },
    });
  });

  it('suggests day-month for dots, month-day for SurveyMonkey, and the locale otherwise', () => {
    const suggest = (cells: string[], options = {}) => {
      const order = detectDateFormat(cells, options).order;
      return order.kind === 'ask' ? [order.suggested, order.reason] : order.kind;
    };
    expect(suggest(['05.01.2024', '06.02.2024'])).toEqual(['day-month', 'dots']);
    expect(suggest(['05/01/2024'], { tool: 'surveymonkey', locale: 'en-GB' })).toEqual(['month-day', 'tool']);
    expect(suggest(['05/01/2024'], { tool: 'google-forms', locale: 'en-GB' })).toEqual(['day-month', 'locale']);
    expect(suggest(['05/01/2024'], { locale: 'en-US' })).toEqual(['month-day', 'locale']);
    expect(suggest(['05/01/2024'], { locale: 'ja' })).toEqual(['month-day', 'default']); // a year-first locale says nothing
    expect(suggest(['05.01.2024', '06/02/2024'])).toEqual(['month-day', 'default']); // not all dotted
  });

  it('needs no order for ISO, month names or same-part dates', () => {
    expect(detectDateFormat(['2024-01-05', 'Jan 5, 2024', '05/05/2024']).order).toEqual({ kind: 'not-needed' });
    expect(detectDateFormat([]).order).toEqual({ kind: 'not-needed' });
  });

  it('gives the same order finding and counts whatever the row order', () => {
    const numericCell = fc
      .tuple(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 31 }), fc.constantFrom('/', '.', '-'))
      .map(([first, second, separator]) => `${String(first)}${separator}${String(second)}${separator}2024`);
    const cell = fc.oneof(numericCell, fc.constantFrom('2024-01-05', '', 'n/a', '2024-01-05T10:00:00Z', '1704449553'));
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 40 }), fc.infiniteStream(fc.nat()), (cells, randoms) => {
        // A Fisher–Yates shuffle driven by fast-check's numbers, so a failure shrinks and replays.
        const shuffled = [...cells];
        const iterator = randoms[Symbol.iterator]();
        for (let index = shuffled.length - 1; index > 0; index -= 1) {
          const other = (iterator.next().value as number) % (index + 1);
          [shuffled[index], shuffled[other]] = [shuffled[other] ?? '', shuffled[index] ?? ''];
        }
        const counts = (list: readonly string[]) => {
          const detection = detectDateFormat(list);
          const order = detection.order;
          const orderCounts =
            order.kind === 'mixed' ? [order.dayMonth.count, order.monthDay.count] : order.kind === 'day-month' || order.kind === 'month-day' ? [order.evidence.count] : order.kind === 'ask' ? [order.ambiguous.count] : [];
          return {
            order: order.kind,
            orderCounts,
            format: detection.format,
            dated: detection.dated,
            layouts: detection.layouts.map((layout) => [layout.layout, layout.count]).sort(),
            issues: detection.issues.map((issue) => [issue.kind, issue.count]).sort(),
          };
        };
        expect(counts(shuffled)).toEqual(counts(cells));
      }),
      { numRuns: 200 },
    );
  });
});

describe('detectDateFormat: layouts, issues and offsets', () => {
  it('counts each layout in a mixed column (most common first, ties in a fixed order)', () => {
    const detection = detectDateFormat(['2024-01-05', '25/01/2024', '2024-01-06 10:00', 'Jan 7, 2024', '2024/01/08']);
    expect(detection.layouts).toEqual([
      { layout: 'iso', count: 2, firstRows: [1, 3] },
      { layout: 'year-first', count: 1, firstRows: [5] },
      { layout: 'numeric', count: 1, firstRows: [2] },
      { layout: 'month-name', count: 1, firstRows: [4] },
    ]);
    expect(detection.dated).toBe(5);
  });

  it('lists issues with their rows', () => {
    const detection = detectDateFormat(['2024-01-05', '', 'text', '31/02/2024', '10:22', '1900-01-01', '', '2024-01-05 10:00 CET']);
    expect(detection.issues).toEqual([
      { kind: 'empty', count: 2, firstRows: [2, 7] },
      { kind: 'not-a-date', count: 1, firstRows: [3] },
      { kind: 'impossible-date', count: 1, firstRows: [4] },
      { kind: 'time-only', count: 1, firstRows: [5] },
      { kind: 'implausible-year', count: 1, firstRows: [6] },
      { kind: 'unknown-time-zone', count: 1, firstRows: [8] },
    ]);
    expect(detection.dated).toBe(1);
  });

  it('notes when offsets are missing in some rows, differ, or are all the same', () => {
    expect(detectDateFormat(['2024-01-05 10:00', '2024-01-05T10:00Z']).offsets).toEqual({
      kind: 'some-missing',
      withOffset: 1,
      withoutOffset: 1,
      offsets: [{ offsetMinutes: 0, count: 1 }],
    });
    expect(detectDateFormat(['2024-03-30 10:00 GMT+1', '2024-04-01 10:00 GMT+2', '2024-04-02 10:00 GMT+2']).offsets).toEqual({
      kind: 'differ',
      withOffset: 3,
      withoutOffset: 0,
      offsets: [
        { offsetMinutes: 120, count: 2 },
        { offsetMinutes: 60, count: 1 },
      ],
    });
    expect(detectDateFormat(['2024-01-05T10:00-05:00']).offsets.kind).toBe('all-same');
    expect(detectDateFormat(['2024-01-05 10:00']).offsets.kind).toBe('none');
  });
});

describe('detectDateFormat: Unix time', () => {
  it('accepts seconds when every value is in range', () => {
    const detection = detectDateFormat(['1704449553', '1704535953', '']);
    expect(detection.epoch).toEqual({ unit: 'seconds', reason: 'all-in-range' });
    expect(detection.format.epoch).toBe('seconds');
    expect(detection.layouts).toEqual([{ layout: 'epoch', count: 2, firstRows: [1, 2] }]);
    expect(detection.dated).toBe(2);
  });

  it('accepts milliseconds when every value is in range', () => {
    expect(detectDateFormat(['1704449553000', '1704535953123']).epoch).toEqual({ unit: 'milliseconds', reason: 'all-in-range' });
  });

  it('refuses scores, counts, IDs, and a column where one value is out of range', () => {
    expect(detectDateFormat(['7', '9', '10']).epoch).toBeNull();
    expect(detectDateFormat(['11402881767', '11402881805']).epoch).toBeNull(); // SurveyMonkey respondent IDs
    expect(detectDateFormat(['1704449553', '42']).epoch).toBeNull();
    expect(detectDateFormat(['1704449553', '2024-01-05']).epoch).toBeNull();
    expect(detectDateFormat(['7', '9']).issues).toEqual([{ kind: 'not-a-date', count: 2, firstRows: [1, 2] }]);
  });

  it('follows the header, flagging values out of range', () => {
    const detection = detectDateFormat(['1704449553000', '12'], { header: 'Created (Unix ms)' });
    expect(detection.epoch).toEqual({ unit: 'milliseconds', reason: 'header' });
    expect(detection.issues).toEqual([{ kind: 'implausible-year', count: 1, firstRows: [2] }]);
    expect(detectDateFormat(['1704449553'], { header: 'epoch' }).epoch).toEqual({ unit: 'seconds', reason: 'header' });
    expect(detectDateFormat(['1704449553000'], { header: 'epoch' }).epoch).toEqual({ unit: 'milliseconds', reason: 'header' });
  });
});
