import { type GeoIdentityTransform, geoIdentity, geoMercatorRaw } from 'd3-geo';
import type { Bounds } from '@/lib/geo/bounds';
import type { Position } from '@/lib/geo/great-circle';

/**
 * The map's camera as MapLibre holds it, for a flat Web-Mercator map. Pitch is left out:
 * the static map is drawn from straight above (a pitched view is drawn unpitched).
 */
export type Camera = { center: readonly [lon: number, lat: number]; zoom: number; bearing: number };
export type Size = { width: number; height: number };
export type Padding = { top: number; right: number; bottom: number; left: number };

/** MapLibre's tiles are 512 px: at zoom z the whole world is 512 · 2^z px wide. */
export const TILE_SIZE = 512;
/** Where MapLibre's Web Mercator stops (the square world). */
export const MERCATOR_MAX_LATITUDE = 85.051129;
/** MapLibre's own default upper zoom, which a fit without maxZoom may reach. */
export const MAPLIBRE_MAX_ZOOM = 22;

const RADIANS = Math.PI / 180;

export const worldSize = (zoom: number) => TILE_SIZE * 2 ** zoom;

const clampLatitude = (lat: number) => Math.max(-MERCATOR_MAX_LATITUDE, Math.min(MERCATOR_MAX_LATITUDE, lat));

/** The Mercator plane (radians, y up) of a position; the longitude is not wrapped, so world copies stay apart. */
export function mercatorPlane([lon, lat]: readonly [number, number]): [number, number] {
  return geoMercatorRaw(lon * RADIANS, clampLatitude(lat) * RADIANS);
}

/** MapLibre's world coordinates (0–1 across the world, y down) of a position. */
function worldUnits(position: readonly [number, number]): [number, number] {
  const [x, y] = mercatorPlane(position);
  return [(x + Math.PI) / (2 * Math.PI), (Math.PI - y) / (2 * Math.PI)];
}

function fromWorldUnits([x, y]: readonly [number, number]): [number, number] {
  const lon = x * 360 - 180;
  const lat = (2 * Math.atan(Math.exp(Math.PI - 2 * Math.PI * y)) - Math.PI / 2) / RADIANS;
  return [lon, lat];
}

/** A longitude in [-180, 180). */
export const wrapLongitude = (lon: number) => ((((lon + 180) % 360) + 360) % 360) - 180;

export type ScreenProjection = {
  /** The pixel of a position in the viewport, in the world copy its longitude names. */
  (position: readonly [number, number]): [number, number];
  camera: Camera;
  size: Size;
  /** Pixels per degree of longitude: one world copy to the next is 360 of them. */
  pixelsPerDegree: number;
  /** The world copy (a multiple of 360°) that puts `lon` nearest the camera's centre. */
  nearestCopy: (lon: number) => number;
};

/**
 * Projects positions to the viewport's pixels exactly as MapLibre's camera does: Web
 * Mercator at 512 · 2^zoom px per world, the camera's centre in the middle of the
 * viewport, the map turned by the bearing (MapLibre: the compass direction that is up).
 */
export function screenProjection(camera: Camera, size: Size): ScreenProjection {
  const scale = worldSize(camera.zoom) / (2 * Math.PI);
  const transform: GeoIdentityTransform = geoIdentity().reflectY(true).scale(scale).angle(camera.bearing);
  const [cx, cy] = transform(mercatorPlane(camera.center)) as [number, number];
  transform.translate([size.width / 2 - cx, size.height / 2 - cy]);
  const project = ((position: readonly [number, number]) =>
    transform(mercatorPlane(position)) as [number, number]) as ScreenProjection;
  project.camera = camera;
  project.size = size;
  project.pixelsPerDegree = worldSize(camera.zoom) / 360;
  project.nearestCopy = (lon: number) => 360 * Math.round((camera.center[0] - lon) / 360);
  return project;
}

/** The pixel of a position in the world copy nearest the centre, where MapLibre draws a point. */
export function pixelOf(project: ScreenProjection, [lon, lat]: Position | readonly [number, number]) {
  return project([lon + project.nearestCopy(lon), lat]);
}

/**
 * The camera that `map.fitBounds(bounds, { padding, maxZoom })` gives a map of `size` with
 * no bearing: MapLibre's cameraForBounds, the box's corners in world pixels fitted into the
 * padded viewport, the centre moved by half the padding's imbalance.
 */
export function fitCamera(bounds: Bounds, size: Size, padding: Padding, maxZoom = MAPLIBRE_MAX_ZOOM): Camera {
  const [[west, south], [east, north]] = bounds;
  const [x0, y0] = worldUnits([west, north]);
  const [x1, y1] = worldUnits([east, south]);
  const availableWidth = size.width - padding.left - padding.right;
  const availableHeight = size.height - padding.top - padding.bottom;
  const scaleX = availableWidth / ((x1 - x0) * TILE_SIZE);
  const scaleY = availableHeight / ((y1 - y0) * TILE_SIZE);
  if (!(scaleX > 0 && scaleY > 0) || !Number.isFinite(scaleX) || !Number.isFinite(scaleY)) {
    throw new Error('the padded viewport has no room for the bounds');
  }
  const zoom = Math.min(Math.log2(Math.min(scaleX, scaleY)), maxZoom);
  const world = worldSize(zoom);
  const middle: [number, number] = [
    (x0 + x1) / 2 - (padding.left - padding.right) / 2 / world,
    (y0 + y1) / 2 - (padding.top - padding.bottom) / 2 / world,
  ];
  const [lon, lat] = fromWorldUnits(middle);
  return { center: [wrapLongitude(lon), lat], zoom, bearing: 0 };
}

/** Which edge of the world a camera is held against: MapLibre keeps the world's top and bottom in view. */
export type WorldEdge = 'top' | 'bottom' | null;

/**
 * The camera MapLibre ends up with for a map of `size` (its default constraint with world
 * copies): zoomed in until the world is as tall as the map, and moved so that nothing above
 * the world's top or below its bottom shows. `edge` says which edge it was moved to.
 */
export function constrainCamera(camera: Camera, size: Size): { camera: Camera; edge: WorldEdge } {
  let zoom = camera.zoom;
  if (worldSize(zoom) < size.height) {
    zoom = Math.log2(size.height / TILE_SIZE);
    return { camera: { ...camera, center: [camera.center[0], 0], zoom }, edge: null };
  }
  const world = worldSize(zoom);
  const [, y] = worldUnits(camera.center);
  const half = size.height / 2 / world;
  if (y - half < 0)
    return { camera: { ...camera, center: [camera.center[0], fromWorldUnits([0, half])[1]] }, edge: 'top' };
  if (y + half > 1)
    return {
      camera: { ...camera, center: [camera.center[0], fromWorldUnits([0, 1 - half])[1]] },
      edge: 'bottom',
    };
  return { camera, edge: null };
}

/**
 * The camera of a map drawn for `drawn` and shown scaled to fit `shown` (an SVG with
 * preserveAspectRatio="xMid… meet", its top or bottom against the frame's when the camera
 * was held at that edge of the world): the zoom moved by the scale, the centre by what the
 * frame shows beyond the picture on that side.
 */
export function scaledCamera(camera: Camera, drawn: Size, shown: Size, edge: WorldEdge = null): Camera {
  const scale = Math.min(shown.width / drawn.width, shown.height / drawn.height);
  const zoom = camera.zoom + Math.log2(scale);
  if (edge === null) return { ...camera, zoom };
  // In the drawn picture's pixels: how far the frame's middle lies from the picture's.
  const shift = (shown.height / scale - drawn.height) / 2;
  const [x, y] = worldUnits(camera.center);
  const moved = y + ((edge === 'top' ? 1 : -1) * shift) / worldSize(camera.zoom);
  return { ...camera, center: [camera.center[0], fromWorldUnits([x, moved])[1]], zoom };
}
