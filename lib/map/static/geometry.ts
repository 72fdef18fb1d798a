import { type GeoProjection, geoArea, geoIdentity, geoPath } from 'd3-geo';
import type { ScreenProjection } from './camera';

type Pos = readonly [number, number];
type Pixel = [number, number];

/** The geometries the basemap files and the arcs hold (points are drawn as markers or labels, not paths). */
export type LineOrAreaGeometry =
  | { type: 'LineString'; coordinates: Pos[] }
  | { type: 'MultiLineString'; coordinates: Pos[][] }
  | { type: 'Polygon'; coordinates: Pos[][] }
  | { type: 'MultiPolygon'; coordinates: Pos[][][] };

/** A rectangle in the viewport's pixels: [[left, top], [right, bottom]]. */
export type Extent = [[number, number], [number, number]];

/** Where the map is drawn: a viewport, or more than it when the picture may be shown wider (see static-map.ts). */
export type DrawArea = { project: ScreenProjection; extent: Extent };

/** Points closer than this (px) to the line the kept ones make add nothing at the map's scale. */
const SIMPLIFY_PX = 0.5;
/** Rings smaller than this (px, width plus height) are islands below a pixel: left out. */
const SMALLEST_RING_PX = 2;
/** Strokes and halos reach a few pixels past a shape's edge. */
const CLIP_MARGIN_PX = 8;

/** A geometry's longitude/latitude box, once per geometry object. */
const boxes = new WeakMap<object, [number, number, number, number]>();

function lineBox(lines: readonly (readonly Pos[])[]): [number, number, number, number] {
  let west = Number.POSITIVE_INFINITY;
  let south = Number.POSITIVE_INFINITY;
  let east = Number.NEGATIVE_INFINITY;
  let north = Number.NEGATIVE_INFINITY;
  for (const line of lines)
    for (const [lon, lat] of line) {
      if (lon < west) west = lon;
      if (lon > east) east = lon;
      if (lat < south) south = lat;
      if (lat > north) north = lat;
    }
  return [west, south, east, north];
}

/** Every line or ring of a geometry, with the polygon it belongs to. */
function partsOf(geometry: LineOrAreaGeometry): Pos[][][] {
  switch (geometry.type) {
    case 'LineString':
      return [[geometry.coordinates]];
    case 'MultiLineString':
      return geometry.coordinates.map((line) => [line]);
    case 'Polygon':
      return [geometry.coordinates];
    case 'MultiPolygon':
      return geometry.coordinates;
  }
}

function boxOf(geometry: LineOrAreaGeometry) {
  let box = boxes.get(geometry);
  if (!box) {
    box = lineBox(partsOf(geometry).flat());
    boxes.set(geometry, box);
  }
  return box;
}

/** The world copies (multiples of 360°) in which a geometry reaches the drawn area; a globe has one. */
export function copiesReaching(area: DrawArea, geometry: LineOrAreaGeometry): number[] {
  if (area.project.globe) return [0];
  const [west, south, east, north] = boxOf(geometry);
  const [[left, top], [right, bottom]] = area.extent;
  const copies: number[] = [];
  const nearest = area.project.nearestCopy((west + east) / 2);
  for (const copy of [nearest - 360, nearest, nearest + 360]) {
    const corners = [
      area.project([west + copy, north]),
      area.project([east + copy, north]),
      area.project([east + copy, south]),
      area.project([west + copy, south]),
    ];
    const xs = corners.map(([x]) => x);
    const ys = corners.map(([, y]) => y);
    const reaches =
      Math.max(...xs) >= left - CLIP_MARGIN_PX &&
      Math.min(...xs) <= right + CLIP_MARGIN_PX &&
      Math.max(...ys) >= top - CLIP_MARGIN_PX &&
      Math.min(...ys) <= bottom + CLIP_MARGIN_PX;
    if (reaches) copies.push(copy);
  }
  return copies;
}

/** Douglas–Peucker: the points of line[first..last] that stray more than `tolerance` from its chord. */
function keepStraying(
  line: readonly Pixel[],
  first: number,
  last: number,
  tolerance: number,
  keep: Uint8Array,
) {
  let index = -1;
  let farthest = tolerance * tolerance;
  const [x0, y0] = line[first] as Pixel;
  const [x1, y1] = line[last] as Pixel;
  const dx = x1 - x0;
  const dy = y1 - y0;
  const length2 = dx * dx + dy * dy;
  for (let i = first + 1; i < last; i += 1) {
    const [x, y] = line[i] as Pixel;
    const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - x0) * dx + (y - y0) * dy) / length2));
    const ex = x - (x0 + t * dx);
    const ey = y - (y0 + t * dy);
    const distance2 = ex * ex + ey * ey;
    if (distance2 > farthest) {
      farthest = distance2;
      index = i;
    }
  }
  if (index < 0) return;
  keep[index] = 1;
  keepStraying(line, first, index, tolerance, keep);
  keepStraying(line, index, last, tolerance, keep);
}

/** A line simplified to within `tolerance` px (its ends kept). */
export function simplifyLine(line: readonly Pixel[], tolerance = SIMPLIFY_PX): Pixel[] {
  if (line.length <= 2) return [...line];
  const keep = new Uint8Array(line.length);
  keep[0] = 1;
  keep[line.length - 1] = 1;
  keepStraying(line, 0, line.length - 1, tolerance, keep);
  return line.filter((_, i) => keep[i] === 1);
}

/** A line in pixels, simplified to SIMPLIFY_PX. */
export function projectLine(project: ScreenProjection, line: readonly Pos[], copy: number): Pixel[] {
  const pixels: Pixel[] = new Array(line.length);
  for (let i = 0; i < line.length; i += 1) {
    const [lon, lat] = line[i] as Pos;
    pixels[i] = project([lon + copy, lat]);
  }
  return simplifyLine(pixels);
}

/** A d3 path context that keeps the points of each line or ring it is drawn. */
class PixelParts {
  readonly parts: Pixel[][] = [];
  private current: Pixel[] = [];
  beginPath() {}
  moveTo(x: number, y: number) {
    this.current = [[x, y]];
    this.parts.push(this.current);
  }
  lineTo(x: number, y: number) {
    this.current.push([x, y]);
  }
  closePath() {
    const first = this.current[0];
    if (first) this.current.push([first[0], first[1]]);
  }
  arc() {}
}

/** Polygons wound as d3 reads them on the sphere (clockwise), once per geometry object. */
const sphericalWindings = new WeakMap<object, LineOrAreaGeometry>();

/**
 * The geometry with every polygon wound clockwise. The basemap files follow GeoJSON's
 * counter-clockwise rule, which d3 on the sphere reads as the rest of the world.
 */
function sphericallyWound(geometry: LineOrAreaGeometry): LineOrAreaGeometry {
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return geometry;
  let wound = sphericalWindings.get(geometry);
  if (!wound) {
    const rewind = (rings: Pos[][]) =>
      geoArea({ type: 'Polygon', coordinates: rings as [number, number][][] }) > 2 * Math.PI
        ? rings.map((ring) => [...ring].reverse())
        : rings;
    wound =
      geometry.type === 'Polygon'
        ? { type: 'Polygon', coordinates: rewind(geometry.coordinates) }
        : { type: 'MultiPolygon', coordinates: geometry.coordinates.map(rewind) };
    sphericalWindings.set(geometry, wound);
  }
  return wound;
}

/** The lines or rings of a geometry on the globe's near side, in pixels, simplified to SIMPLIFY_PX. */
function globeParts(globe: GeoProjection, geometry: LineOrAreaGeometry): Pixel[][] {
  const parts = new PixelParts();
  geoPath(globe, parts)(sphericallyWound(geometry) as unknown as Parameters<ReturnType<typeof geoPath>>[0]);
  return parts.parts.map((part) => simplifyLine(part));
}

/** A line on the viewport: one per world copy it reaches, or its pieces on the globe's near side. */
export function screenLines(area: DrawArea, line: readonly Pos[]): Pixel[][] {
  const geometry = { type: 'LineString', coordinates: line as Pos[] } as const;
  if (area.project.globe)
    return globeParts(area.project.globe.projection, geometry).filter((l) => l.length >= 2);
  return copiesReaching(area, geometry).map((copy) => projectLine(area.project, line, copy));
}

const tooSmall = (ring: readonly Pixel[]) => {
  let left = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  let top = Number.POSITIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  for (const [x, y] of ring) {
    if (x < left) left = x;
    if (x > right) right = x;
    if (y < top) top = y;
    if (y > bottom) bottom = y;
  }
  return right - left + (bottom - top) < SMALLEST_RING_PX;
};

/** The pixel geometry of every copy of `geometry` that reaches the drawn area; rings shrunk to nothing are left out. */
export function pixelGeometry(area: DrawArea, geometry: LineOrAreaGeometry) {
  const polygons: Pixel[][][] = [];
  const lines: Pixel[][] = [];
  const isArea = geometry.type === 'Polygon' || geometry.type === 'MultiPolygon';
  if (area.project.globe) {
    const parts = globeParts(area.project.globe.projection, geometry);
    if (!isArea)
      return { type: 'MultiLineString', coordinates: parts.filter((line) => line.length >= 2) } as const;
    // One polygon of every ring: clipping at the horizon leaves no way to tell holes from
    // shells, and d3's clipping to the area reads the rings' windings together.
    const rings = parts.filter((ring) => ring.length >= 4 && !tooSmall(ring));
    return { type: 'MultiPolygon', coordinates: rings.length > 0 ? [rings] : [] } as const;
  }
  for (const copy of copiesReaching(area, geometry)) {
    for (const part of partsOf(geometry)) {
      const projected = part.map((line) => projectLine(area.project, line, copy));
      if (isArea) {
        const rings = projected.filter((ring) => ring.length >= 4 && !tooSmall(ring));
        if (rings[0] && rings[0] === projected[0]) polygons.push(rings);
      } else {
        for (const line of projected) if (line.length >= 2) lines.push(line);
      }
    }
  }
  return isArea
    ? ({ type: 'MultiPolygon', coordinates: polygons } as const)
    : ({ type: 'MultiLineString', coordinates: lines } as const);
}

/** A number for path data: no leading zero, no trailing ".0" (path data is most of the picture's bytes). */
const short = (tenths: number) => {
  const text = String(tenths / 10);
  return text.startsWith('0.') ? text.slice(1) : text.startsWith('-0.') ? `-${text.slice(2)}` : text;
};
const joined = (a: number, b: number) => {
  const second = short(b);
  return `${short(a)}${second.startsWith('-') ? '' : ','}${second}`;
};

/**
 * Path data in relative steps between points rounded to 0.1 px: the rounding is of each
 * absolute point, so the steps never drift.
 */
class RelativePath {
  private parts: string[] = [];
  private x = 0;
  private y = 0;
  private start: [number, number] = [0, 0];
  private lastWasLine = false;
  moveTo(x: number, y: number) {
    const rx = Math.round(x * 10);
    const ry = Math.round(y * 10);
    this.parts.push(`m${joined(rx - this.x, ry - this.y)}`);
    this.x = rx;
    this.y = ry;
    this.start = [rx, ry];
    this.lastWasLine = false;
  }
  lineTo(x: number, y: number) {
    const rx = Math.round(x * 10);
    const ry = Math.round(y * 10);
    if (rx === this.x && ry === this.y) return;
    const step = joined(rx - this.x, ry - this.y);
    // A repeated command may be left out: "l1,2l3,4" is "l1,2 3,4".
    this.parts.push(this.lastWasLine ? (step.startsWith('-') ? step : ` ${step}`) : `l${step}`);
    this.lastWasLine = true;
    this.x = rx;
    this.y = ry;
  }
  closePath() {
    this.parts.push('z');
    this.lastWasLine = false;
    [this.x, this.y] = this.start;
  }
  arc() {}
  beginPath() {}
  toString() {
    return this.parts.join('');
  }
}

/** An SVG path of pixel geometry, clipped to the drawn area (with a margin for strokes), to 0.1 px. */
export function pathData(
  area: DrawArea,
  geometry:
    | { type: 'MultiPolygon'; coordinates: Pixel[][][] }
    | { type: 'MultiLineString'; coordinates: Pixel[][] },
): string {
  if (geometry.coordinates.length === 0) return '';
  const [[left, top], [right, bottom]] = area.extent;
  const clip = geoIdentity().clipExtent([
    [left - CLIP_MARGIN_PX, top - CLIP_MARGIN_PX],
    [right + CLIP_MARGIN_PX, bottom + CLIP_MARGIN_PX],
  ]);
  const path = new RelativePath();
  geoPath(clip, path)(geometry);
  return path.toString();
}

/**
 * A line moved sideways by `offset` px, to its right as it runs (MapLibre's line-offset):
 * each point along the mean of its segments' normals.
 */
export function offsetLine(line: readonly Pixel[], offset: number): Pixel[] {
  if (offset === 0 || line.length < 2) return [...line];
  const normals = line.slice(1).map((point, i) => {
    const previous = line[i] as Pixel;
    const dx = point[0] - previous[0];
    const dy = point[1] - previous[1];
    const length = Math.hypot(dx, dy) || 1;
    return [-dy / length, dx / length] as Pixel;
  });
  return line.map(([x, y], i) => {
    const a = normals[Math.max(0, i - 1)] as Pixel;
    const b = normals[Math.min(normals.length - 1, i)] as Pixel;
    const nx = a[0] + b[0];
    const ny = a[1] + b[1];
    const length = Math.hypot(nx, ny) || 1;
    return [x + (nx / length) * offset, y + (ny / length) * offset];
  });
}

/** Points every `spacing` px along a line (the first half a spacing in), each with the line's direction there. */
export function pointsAlong(line: readonly Pixel[], spacing: number): { at: Pixel; angle: number }[] {
  const out: { at: Pixel; angle: number }[] = [];
  let next = spacing / 2;
  let travelled = 0;
  for (let i = 1; i < line.length; i += 1) {
    const [x0, y0] = line[i - 1] as Pixel;
    const [x1, y1] = line[i] as Pixel;
    const length = Math.hypot(x1 - x0, y1 - y0);
    while (length > 0 && next <= travelled + length) {
      const t = (next - travelled) / length;
      out.push({
        at: [x0 + t * (x1 - x0), y0 + t * (y1 - y0)],
        angle: (Math.atan2(y1 - y0, x1 - x0) * 180) / Math.PI,
      });
      next += spacing;
    }
    travelled += length;
  }
  return out;
}
