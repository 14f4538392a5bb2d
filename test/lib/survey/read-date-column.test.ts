import { describe, expect, it } from 'vitest';
import { NO_DAY, readDateColumn } from '../../../src/lib/survey/read-date-column.ts';

const utcDay = (year: number, month: number, day: number): number => Date.UTC(year, month - 1, day) / 86_400_000;

describe('readDateColumn', () => {
  it('gives a day per row, NO_DAY for the rest, the span and the issues with rows', () => {
    const column = readDateColumn(['05/01/2024', '', '31/02/2024', '2024-03-01T00:30:00+01:00', 'soon', '1/2/24'], { order: 'day-month' }, 2);
    // 00:30 at +01:00 is on 1 March as written (23:30 UTC on 29 February).
    expect([...column.days]).toEqual([utcDay(2024, 1, 5), NO_DAY, NO_DAY, utcDay(2024, 3, 1), NO_DAY, utcDay(2024, 2, 1)]);
    expect(column.dated).toBe(3);
    expect(column.span).toEqual({ firstDay: utcDay(2024, 1, 5), lastDay: utcDay(2024, 3, 1) });
    expect(readDateColumn(['2024-03-01T00:30:00+01:00'], { offsets: 'to-utc' }).days[0]).toBe(utcDay(2024, 2, 29));
    expect(column.issues).toEqual([
      { kind: 'empty', count: 1, firstRows: [3] },
      { kind: 'impossible-date', count: 1, firstRows: [4] },
      { kind: 'not-a-date', count: 1, firstRows: [6] },
    ]);
  });

  it('has no span when no cell is a date', () => {
    const column = readDateColumn(['', 'x'], {});
    expect(column.span).toBeNull();
    expect(column.dated).toBe(0);
  });

  it('flags ambiguous dates when no order is given', () => {
    expect(readDateColumn(['05/01/2024', '25/01/2024'], {}).issues).toEqual([{ kind: 'ambiguous', count: 1, firstRows: [1] }]);
  });
});
