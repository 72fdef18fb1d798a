import type { BasemapData } from '@/lib/map/static/basemap';

type Ring = [number, number][];
const box = (west: number, south: number, east: number, north: number): Ring => [
  [west, south],
  [east, south],
  [east, north],
  [west, north],
  [west, south],
];
const feature = (
  properties: Record<string, unknown>,
  geometry: BasemapData['basemap-world']['features'][number]['geometry'],
) => ({
  type: 'Feature' as const,
  properties,
  geometry,
});

/** A tiny basemap in the shipped files' shape: a land box, a lake, borders, an outline, two labels. */
export const FIXTURE_BASEMAP: BasemapData = {
  'basemap-world': {
    type: 'FeatureCollection',
    features: [
      feature({ k: 'land' }, { type: 'Polygon', coordinates: [box(100, 10, 140, 50)] }),
      feature({ k: 'land' }, { type: 'Polygon', coordinates: [box(-80, 30, -60, 50)] }),
      feature({ k: 'lake' }, { type: 'Polygon', coordinates: [box(118, 30, 119, 31)] }),
      feature(
        { k: 'country' },
        {
          type: 'LineString',
          coordinates: [
            [110, 10],
            [110, 50],
          ],
        },
      ),
      feature(
        { k: 'admin1' },
        {
          type: 'LineString',
          coordinates: [
            [120, 20],
            [120, 40],
          ],
        },
      ),
    ],
  },
  'basemap-yrd': { type: 'FeatureCollection', features: [] },
  'basemap-boston': { type: 'FeatureCollection', features: [] },
  'basemap-places': {
    type: 'FeatureCollection',
    features: [feature({ id: 'shanghai' }, { type: 'Polygon', coordinates: [box(121, 30.7, 122, 31.8)] })],
  },
  'basemap-labels': {
    type: 'FeatureCollection',
    features: [
      feature(
        { k: 'country', id: 'CN', name_en: 'China', name_zh: '中国', minzoom: 1, rank: 1 },
        { type: 'Point', coordinates: [105, 35] },
      ),
      feature(
        { k: 'admin1', id: 'CN-江苏', name_en: 'Jiangsu', name_zh: '江苏', minzoom: 5, rank: 2 },
        { type: 'Point', coordinates: [119.5, 33] },
      ),
    ],
  },
};
