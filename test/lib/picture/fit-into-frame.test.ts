import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitIntoFrame } from '../../../src/lib/picture/fit-into-frame.ts';

describe('fitIntoFrame', () => {
  it('fills the tighter side and centres the other (values by hand)', () => {
    // Space inside 40 px margins: 1840 × 1000. 1840 / 800 = 2.3, 1000 / 600 = 1.6667: height decides.
    // Width on the page 800 × 5/3 = 1333.33; x = (1920 − 1333.33) / 2 = 293.33; y = (1080 − 1000) / 2 = 40.
    const placement = fitIntoFrame({ width: 800, height: 600 }, { width: 1920, height: 1080 }, 40);
    expect(placement.scale).toBeCloseTo(5 / 3, 10);
    expect(placement.x).toBeCloseTo(293.333, 3);
    expect(placement.y).toBeCloseTo(40, 10);
    expect(placement.width).toBeCloseTo(1333.333, 3);
    expect(placement.height).toBeCloseTo(1000, 10);
  });

  it('shrinks a wide map onto A4 portrait', () => {
    // 794 − 2 × 38 = 718 wide, 1123 − 76 = 1047 high. 718 / 2400 = 0.29917; 1047 / 900 = 1.1633: width decides.
    // Height 900 × 0.29917 = 269.25; y = (1123 − 269.25) / 2 = 426.875; x = 38.
    const placement = fitIntoFrame({ width: 2400, height: 900 }, { width: 794, height: 1123 }, 38);
    expect(placement.scale).toBeCloseTo(718 / 2400, 10);
    expect(placement.x).toBeCloseTo(38, 10);
    expect(placement.y).toBeCloseTo(426.875, 3);
  });

  it('grows a small picture no more than the cap', () => {
    // 1840 / 100 = 18.4 and 1000 / 50 = 20 would fit, the cap of 3 wins: 300 × 150 at (810, 465).
    expect(fitIntoFrame({ width: 100, height: 50 }, { width: 1920, height: 1080 }, 40)).toEqual({ scale: 3, x: 810, y: 465, width: 300, height: 150 });
    expect(fitIntoFrame({ width: 100, height: 50 }, { width: 1920, height: 1080 }, 40, 1).scale).toBe(1);
  });

  it('places nothing for sizes that are not sizes, without NaN', () => {
    const frame = { width: 1000, height: 500 };
    for (const content of [
      { width: 0, height: 10 },
      { width: -5, height: 10 },
      { width: Number.NaN, height: 10 },
      { width: Number.POSITIVE_INFINITY, height: 10 },
    ]) {
      expect(fitIntoFrame(content, frame, 10)).toEqual({ scale: 0, x: 500, y: 250, width: 0, height: 0 });
    }
    // Margins wider than the page leave no room: scale 0, never negative.
    expect(fitIntoFrame({ width: 10, height: 10 }, frame, 600).scale).toBe(0);
    expect(fitIntoFrame({ width: 10, height: 10 }, { width: Number.NaN, height: 5 }, 0)).toEqual({ scale: 0, x: 0, y: 2.5, width: 0, height: 0 });
  });

  it('always keeps the picture inside the margins, unstretched (property)', () => {
    const side = fc.double({ min: 1, max: 10_000, noNaN: true });
    fc.assert(
      fc.property(side, side, fc.integer({ min: 200, max: 4000 }), fc.integer({ min: 200, max: 4000 }), fc.integer({ min: 0, max: 90 }), (width, height, frameWidth, frameHeight, margin) => {
        const placement = fitIntoFrame({ width, height }, { width: frameWidth, height: frameHeight }, margin);
        expect(placement.x).toBeGreaterThanOrEqual(margin - 1e-6);
        expect(placement.y).toBeGreaterThanOrEqual(margin - 1e-6);
        expect(placement.x + placement.width).toBeLessThanOrEqual(frameWidth - margin + 1e-6);
        expect(placement.y + placement.height).toBeLessThanOrEqual(frameHeight - margin + 1e-6);
        expect(placement.width / placement.height).toBeCloseTo(width / height, 6);
      }),
      { numRuns: 200 },
    );
  }, 10_000);
});
