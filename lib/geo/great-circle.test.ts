import { describe, expect, it } from 'vitest';
import {
  angularDistance,
  arcGeometry,
  greatCirclePoints,
  type Position,
  splitAtAntimeridian,
} from './great-circle';

const shanghai: Position = [121.471, 31.234361];
const boston: Position = [-71.057778, 42.360278];
const suzhou: Position = [120.585278, 31.299722];
const shaoxing: Position = [120.583, 30.0];
const zhangjiang: Position = [121.588, 31.19];

const allPositions = (geometry: ReturnType<typeof arcGeometry>): Position[][] =>
  geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;

const EARTH_RADIUS_KM = 6371.0088;

describe('angularDistance', () => {
  it.each([
    ['same point', shanghai, shanghai, 0],
    ['quarter of the equator', [0, 0] as Position, [90, 0] as Position, Math.PI / 2],
    ['pole to equator', [0, 90] as Position, [45, 0] as Position, Math.PI / 2],
    ['across the antimeridian', [179, 0] as Position, [-179, 0] as Position, (2 * Math.PI) / 180],
  ])('%s', (_name, a, b, expected) => {
    expect(angularDistance(a, b)).toBeCloseTo(expected, 9);
  });

  it('puts Shanghai about 11,700 km from Boston', () => {
    expect(angularDistance(shanghai, boston) * EARTH_RADIUS_KM).toBeGreaterThan(11_600);
    expect(angularDistance(shanghai, boston) * EARTH_RADIUS_KM).toBeLessThan(11_800);
  });
});

describe('greatCirclePoints', () => {
  it('starts and ends at the endpoints', () => {
    const points = greatCirclePoints(shanghai, boston);
    expect(points[0]).toEqual(shanghai);
    expect(points.at(-1)).toEqual(boston);
  });

  it('spaces points at most the step apart', () => {
    const points = greatCirclePoints(shanghai, boston, 2);
    for (let i = 1; i < points.length; i += 1) {
      const step = (angularDistance(points[i - 1] as Position, points[i] as Position) * 180) / Math.PI;
      expect(step).toBeLessThanOrEqual(2 + 1e-9);
    }
  });

  it('keeps every point on the great circle (equal distance sums)', () => {
    const total = angularDistance(shanghai, boston);
    for (const p of greatCirclePoints(shanghai, boston, 5)) {
      expect(angularDistance(shanghai, p) + angularDistance(p, boston)).toBeCloseTo(total, 9);
    }
  });

  it('refuses antipodal points', () => {
    expect(() => greatCirclePoints([0, 0], [180, 0])).toThrow(/antipodal/);
  });
});

describe('splitAtAntimeridian', () => {
  it.each([
    [
      'no crossing',
      [
        [10, 0],
        [20, 5],
      ] as Position[],
      1,
    ],
    [
      'eastward crossing',
      [
        [170, 10],
        [-170, 20],
      ] as Position[],
      2,
    ],
    [
      'westward crossing',
      [
        [-170, 20],
        [170, 10],
      ] as Position[],
      2,
    ],
    [
      'two crossings',
      [
        [170, 0],
        [-170, 0],
        [170, 0],
      ] as Position[],
      3,
    ],
  ])('%s gives %i part(s)', (_name, line, parts) => {
    expect(splitAtAntimeridian(line)).toHaveLength(parts);
  });

  it('meets the antimeridian at the interpolated latitude on both sides', () => {
    const [west, east] = splitAtAntimeridian([
      [170, 10],
      [-170, 20],
    ]);
    expect(west?.at(-1)).toEqual([180, 15]);
    expect(east?.[0]).toEqual([-180, 15]);
  });
});

describe('arcGeometry', () => {
  it('draws Shanghai–Boston across the Pacific, split at the antimeridian', () => {
    const arc = arcGeometry(shanghai, boston);
    expect(arc.type).toBe('MultiLineString');
    const longitudes = allPositions(arc)
      .flat()
      .map(([lon]) => lon);
    // The short way goes east from 121°E over the Pacific: never through Europe or the Atlantic.
    expect(longitudes.every((lon) => lon >= 121 || lon <= -71)).toBe(true);
  });

  it('passes north of 60°N between Shanghai and Boston', () => {
    const northernmost = Math.max(
      ...allPositions(arcGeometry(shanghai, boston))
        .flat()
        .map(([, lat]) => lat),
    );
    expect(northernmost).toBeGreaterThan(60);
  });

  it.each([
    ['Shanghai–Boston', shanghai, boston],
    ['Zhangjiang–Boston', zhangjiang, boston],
    ['Boston–Shanghai', boston, shanghai],
    ['Shanghai–Suzhou', shanghai, suzhou],
    ['Shanghai–Shaoxing', shanghai, shaoxing],
  ])('no segment of %s jumps more than 180° of longitude', (_name, a, b) => {
    for (const part of allPositions(arcGeometry(a, b))) {
      for (let i = 1; i < part.length; i += 1) {
        expect(Math.abs((part[i] as Position)[0] - (part[i - 1] as Position)[0])).toBeLessThanOrEqual(180);
      }
    }
  });

  it('keeps a short regional arc as one LineString', () => {
    expect(arcGeometry(shanghai, suzhou).type).toBe('LineString');
  });
});
