import { describe, expect, it } from 'vitest';
import { getPictureFormat, getPngSize, PICTURE_FORMAT_IDS, PICTURE_FORMATS } from '../../../src/lib/picture/page-formats.ts';

describe('picture formats', () => {
  it('makes a slide 16:9 at full HD', () => {
    const slide = PICTURE_FORMATS.slide;
    expect([slide.width, slide.height]).toEqual([1920, 1080]);
    // 1920 / 1080 = 16 / 9 exactly (both are 120 × 16 and 120 × 9).
    expect(slide.width * 9).toBe(slide.height * 16);
    expect(getPngSize(slide)).toEqual({ width: 1920, height: 1080 });
  });

  it('makes A4 297 × 210 mm at 96 px per inch, both ways round', () => {
    // By hand: 297 mm / 25.4 × 96 = 1122.52 → 1123; 210 mm / 25.4 × 96 = 793.70 → 794.
    expect(PICTURE_FORMATS['a4-landscape']).toMatchObject({ width: 1123, height: 794, widthAttribute: '297mm', heightAttribute: '210mm', pageSize: 'A4 landscape' });
    expect(PICTURE_FORMATS['a4-portrait']).toMatchObject({ width: 794, height: 1123, widthAttribute: '210mm', heightAttribute: '297mm', pageSize: 'A4 portrait' });
    // Twice the pixels for paper: 2246 × 1588, about 192 dots per inch.
    expect(getPngSize(PICTURE_FORMATS['a4-landscape'])).toEqual({ width: 2246, height: 1588 });
  });

  it('finds a format by id and nothing else', () => {
    for (const id of PICTURE_FORMAT_IDS) expect(getPictureFormat(id)?.id).toBe(id);
    for (const bad of ['letter', '', 'SLIDE', 'toString', '__proto__', 3, null, undefined, {}]) expect(getPictureFormat(bad)).toBeUndefined();
  });
});
