/**
 * How each persona's curve looks: a colour (CSS custom property, tuned for 3:1 against the chart in both
 * themes) and a marker shape, so curves stay apart without colour too. "To be" curves are dashed.
 */
export const SERIES_COLOURS = ['var(--jm-series-0)', 'var(--jm-series-1)', 'var(--jm-series-2)', 'var(--jm-series-3)', 'var(--jm-series-4)', 'var(--jm-series-5)'] as const;
export const MARKER_SHAPES = ['circle', 'square', 'triangle', 'diamond', 'triangle-down', 'cross'] as const;
export type MarkerShape = (typeof MARKER_SHAPES)[number];
export const MARKER_NAMES: Record<MarkerShape, string> = {
  circle: 'circles',
  square: 'squares',
  triangle: 'triangles',
  diamond: 'diamonds',
  'triangle-down': 'downward triangles',
  cross: 'crosses',
};

export function getSeriesColour(personaIndex: number): string {
  return SERIES_COLOURS[personaIndex % SERIES_COLOURS.length] ?? SERIES_COLOURS[0];
}

export function getMarkerShape(personaIndex: number): MarkerShape {
  return MARKER_SHAPES[personaIndex % MARKER_SHAPES.length] ?? 'circle';
}

/** SVG path data of a marker centred on (x, y). */
export function getMarkerPath(shape: MarkerShape, x: number, y: number, size = 6): string {
  const s = size;
  switch (shape) {
    case 'circle':
      return `M${x - s} ${y}a${s} ${s} 0 1 0 ${2 * s} 0a${s} ${s} 0 1 0 ${-2 * s} 0Z`;
    case 'square':
      return `M${x - s} ${y - s}h${2 * s}v${2 * s}h${-2 * s}Z`;
    case 'triangle':
      return `M${x} ${y - s * 1.2}L${x + s * 1.1} ${y + s * 0.9}L${x - s * 1.1} ${y + s * 0.9}Z`;
    case 'diamond':
      return `M${x} ${y - s * 1.3}L${x + s * 1.3} ${y}L${x} ${y + s * 1.3}L${x - s * 1.3} ${y}Z`;
    case 'triangle-down':
      return `M${x} ${y + s * 1.2}L${x + s * 1.1} ${y - s * 0.9}L${x - s * 1.1} ${y - s * 0.9}Z`;
    case 'cross':
      return `M${x - s} ${y - s}L${x + s} ${y + s}M${x + s} ${y - s}L${x - s} ${y + s}`;
    default:
      return shape satisfies never;
  }
}
