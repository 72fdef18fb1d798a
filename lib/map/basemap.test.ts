import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { BASEMAP_ATTRIBUTION, basemapLayers, basemapSources, basemapStyle } from './basemap-style';
import { dataLayers } from './data-layers';

type Geometry = { type: string; coordinates: unknown };
type Feature = { type: string; geometry: Geometry | null; properties: Record<string, unknown> };
type Collection = { type: string; features: Feature[] };
type Ring = [number, number][];

const DIRECTORY = path.join(process.cwd(), 'public', 'basemap');
const FILES = ['world.geojson', 'yrd.geojson', 'boston.geojson', 'places.geojson', 'labels.geojson'];
const BUDGET_BYTES = 1.5 * 1024 * 1024;

const raw = Object.fromEntries(FILES.map((file) => [file, readFileSync(path.join(DIRECTORY, file))]));
const collections = Object.fromEntries(
  FILES.map((file) => [file, JSON.parse(String(raw[file])) as Collection]),
) as Record<string, Collection>;

function rings(geometry: Geometry): Ring[] {
  switch (geometry.type) {
    case 'Polygon':
      return geometry.coordinates as Ring[];
    case 'MultiPolygon':
      return (geometry.coordinates as Ring[][]).flat();
    default:
      return [];
  }
}

function positions(geometry: Geometry): [number, number][] {
  const walk = (value: unknown): [number, number][] =>
    Array.isArray(value) && typeof value[0] === 'number'
      ? [value as [number, number]]
      : (value as unknown[]).flatMap(walk);
  return walk(geometry.coordinates);
}

/** Even–odd ray casting on each polygon's outer ring. */
function covers(file: string, kind: string, [x, y]: [number, number]): boolean {
  return (collections[file]?.features ?? [])
    .filter((f) => f.properties.k === kind && f.geometry)
    .some((f) => {
      const geometry = f.geometry as Geometry;
      const polygons =
        geometry.type === 'Polygon' ? [geometry.coordinates as Ring[]] : (geometry.coordinates as Ring[][]);
      return polygons.some(([outer]) => {
        let inside = false;
        const ring = outer ?? [];
        for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
          const [xi, yi] = ring[i] as [number, number];
          const [xj, yj] = ring[j] as [number, number];
          if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
        }
        return inside;
      });
    });
}

describe('the committed basemap files', () => {
  it.each(FILES)('%s is a FeatureCollection of valid geometries', (file) => {
    const collection = collections[file] as Collection;
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features.length).toBeGreaterThan(0);
    // Problems are collected and compared once: an expect per coordinate timed out under load.
    const problems: string[] = [];
    collection.features.forEach((feature, i) => {
      if (!feature.geometry) {
        problems.push(`feature ${i}: no geometry`);
        return;
      }
      const geometry = feature.geometry as Geometry;
      for (const [lon, lat] of positions(geometry)) {
        if (Math.abs(lon) > 180 || Math.abs(lat) > 90)
          problems.push(`feature ${i}: ${lon},${lat} out of range`);
      }
      for (const ring of rings(geometry)) {
        if (ring.length < 4) problems.push(`feature ${i}: a ring of ${ring.length} positions`);
        else if (String(ring[0]) !== String(ring.at(-1))) problems.push(`feature ${i}: an open ring`);
      }
    });
    expect(problems).toEqual([]);
  });

  it('fits a first view into 1.5 MB, even uncompressed', () => {
    const total = FILES.reduce((sum, file) => sum + (raw[file]?.length ?? 0), 0);
    const gzipped = FILES.reduce((sum, file) => sum + gzipSync(raw[file] as Buffer).length, 0);
    expect(total).toBeLessThanOrEqual(BUDGET_BYTES);
    expect(gzipped).toBeLessThan(total);
  });

  it('outlines Shanghai, Suzhou, Shaoxing and Boston (Suffolk County)', () => {
    const ids = (collections['places.geojson'] as Collection).features.map((f) => f.properties.id);
    expect(ids).toEqual(expect.arrayContaining(['shanghai', 'suzhou', 'shaoxing', 'boston']));
  });

  it.each<[string, string, string, [number, number], boolean]>([
    ['Lake Tai is water', 'yrd.geojson', 'lake', [120.2, 31.2], true],
    ['Chongming island is land', 'yrd.geojson', 'land', [121.55, 31.62], true],
    ['Hangzhou Bay is water', 'yrd.geojson', 'land', [121.2, 30.5], false],
    ['Boston Harbor is water', 'boston.geojson', 'land', [-70.97, 42.34], false],
    ['downtown Boston is land', 'boston.geojson', 'land', [-71.06, 42.36], true],
  ])('%s', (_name, file, kind, point, expected) => {
    expect(covers(file, kind, point)).toBe(expected);
  });

  it('labels the countries and provinces of the atlas in English and Chinese', () => {
    const labels = new Map(
      (collections['labels.geojson'] as Collection).features.map((f) => [f.properties.id, f.properties]),
    );
    for (const [id, zh] of [
      ['CN', '中国'],
      ['US', '美国'],
      ['CN-江苏', '江苏'],
      ['CN-浙江', '浙江'],
      ['US-25', '马萨诸塞州'],
    ]) {
      expect(labels.get(id)?.name_zh, id).toBe(zh);
      expect(labels.get(id)?.name_en, id).toBeTruthy();
    }
  });
});

describe('the map style', () => {
  it.each(['en', 'zh'] as const)(
    'is a valid MapLibre style in %s, with no glyph or sprite server',
    (language) => {
      const style = {
        ...basemapStyle('http://atlas.test/basemap', language),
        sources: {
          ...basemapSources('http://atlas.test/basemap'),
          'atlas-places': { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
          'atlas-links': { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
        },
        layers: [...basemapLayers(language), ...dataLayers({ language, visibleKinds: ['enterprise_park'] })],
      };
      expect(validateStyleMin(style as Parameters<typeof validateStyleMin>[0])).toEqual([]);
      expect(style).not.toHaveProperty('glyphs');
      expect(style).not.toHaveProperty('sprite');
    },
  );

  it('loads every basemap file from the atlas’s own origin', () => {
    for (const source of Object.values(basemapSources('/basemap'))) {
      expect((source as { data: string }).data).toMatch(/^\/basemap\/[a-z]+\.geojson$/);
    }
  });

  it('credits every dataset', () => {
    for (const name of ['Natural Earth', 'OpenStreetMap', 'U.S. Census Bureau']) {
      expect(BASEMAP_ATTRIBUTION).toContain(name);
    }
  });
});
