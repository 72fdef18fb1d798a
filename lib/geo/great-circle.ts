/** Positions are [longitude, latitude] in degrees, as in GeoJSON. */
export type Position = [number, number];

const toRadians = (degrees: number) => (degrees * Math.PI) / 180;
const toDegrees = (radians: number) => (radians * 180) / Math.PI;

type Vector = [number, number, number];

function toVector([lon, lat]: Position): Vector {
  const λ = toRadians(lon);
  const φ = toRadians(lat);
  return [Math.cos(φ) * Math.cos(λ), Math.cos(φ) * Math.sin(λ), Math.sin(φ)];
}

function toPosition([x, y, z]: Vector): Position {
  return [toDegrees(Math.atan2(y, x)), toDegrees(Math.atan2(z, Math.hypot(x, y)))];
}

/** Central angle between two positions, in radians. */
export function angularDistance(a: Position, b: Position): number {
  const [ax, ay, az] = toVector(a);
  const [bx, by, bz] = toVector(b);
  const cross = Math.hypot(ay * bz - az * by, az * bx - ax * bz, ax * by - ay * bx);
  return Math.atan2(cross, ax * bx + ay * by + az * bz);
}

/**
 * Points along the shorter great circle from `start` to `end`, both included,
 * about `stepDegrees` of arc apart. Longitudes stay in [-180, 180].
 */
export function greatCirclePoints(start: Position, end: Position, stepDegrees = 1): Position[] {
  const ω = angularDistance(start, end);
  if (ω === 0) return [start, end];
  if (Math.abs(ω - Math.PI) < 1e-9) {
    throw new Error('antipodal points have no single great circle');
  }
  const segments = Math.max(1, Math.ceil(toDegrees(ω) / stepDegrees));
  const a = toVector(start);
  const b = toVector(end);
  const sinω = Math.sin(ω);
  const points: Position[] = [start];
  for (let i = 1; i < segments; i += 1) {
    const t = i / segments;
    const wa = Math.sin((1 - t) * ω) / sinω;
    const wb = Math.sin(t * ω) / sinω;
    points.push(toPosition([wa * a[0] + wb * b[0], wa * a[1] + wb * b[1], wa * a[2] + wb * b[2]]));
  }
  points.push(end);
  return points;
}

/**
 * Cuts a line wherever it crosses the antimeridian, so that no segment spans the
 * whole map. Each crossing gets a point at ±180 on both sides, at the latitude
 * interpolated in unwrapped longitude (exact enough for densified lines).
 */
export function splitAtAntimeridian(line: Position[]): Position[][] {
  const parts: Position[][] = [];
  let current: Position[] = [];
  for (const point of line) {
    const previous = current[current.length - 1];
    if (previous && Math.abs(point[0] - previous[0]) > 180) {
      const eastward = point[0] < previous[0];
      const edge = eastward ? 180 : -180;
      const unwrapped = point[0] + (eastward ? 360 : -360);
      const t = (edge - previous[0]) / (unwrapped - previous[0]);
      const lat = previous[1] + t * (point[1] - previous[1]);
      current.push([edge, lat]);
      parts.push(current);
      current = [[-edge, lat]];
    }
    current.push(point);
  }
  parts.push(current);
  return parts.filter((part) => part.length > 1);
}

export type ArcGeometry =
  | { type: 'LineString'; coordinates: Position[] }
  | { type: 'MultiLineString'; coordinates: Position[][] };

/** The drawn arc between two places: a densified great circle, split at the antimeridian. */
export function arcGeometry(start: Position, end: Position, stepDegrees = 1): ArcGeometry {
  const parts = splitAtAntimeridian(greatCirclePoints(start, end, stepDegrees));
  const [only] = parts;
  if (parts.length === 1 && only) return { type: 'LineString', coordinates: only };
  return { type: 'MultiLineString', coordinates: parts };
}
