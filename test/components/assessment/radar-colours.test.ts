import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// WCAG 2.2 contrast (1.4.11 non-text: 3:1) of the role lines against the page and card backgrounds, in both themes.
// The formula is the WCAG one (relative luminance from sRGB), written here from the spec, not taken from the site.
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255);
  const [red = 0, green = 0, blue = 0] = channels.map((value) => (value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4));
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

function contrast(first: string, second: string): number {
  const [light, dark] = [luminance(first), luminance(second)].sort((left, right) => right - left);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

const css = readFileSync(new URL('../../../src/components/assessment/assessment.css', import.meta.url), 'utf8');
const global = readFileSync(new URL('../../../src/styles/global.css', import.meta.url), 'utf8');

function readLightDark(source: string, name: string): [string, string] {
  const match = new RegExp(`${name}:\\s*light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\)`, 'i').exec(source);
  if (match === null) throw new Error(`${name} not found`);
  return [match[1] ?? '', match[2] ?? ''];
}

describe('team radar role colours', () => {
  const backgrounds = [readLightDark(global, '--color-bg'), readLightDark(global, '--color-surface')];
  const groups = [1, 2, 3, 4, 5, 6].map((group) => readLightDark(css, `--radar-group-${String(group)}`));

  it('the formula matches known values (white on black 21:1, #767676 on white 4.54:1)', () => {
    expect(contrast('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('every line reaches 3:1 against the backgrounds in light and dark', () => {
    for (const [index, [light, dark]] of groups.entries()) {
      for (const [lightBackground, darkBackground] of backgrounds) {
        expect(contrast(light, lightBackground), `group ${String(index + 1)} light`).toBeGreaterThanOrEqual(3);
        expect(contrast(dark, darkBackground), `group ${String(index + 1)} dark`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('six distinct colours per theme', () => {
    expect(new Set(groups.map(([light]) => light)).size).toBe(6);
    expect(new Set(groups.map(([, dark]) => dark)).size).toBe(6);
  });
});
