import { describe, expect, it } from 'vitest';
import type { Bounds } from '@/lib/geo/bounds';
import { FIT_PADDING } from '@/lib/map/views';
import { pixelOf, screenProjection } from './camera';
import { fitViewport } from './fit-viewport';

const DELTA: Bounds = [
  [120, 29.8],
  [122.2, 31.6],
];
/** Shanghai to Boston across the Pacific: east past 180°. */
const PACIFIC: Bounds = [
  [115, 25],
  [295, 75],
];
const SIZE = { width: 980, height: 410 };

describe('fitViewport', () => {
  it.each([
    ['the delta', DELTA],
    ['a box across the antimeridian', PACIFIC],
  ] as const)('frames %s inside the padded map, as a URL viewport', (_, bounds) => {
    const viewport = fitViewport(bounds, SIZE);
    if (!viewport?.center || viewport.zoom === null) throw new Error('no viewport');
    expect(viewport.center[0]).toBeGreaterThanOrEqual(-180);
    expect(viewport.center[0]).toBeLessThan(180);
    expect(viewport.bearing).toBe(0);
    const project = screenProjection({ center: viewport.center, zoom: viewport.zoom, bearing: 0 }, SIZE);
    const [[west, south], [east, north]] = bounds;
    const [x0, y0] = pixelOf(project, [west, north]);
    const [x1, y1] = pixelOf(project, [east, south]);
    // Inside the padding (to the URL's rounding), and touching it on one axis.
    expect(x0).toBeGreaterThanOrEqual(FIT_PADDING.left - 1);
    expect(x1).toBeLessThanOrEqual(SIZE.width - FIT_PADDING.right + 1);
    expect(y0).toBeGreaterThanOrEqual(FIT_PADDING.top - 1);
    expect(y1).toBeLessThanOrEqual(SIZE.height - FIT_PADDING.bottom + 1);
    const fillsWidth = Math.abs(x1 - x0 - (SIZE.width - FIT_PADDING.left - FIT_PADDING.right)) < 2;
    const fillsHeight = Math.abs(y1 - y0 - (SIZE.height - FIT_PADDING.top - FIT_PADDING.bottom)) < 2;
    expect(fillsWidth || fillsHeight).toBe(true);
  });

  it('stops at the closest zoom the view buttons frame', () => {
    const point: Bounds = [
      [121.47, 31.23],
      [121.4701, 31.2301],
    ];
    expect(fitViewport(point, SIZE)?.zoom).toBe(11);
  });

  it('gives nothing for a map with no room inside its padding', () => {
    expect(fitViewport(DELTA, { width: 80, height: 300 })).toBeNull();
  });
});
