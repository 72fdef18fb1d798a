import { MercatorCoordinate } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import type { Bounds } from '@/lib/geo/bounds';
import {
  type Camera,
  constrainCamera,
  constrainedMove,
  fitCamera,
  globeFieldOfView,
  MERCATOR_MAX_LATITUDE,
  movedCamera,
  pixelOf,
  type Size,
  scaledCamera,
  screenProjection,
  worldSize,
} from './camera';
import type { PictureMove } from './picture-move';

/**
 * MapLibre's own pixel for a position: its MercatorCoordinate (world units) relative to the
 * camera's centre, in world pixels, turned so that the bearing's compass direction is up.
 */
function maplibrePixel(camera: Camera, size: Size, [lon, lat]: [number, number]): [number, number] {
  const point = MercatorCoordinate.fromLngLat([lon, lat]);
  const centre = MercatorCoordinate.fromLngLat([camera.center[0], camera.center[1]]);
  const world = worldSize(camera.zoom);
  const dx = (point.x - centre.x) * world;
  const dy = (point.y - centre.y) * world;
  const b = (camera.bearing * Math.PI) / 180;
  return [
    size.width / 2 + dx * Math.cos(b) + dy * Math.sin(b),
    size.height / 2 - dx * Math.sin(b) + dy * Math.cos(b),
  ];
}

const SIZE: Size = { width: 900, height: 540 };
const SHANGHAI: [number, number] = [121.4737, 31.2304];
const BOSTON: [number, number] = [-71.0589, 42.3601];
const SUZHOU: [number, number] = [120.5853, 31.2989];

const cases: { name: string; camera: Camera; size?: Size; position: [number, number] }[] = [
  { name: 'the centre itself', camera: { center: SHANGHAI, zoom: 8, bearing: 0 }, position: SHANGHAI },
  { name: 'a neighbour at zoom 8', camera: { center: SHANGHAI, zoom: 8, bearing: 0 }, position: SUZHOU },
  { name: 'zoom 0', camera: { center: [0, 0], zoom: 0, bearing: 0 }, position: [45, 60] },
  {
    name: 'fractional zoom',
    camera: { center: [120.9, 31], zoom: 7.37, bearing: 0 },
    position: [121.8, 30.9],
  },
  { name: 'high latitude', camera: { center: [10, 70], zoom: 4, bearing: 0 }, position: [20, 78] },
  { name: 'bearing 90', camera: { center: SHANGHAI, zoom: 9, bearing: 90 }, position: SUZHOU },
  { name: 'bearing -37', camera: { center: SHANGHAI, zoom: 9, bearing: -37 }, position: [121.9, 31.6] },
  { name: 'bearing 180', camera: { center: [-71, 42.3], zoom: 10, bearing: 180 }, position: [-71.2, 42.4] },
  {
    name: 'portrait viewport',
    camera: { center: [0, 51.5], zoom: 12.5, bearing: 0 },
    size: { width: 375, height: 600 },
    position: [0.05, 51.52],
  },
  {
    name: 'across the antimeridian (Boston east of Shanghai)',
    camera: { center: [-155, 40], zoom: 1.6, bearing: 0 },
    position: SHANGHAI,
  },
  { name: 'Boston from the Pacific', camera: { center: [170, 40], zoom: 1.6, bearing: 0 }, position: BOSTON },
];

describe('screenProjection', () => {
  it.each(cases)('matches MapLibre within 0.5 px: $name', ({ camera, size = SIZE, position }) => {
    const project = screenProjection(camera, size);
    const [x, y] = pixelOf(project, position);
    // MapLibre draws a point in the world copy nearest the centre.
    const lon = position[0] + 360 * Math.round((camera.center[0] - position[0]) / 360);
    const [ex, ey] = maplibrePixel(camera, size, [lon, position[1]]);
    expect(Math.abs(x - ex)).toBeLessThan(0.5);
    expect(Math.abs(y - ey)).toBeLessThan(0.5);
  });

  it('puts the next world copy 512 · 2^zoom px further east', () => {
    const project = screenProjection({ center: [0, 0], zoom: 1, bearing: 0 }, SIZE);
    const [a] = project([10, 0]);
    const [b] = project([370, 0]);
    expect(b - a).toBeCloseTo(1024, 6);
  });
});

describe('screenProjection on a globe', () => {
  const globeOf = (camera: Camera, size: Size = SIZE) => {
    const project = screenProjection(camera, size, 'globe');
    if (!project.globe) throw new Error('a flat map');
    return { project, globe: project.globe };
  };

  it.each([
    { name: 'no bearing', bearing: 0, position: [121.65, 31.32] as [number, number] },
    { name: 'turned by 30°', bearing: 30, position: [121.35, 31.1] as [number, number] },
    { name: 'turned by -120°', bearing: -120, position: [121.9, 30.9] as [number, number] },
  ])('keeps the flat map’s pixels near the centre at zoom 9: $name', ({ bearing, position }) => {
    // At the centre the globe has the flat map's scale and orientation; a few dozen px off it, the curve is below a pixel.
    const camera = { center: SHANGHAI, zoom: 9, bearing };
    const [x, y] = globeOf(camera).project(position);
    const [ex, ey] = maplibrePixel(camera, SIZE, position);
    expect(Math.hypot(ex - SIZE.width / 2, ey - SIZE.height / 2)).toBeGreaterThan(100);
    expect(Math.hypot(x - ex, y - ey)).toBeLessThan(1);
  });

  it.each([
    { name: 'over Shanghai at zoom 1.8', camera: { center: SHANGHAI, zoom: 1.8, bearing: 0 } },
    {
      name: 'over the Atlantic at zoom 1, turned',
      camera: { center: [-30, 10] as const, zoom: 1, bearing: 45 },
    },
    { name: 'near a pole at zoom 2.5', camera: { center: [0, 70] as const, zoom: 2.5, bearing: 0 } },
  ])('puts the centre mid-frame and the horizon on the disc’s edge: $name', ({ camera }) => {
    const { project, globe } = globeOf(camera);
    const [cx, cy] = project(camera.center);
    expect(cx).toBeCloseTo(SIZE.width / 2, 6);
    expect(cy).toBeCloseTo(SIZE.height / 2, 6);
    expect([globe.disc.x, globe.disc.y]).toEqual([SIZE.width / 2, SIZE.height / 2]);
    // Walking away from the centre, the last point that faces the camera lies on the disc's edge.
    let last: [number, number] = [camera.center[0], camera.center[1]];
    for (let step = 0; step <= 9000; step += 1) {
      const position: [number, number] = [camera.center[0], camera.center[1] - step / 100];
      if (position[1] < -90 || !globe.faces(position)) break;
      last = position;
    }
    const [x, y] = project(last);
    expect(Math.abs(Math.hypot(x - globe.disc.x, y - globe.disc.y) - globe.disc.r)).toBeLessThan(1);
  });

  it('hides the far side: the antipode and Boston seen from over Shanghai', () => {
    const { globe } = globeOf({ center: SHANGHAI, zoom: 1.5, bearing: 0 });
    expect(globe.faces(SUZHOU)).toBe(true);
    expect(globe.faces([SHANGHAI[0] - 180, -SHANGHAI[1]])).toBe(false);
    expect(globe.faces(BOSTON)).toBe(false);
  });

  it('grows the globe by 1 / cos(latitude), as MapLibre keeps the centre’s scale', () => {
    const equator = globeOf({ center: [0, 0], zoom: 2, bearing: 0 }).globe.disc.r;
    const north = globeOf({ center: [0, 60], zoom: 2, bearing: 0 }).globe.disc.r;
    // The disc's radius is R·√((P−1)/(P+1)): not R itself, but it grows with R.
    expect(north).toBeGreaterThan(equator * 1.5);
  });

  it.each([
    { name: 'the picture’s own height', drawn: 540, scale: 1, shown: 540 },
    { name: 'a shorter frame, the picture at its own pixels', drawn: 540, scale: 1, shown: 382 },
    { name: 'a taller frame', drawn: 540, scale: 1, shown: 800 },
    { name: 'a picture scaled to a wide frame', drawn: 540, scale: 0.7, shown: 480 },
  ])('finds the field of view that sees the globe as the picture does: $name', ({ drawn, scale, shown }) => {
    const fov = globeFieldOfView(drawn, scale, shown);
    const camera = { center: SHANGHAI, zoom: 1.6, bearing: 0 };
    // The picture's disc, scaled as it is shown, is the live globe's disc in its frame.
    const picture = globeOf(camera, { width: 900, height: drawn }).globe.disc.r * scale;
    const cameraDistance = (0.5 / Math.tan(((fov / 2) * Math.PI) / 180)) * shown;
    const radius =
      worldSize(camera.zoom + Math.log2(scale)) / (2 * Math.PI) / Math.cos((SHANGHAI[1] * Math.PI) / 180);
    const distance = 1 + cameraDistance / radius;
    expect(radius * Math.sqrt((distance - 1) / (distance + 1))).toBeCloseTo(picture, 6);
    if (shown === drawn * scale) expect(fov).toBeCloseTo(36.87, 2);
  });

  it('is the flat map from zoom 11, where MapLibre blends the globe into Mercator', () => {
    expect(screenProjection({ center: SHANGHAI, zoom: 11, bearing: 0 }, SIZE, 'globe').globe).toBeNull();
    expect(
      screenProjection({ center: SHANGHAI, zoom: 10.9, bearing: 0 }, SIZE, 'globe').globe,
    ).not.toBeNull();
  });
});

const padding = { top: 64, right: 48, bottom: 40, left: 48 };

describe('fitCamera', () => {
  const boxes: { name: string; bounds: Bounds; size: Size }[] = [
    {
      name: 'the delta, wide viewport',
      bounds: [
        [119.9, 29.6],
        [122.4, 31.8],
      ],
      size: SIZE,
    },
    {
      name: 'the delta, portrait',
      bounds: [
        [119.9, 29.6],
        [122.4, 31.8],
      ],
      size: { width: 375, height: 640 },
    },
    {
      name: 'Shanghai to Boston over the Pacific',
      bounds: [
        [112.8, 26.5],
        [297.6, 61.1],
      ],
      size: SIZE,
    },
    {
      name: 'a tall box',
      bounds: [
        [-72, 40],
        [-70, 47],
      ],
      size: SIZE,
    },
  ];
  it.each(boxes)('fits the box into the padded viewport: $name', ({ bounds, size }) => {
    const camera = fitCamera(bounds, size, padding);
    const project = screenProjection(camera, size);
    const [[west, south], [east, north]] = bounds;
    const [left, top] = pixelOf(project, [west, north]);
    const [right, bottom] = pixelOf(project, [east, south]);
    const within = 0.5;
    // Inside the padding, touching it on the tighter axis.
    expect(left).toBeGreaterThan(padding.left - within);
    expect(right).toBeLessThan(size.width - padding.right + within);
    expect(top).toBeGreaterThan(padding.top - within);
    expect(bottom).toBeLessThan(size.height - padding.bottom + within);
    const touchesX =
      Math.abs(left - padding.left) < within && Math.abs(right - (size.width - padding.right)) < within;
    const touchesY =
      Math.abs(top - padding.top) < within && Math.abs(bottom - (size.height - padding.bottom)) < within;
    expect(touchesX || touchesY).toBe(true);
    // Centred in the padded area on both axes.
    expect(Math.abs((left + right) / 2 - (padding.left + (size.width - padding.right)) / 2)).toBeLessThan(
      within,
    );
    expect(Math.abs((top + bottom) / 2 - (padding.top + (size.height - padding.bottom)) / 2)).toBeLessThan(
      within,
    );
    expect(camera.center[0]).toBeGreaterThanOrEqual(-180);
    expect(camera.center[0]).toBeLessThan(180);
  });

  it('stops at maxZoom', () => {
    expect(
      fitCamera(
        [
          [121.4, 31.2],
          [121.41, 31.21],
        ],
        SIZE,
        padding,
        11,
      ).zoom,
    ).toBe(11);
  });

  it('refuses a viewport smaller than its padding', () => {
    expect(() =>
      fitCamera(
        [
          [0, 0],
          [1, 1],
        ],
        { width: 80, height: 80 },
        padding,
      ),
    ).toThrow();
  });
});

describe('scaledCamera', () => {
  it('moves the zoom by the scale that fits the drawn size into the shown one', () => {
    const camera = { center: [10, 20] as const, zoom: 5, bearing: 0 };
    expect(scaledCamera(camera, { width: 900, height: 540 }, { width: 450, height: 540 }).zoom).toBeCloseTo(
      4,
      9,
    );
    expect(scaledCamera(camera, { width: 900, height: 540 }, { width: 1800, height: 2160 }).zoom).toBeCloseTo(
      6,
      9,
    );
  });
});

describe('constrainCamera', () => {
  const top = MERCATOR_MAX_LATITUDE;
  it.each([
    {
      name: 'near the north pole',
      camera: { center: [-150, 80] as const, zoom: 1.2, bearing: 0 },
      edge: 'top',
      y: 0,
    },
    {
      name: 'near the south pole',
      camera: { center: [20, -80] as const, zoom: 2, bearing: 0 },
      edge: 'bottom',
      y: SIZE.height,
    },
  ])('holds the world against the map’s edge: $name', ({ camera, edge, y }) => {
    const held = constrainCamera(camera, SIZE);
    expect(held.edge).toBe(edge);
    const project = screenProjection(held.camera, SIZE);
    expect(Math.abs(project([held.camera.center[0], edge === 'top' ? top : -top])[1] - y)).toBeLessThan(0.5);
    expect(held.camera.zoom).toBe(camera.zoom);
  });

  it('leaves a camera that shows only the world alone', () => {
    const camera = { center: [121, 31] as const, zoom: 5, bearing: 0 };
    expect(constrainCamera(camera, SIZE)).toEqual({ camera, edge: null });
  });

  it('zooms in until the world is as tall as the map', () => {
    const held = constrainCamera({ center: [0, 50], zoom: 0, bearing: 0 }, SIZE);
    expect(worldSize(held.camera.zoom)).toBeCloseTo(SIZE.height, 6);
  });
});

describe('scaledCamera at an edge', () => {
  it('keeps the world’s top at the top of a taller frame', () => {
    const held = constrainCamera({ center: [-150, 80], zoom: 1.5, bearing: 0 }, SIZE).camera;
    const shown = { width: 450, height: 500 };
    const camera = scaledCamera(held, SIZE, shown, 'top');
    const project = screenProjection(camera, shown);
    expect(Math.abs(project([0, MERCATOR_MAX_LATITUDE])[1])).toBeLessThan(0.5);
    // And a point of the picture lands where the scaled picture puts it (scale 0.5, top-aligned, centred across).
    const [sx, sy] = screenProjection(held, SIZE)([-140, 60]);
    const [x, y] = project([-140, 60]);
    expect(Math.abs(x - (sx * 0.5 + (450 - 900 * 0.5) / 2))).toBeLessThan(0.5);
    expect(Math.abs(y - sy * 0.5)).toBeLessThan(0.5);
  });
});

describe('movedCamera', () => {
  // Each position, drawn at P before the move and shown at scale · P + (x, y) after it,
  // is where the moved camera draws it.
  const moves: { name: string; camera: Camera; move: PictureMove; position: [number, number] }[] = [
    {
      name: 'a drag east and down',
      camera: { center: SHANGHAI, zoom: 8, bearing: 0 },
      move: { scale: 1, x: 120, y: 45 },
      position: SUZHOU,
    },
    {
      name: 'a wheel zoom about a point off the centre',
      camera: { center: SHANGHAI, zoom: 7.5, bearing: 0 },
      move: { scale: 1.5, x: -150, y: -90 },
      position: [121.8, 30.9],
    },
    {
      name: 'a zoom out and a drag, turned by the bearing',
      camera: { center: SHANGHAI, zoom: 9, bearing: -37 },
      move: { scale: 0.6, x: 200, y: -30 },
      position: [121.9, 31.6],
    },
    {
      name: 'a drag across the antimeridian',
      camera: { center: [175, 40], zoom: 1.6, bearing: 0 },
      move: { scale: 1, x: -300, y: 0 },
      position: BOSTON,
    },
  ];
  it.each(moves)('keeps the picture’s pixels: $name', ({ camera, move, position }) => {
    const before = pixelOf(screenProjection(camera, SIZE), position);
    const moved = movedCamera(camera, SIZE, move);
    const after = pixelOf(screenProjection(moved, SIZE), position);
    expect(after[0]).toBeCloseTo(move.scale * before[0] + move.x, 6);
    expect(after[1]).toBeCloseTo(move.scale * before[1] + move.y, 6);
    expect(moved.zoom).toBeCloseTo(camera.zoom + Math.log2(move.scale), 9);
    expect(moved.bearing).toBe(camera.bearing);
  });

  it('wraps the centre’s longitude and leaves an unmoved camera where it was', () => {
    const camera: Camera = { center: [179, 10], zoom: 3, bearing: 0 };
    const east = movedCamera(camera, SIZE, { scale: 1, x: -worldSize(3) / 180, y: 0 });
    expect(east.center[0]).toBeCloseTo(-179, 6);
    const still = movedCamera(camera, SIZE, { scale: 1, x: 0, y: 0 });
    expect(still.center[0]).toBeCloseTo(179, 9);
    expect(still.center[1]).toBeCloseTo(10, 9);
  });
});

describe('constrainedMove', () => {
  // Held at the world's top: MapLibre moves a centre this far north down to where the top shows.
  const WORLD_VIEW: Camera = { center: [150, 80], zoom: 0.69, bearing: 0 };
  const size: Size = { width: 982, height: 411 };
  it('leaves a move that stays inside the world alone', () => {
    const move = { scale: 1, x: -160, y: -40 };
    expect(constrainedMove({ center: SHANGHAI, zoom: 3, bearing: 0 }, size, move)).toEqual(move);
  });
  it('holds a drag at the world’s top, as MapLibre holds its camera', () => {
    const top = constrainCamera(WORLD_VIEW, size).camera;
    const held = constrainedMove(top, size, { scale: 1, x: -160, y: 40 });
    expect(held.x).toBeCloseTo(-160, 6);
    expect(held.y).toBeCloseTo(0, 6);
    expect(held.scale).toBe(1);
  });
  it('stops a zoom out at a world as tall as the map, and the camera it gives is MapLibre’s', () => {
    const top = constrainCamera(WORLD_VIEW, size).camera;
    const held = constrainedMove(top, size, { scale: 0.25, x: 300, y: 100 });
    const camera = movedCamera(top, size, held);
    expect(worldSize(camera.zoom)).toBeCloseTo(size.height, 6);
    expect(constrainCamera(camera, size).camera.center[1]).toBeCloseTo(camera.center[1], 6);
  });
});
