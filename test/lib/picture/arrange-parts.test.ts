import { describe, expect, it } from 'vitest';
import { arrangeParts } from '../../../src/lib/picture/arrange-parts.ts';

const SLIDE = { width: 1920, height: 1080 };
const A4_PORTRAIT = { width: 794, height: 1123 };

describe('arrangeParts', () => {
  it('splits tall results into two columns on a slide (values by hand)', () => {
    // One column: 400 × (100 + 24 + 400 + 24 + 300 = 848); scale min(1824/400, 984/848) = 1.160.
    // Split before part 2: left 400 × 124+400 = 524, right 300 high: 824 × 524; scale min(1824/824, 984/524) = 1.878.
    // Split before part 3: left 100 + 24 + 400 = 524 high, right 300: the same 824 × 524, not larger, so the first split stays.
    const arrangement = arrangeParts([{ width: 400, height: 100 }, { width: 400, height: 400 }, { width: 400, height: 300 }], SLIDE, 48);
    expect(arrangement.offsets).toEqual([{ x: 0, y: 0 }, { x: 0, y: 124 }, { x: 424, y: 0 }]);
    expect([arrangement.width, arrangement.height]).toEqual([824, 524]);
  });

  it('keeps one column where two would be smaller (a wide map on A4 portrait)', () => {
    // One column: 1600 × (300 + 24 + 400) = 724: scale min(718/1600, 1047/724) = 0.449.
    // Two columns: 3224 × 400: scale 718/3224 = 0.223. One column wins.
    const arrangement = arrangeParts([{ width: 1600, height: 300 }, { width: 1600, height: 400 }], A4_PORTRAIT, 38);
    expect(arrangement.offsets).toEqual([{ x: 0, y: 0 }, { x: 0, y: 324 }]);
    expect([arrangement.width, arrangement.height]).toEqual([1600, 724]);
  });

  it('places a single part at the origin and handles no parts and broken sizes', () => {
    expect(arrangeParts([{ width: 300, height: 200 }], SLIDE, 48)).toEqual({ offsets: [{ x: 0, y: 0 }], width: 300, height: 200 });
    expect(arrangeParts([], SLIDE, 48)).toEqual({ offsets: [], width: 0, height: 0 });
    const broken = arrangeParts([{ width: Number.NaN, height: 10 }, { width: 10, height: -5 }], SLIDE, 48, 10);
    expect(JSON.stringify(broken)).not.toMatch(/null|NaN|Infinity/);
  });
});
