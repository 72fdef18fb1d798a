import {
  type GeoIdentityTransform,
  type GeoProjection,
  geoDistance,
  geoIdentity,
  geoMercatorRaw,
  geoProjection,
} from 'd3-geo';
import type { Projection } from '@/lib/domain';
import type { Bounds } from '@/lib/geo/bounds';
import type { Position } from '@/lib/geo/great-circle';
import type { PictureMove } from './picture-move';

/**
 * The map's camera as MapLibre holds it. Pitch is left out:
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
/** MapLibre's own default lower zoom. */
const MAPLIBRE_MIN_ZOOM = -2;

const RADIANS = Math.PI / 180;

export const worldSize = (zoom: number) => TILE_SIZE * 2 ** zoom;

/** A latitude within Web Mercator's square world. */
export const clampLatitude = (lat: number) =>
  Math.max(-MERCATOR_MAX_LATITUDE, Math.min(MERCATOR_MAX_LATITUDE, lat));

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
  /** The world copy (a multiple of 360°) that puts `lon` nearest the camera's centre. */
  nearestCopy: (lon: number) => number;
  /** The globe the map is drawn on, or null for the flat map. */
  globe: Globe | null;
};

/** A globe as the viewport shows it: one world, its far side hidden behind its horizon. */
export type Globe = {
  /** Projects and clips geometry at the horizon (d3 resamples lines along great circles). */
  projection: GeoProjection;
  /** The globe's disc on the viewport: its centre and radius in pixels. */
  disc: { x: number; y: number; r: number };
  /** Whether a position is on the side facing the camera. */
  faces: (position: readonly [number, number]) => boolean;
};

/** MapLibre's default vertical field of view (36.87°), in radians. */
const FIELD_OF_VIEW = 0.6435011087932844;

/**
 * The vertical field of view (degrees) that stands a live globe's camera as far off as the
 * picture's, which was drawn `drawnHeight` px tall and is shown scaled by `scale` in a frame
 * `shownHeight` px tall: MapLibre's camera stands 0.5 / tan(fov / 2) · height px off the
 * globe, so a frame of another height sees it in another perspective, its horizon elsewhere.
 */
export function globeFieldOfView(drawnHeight: number, scale: number, shownHeight: number): number {
  return (2 * Math.atan((Math.tan(FIELD_OF_VIEW / 2) * shownHeight) / (drawnHeight * scale))) / RADIANS;
}

/**
 * MapLibre's 'globe' is a vertical perspective up to zoom 11 and Mercator from 12, blended
 * between; the picture is drawn flat from 11, where the globe's curve across a viewport is
 * below a pixel.
 */
export const GLOBE_FLAT_ZOOM = 11;

/**
 * The vertical perspective of a unit sphere seen from `distance` radii from its centre (the
 * "satellite" projection, looking straight down), as d3 raw projection.
 */
function verticalPerspectiveRaw(distance: number) {
  return (lambda: number, phi: number): [number, number] => {
    const cosPhi = Math.cos(phi);
    const k = (distance - 1) / (distance - cosPhi * Math.cos(lambda));
    return [k * cosPhi * Math.sin(lambda), k * Math.sin(phi)];
  };
}

/**
 * MapLibre's globe camera (its VerticalPerspectiveTransform, unpitched): a sphere whose
 * radius is the world's size over 2π, grown by 1 / cos(latitude) so that the centre keeps
 * the flat map's scale, seen from 0.5 / tan(fov / 2) · height px above the centre's point.
 */
function globeProjection(camera: Camera, size: Size): ScreenProjection {
  const radius =
    worldSize(camera.zoom) / (2 * Math.PI) / Math.cos(clampLatitude(Math.abs(camera.center[1])) * RADIANS);
  const cameraDistance = (0.5 / Math.tan(FIELD_OF_VIEW / 2)) * size.height;
  const distance = 1 + cameraDistance / radius;
  const horizon = Math.acos(1 / distance);
  const centre: [number, number] = [size.width / 2, size.height / 2];
  const projection = geoProjection(verticalPerspectiveRaw(distance))
    .scale(radius)
    .translate(centre)
    .rotate([-camera.center[0], -camera.center[1]])
    .angle(camera.bearing)
    // Just inside the horizon: on it, the projection's clipping is ill-defined.
    .clipAngle(horizon / RADIANS - 1e-6)
    .precision(0.5);
  const project = ((position: readonly [number, number]) =>
    projection(position as [number, number]) as [number, number]) as ScreenProjection;
  project.camera = camera;
  project.size = size;
  project.nearestCopy = () => 0;
  project.globe = {
    projection,
    disc: { x: centre[0], y: centre[1], r: radius * Math.sqrt((distance - 1) / (distance + 1)) },
    faces: (position) =>
      geoDistance(position as [number, number], camera.center as [number, number]) < horizon,
  };
  return project;
}

/** The Mercator plane onto the viewport's pixels: the camera's centre in the middle, turned by its bearing. */
function mercatorScreen(camera: Camera, size: Size): GeoIdentityTransform {
  const scale = worldSize(camera.zoom) / (2 * Math.PI);
  const transform = geoIdentity().reflectY(true).scale(scale).angle(camera.bearing);
  const [cx, cy] = transform(mercatorPlane(camera.center)) as [number, number];
  return transform.translate([size.width / 2 - cx, size.height / 2 - cy]);
}

/**
 * The flat map's camera that shows what a picture drawn for `camera` shows once moved by
 * `move` (dragged, zoomed about a point): the position that comes to the middle is the new
 * centre, and the zoom grows by the scale's power of two.
 */
export function movedCamera(camera: Camera, size: Size, move: PictureMove): Camera {
  const middle: [number, number] = [
    (size.width / 2 - move.x) / move.scale,
    (size.height / 2 - move.y) / move.scale,
  ];
  const plane = mercatorScreen(camera, size).invert(middle) as [number, number];
  const [lambda, phi] = geoMercatorRaw.invert?.(plane[0], plane[1]) ?? [0, 0];
  const zoom = Math.min(MAPLIBRE_MAX_ZOOM, Math.max(MAPLIBRE_MIN_ZOOM, camera.zoom + Math.log2(move.scale)));
  return {
    center: [wrapLongitude(lambda / RADIANS), clampLatitude(phi / RADIANS)],
    zoom,
    bearing: camera.bearing,
  };
}

/**
 * Projects positions to the viewport's pixels exactly as MapLibre's camera does: Web
 * Mercator at 512 · 2^zoom px per world, the camera's centre in the middle of the
 * viewport, the map turned by the bearing (MapLibre: the compass direction that is up);
 * for a globe view below GLOBE_FLAT_ZOOM, MapLibre's globe (globeProjection).
 */
export function screenProjection(
  camera: Camera,
  size: Size,
  projection: Projection = 'mercator',
): ScreenProjection {
  if (projection === 'globe' && camera.zoom < GLOBE_FLAT_ZOOM) return globeProjection(camera, size);
  const transform = mercatorScreen(camera, size);
  const project = ((position: readonly [number, number]) =>
    transform(mercatorPlane(position)) as [number, number]) as ScreenProjection;
  project.camera = camera;
  project.size = size;
  project.nearestCopy = (lon: number) => 360 * Math.round((camera.center[0] - lon) / 360);
  project.globe = null;
  return project;
}

/** Whether a position is drawn at all: on the flat map always, on the globe on its near side. */
export const facesCamera = (project: ScreenProjection, position: readonly [number, number]) =>
  project.globe ? project.globe.faces(position) : true;

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

/**
 * A move of a picture drawn for `camera` held to what MapLibre allows (constrainCamera): not
 * past the world's top or bottom, not zoomed out below a world as tall as the map. The live
 * map then opens where the picture was left, with no jump.
 */
export function constrainedMove(camera: Camera, size: Size, move: PictureMove): PictureMove {
  const moved = movedCamera(camera, size, move);
  const held = constrainCamera(moved, size).camera;
  if (held.zoom === moved.zoom && held.center[1] === moved.center[1]) return move;
  const scale = 2 ** (held.zoom - camera.zoom);
  const [x, y] = pixelOf(screenProjection(camera, size), [moved.center[0], held.center[1]]);
  return { scale, x: size.width / 2 - scale * x, y: size.height / 2 - scale * y };
}
