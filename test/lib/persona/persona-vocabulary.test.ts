import { describe, expect, it } from 'vitest';
import { AVATAR_COLOURS } from '../../../src/lib/persona/persona-vocabulary.ts';

/** WCAG 2.2 relative luminance of an sRGB colour (https://www.w3.org/TR/WCAG22/#dfn-relative-luminance). */
function luminance(hex: string): number {
  const [red, green, blue] = [1, 3, 5].map((start) => {
    const channel = Number.parseInt(hex.slice(start, start + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

/** WCAG contrast ratio (https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio). */
function contrast(first: string, second: string): number {
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('AVATAR_COLOURS', () => {
  it('the contrast helper agrees with WCAG’s known values', () => {
    expect(contrast('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#767676')).toBeCloseTo(4.54, 2);
  });

  it.each(Object.entries(AVATAR_COLOURS))('%s carries white initials at 4.5:1 or more', (_name, hex) => {
    expect(contrast('#ffffff', hex)).toBeGreaterThanOrEqual(4.5);
  });
});
