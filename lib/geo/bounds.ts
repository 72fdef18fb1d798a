import type { Position } from './great-circle';

/** [[west, south], [east, north]]; east may exceed 180 when the box crosses the antimeridian. */
export type Bounds = [[number, number], [number, number]];

/**
 * The smallest box around the positions, going across the antimeridian when that
 * is narrower (Shanghai and Boston are 167° apart across the Pacific, 193° across
 * the Atlantic).
 */
export function boundsOf(positions: readonly Position[]): Bounds {
  if (positions.length === 0) throw new Error('no positions to bound');
  // Loops, not Math.min(...array): thousands of arcs hold hundreds of thousands of positions,
  // more arguments than a call stack takes.
  let south = Number.POSITIVE_INFINITY;
  let north = Number.NEGATIVE_INFINITY;
  for (const [, lat] of positions) {
    if (lat < south) south = lat;
    if (lat > north) north = lat;
  }
  const longitudes = [...new Set(positions.map(([lon]) => lon))].sort((a, b) => a - b);
  // The widest empty stretch of longitude is the part of the world the box leaves out.
  let gapAfter = longitudes.length - 1;
  let widestGap = (longitudes[0] as number) + 360 - (longitudes.at(-1) as number);
  for (let i = 0; i < longitudes.length - 1; i += 1) {
    const gap = (longitudes[i + 1] as number) - (longitudes[i] as number);
    if (gap > widestGap) {
      widestGap = gap;
      gapAfter = i;
    }
  }
  const west = longitudes[(gapAfter + 1) % longitudes.length] as number;
  const east = longitudes[gapAfter] as number;
  return [
    [west, south],
    [east < west ? east + 360 : east, north],
  ];
}

/** Grows a box by a fraction of its size on every side, with a floor for single points. */
export function padBounds(
  [[west, south], [east, north]]: Bounds,
  fraction: number,
  minimumDegrees = 0.05,
): Bounds {
  const dx = Math.max((east - west) * fraction, minimumDegrees);
  const dy = Math.max((north - south) * fraction, minimumDegrees);
  return [
    [west - dx, Math.max(south - dy, -85)],
    [east + dx, Math.min(north + dy, 85)],
  ];
}
