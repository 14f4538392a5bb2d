import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_SOURCE_BYTES, readShareSource, writeShareSource, type ShareSource } from '../../../src/lib/metrics/share-source.ts';

describe('share sources', () => {
  it('writes the documented form: layout token, base-36 counts, UTF-8 hex', () => {
    // "a.csv" is 61 2e 63 73 76 in UTF-8; "Q1" is 51 31; 36 left out is "10" in base 36.
    expect(writeShareSource({ fileName: 'a.csv', layout: 'surveymonkey', column: 'Q1', leftOut: 36, notANumber: 36, outOfRange: 0, notWhole: 0 })).toBe('s-sm-10-10-0-0-612e637376-5131');
  });

  it('cuts long names to whole characters within the byte limit', () => {
    const source = readShareSource(writeShareSource({ fileName: 'é'.repeat(100), layout: 'list', column: null, leftOut: 0, notANumber: 0, outOfRange: 0, notWhole: 0 }));
    // 60 bytes: "…" takes 3, so 28 two-byte "é" fit.
    expect(source?.fileName).toBe(`${'é'.repeat((MAX_SOURCE_BYTES - 4) / 2)}…`);
  });

  it('reads back what it writes, for any names and counts', () => {
    const layouts = ['qualtrics', 'qualtrics-legacy', 'surveymonkey', 'typeform', 'google-forms', 'table', 'list'] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...layouts),
        fc.option(fc.string({ maxLength: 12 }).map((text) => text.trim()), { nil: null }),
        fc.option(fc.string({ maxLength: 12 }).map((text) => text.trim()), { nil: null }),
        fc.nat(10_000),
        fc.nat(10_000),
        fc.nat(10_000),
        (layout, fileName, column, notANumber, outOfRange, notWhole) => {
          const source: ShareSource = { fileName: fileName || null, layout, column: column || null, leftOut: notANumber + outOfRange + notWhole, notANumber, outOfRange, notWhole };
          expect(readShareSource(writeShareSource(source))).toEqual(source);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reads nothing else', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (part) => {
        const source = readShareSource(part);
        if (source !== null) expect(writeShareSource(source)).toBe(part);
      }),
      { numRuns: 300 },
    );
  });
});

describe('share sources: label scores', () => {
  const base = { fileName: 'csat.csv', layout: 'surveymonkey', column: 'Overall', leftOut: 1, notANumber: 1, outOfRange: 0, notWhole: 0 } as const;

  it('carries the scores given to answers written as words, "does not count" included', () => {
    const source = { ...base, labels: [{ label: 'Very satisfied', score: 5 }, { label: 'N/A', score: null }] };
    expect(readShareSource(writeShareSource(source))).toEqual(source);
  });

  it('keeps at most eight, each label cut to 30 bytes', () => {
    const labels = Array.from({ length: 10 }, (_, index) => ({ label: `${'label '.repeat(8)}${String(index)}`, score: index }));
    const read = readShareSource(writeShareSource({ ...base, labels }));
    expect(read?.labels).toHaveLength(8);
    expect(read?.labels?.[0]?.label.endsWith('…')).toBe(true);
    expect(new TextEncoder().encode(read?.labels?.[0]?.label).length).toBeLessThanOrEqual(30);
  });
});
