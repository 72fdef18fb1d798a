import {
  type Feature,
  featureFilter,
  type LayerSpecification,
  latest,
  normalizePropertyExpression,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { Locale } from '@/lib/domain';
import { type BASEMAP_SOURCE, basemapLayers, isOutlineLayer } from '@/lib/map/basemap-style';
import { facesCamera } from './camera';
import { type DrawArea, type LineOrAreaGeometry, pathData, pixelGeometry } from './geometry';
import { LINE_HEIGHT_EMS, type Placer, textWidth, wrapText } from './labels';
import { type PathShape, px, type TextShape } from './shapes';

type BasemapFeature = {
  type: 'Feature';
  properties: Record<string, unknown>;
  geometry: LineOrAreaGeometry | { type: 'Point'; coordinates: [number, number] } | null;
};
export type BasemapCollection = { type: 'FeatureCollection'; features: BasemapFeature[] };
/** The basemap files (public/basemap/*.geojson) by their MapLibre source id. */
export type BasemapData = Record<(typeof BASEMAP_SOURCE)[keyof typeof BASEMAP_SOURCE], BasemapCollection>;

export type BasemapLayerPicture = { id: string; outline: boolean; path: PathShape };
export type BasemapPicture = {
  background: string;
  /** On a globe the background fills its disc alone; else the whole drawn area. */
  globe: { x: number; y: number; r: number } | null;
  layers: BasemapLayerPicture[];
  labels: TextShape[];
};

/** MapLibre's geometry type numbers, which its filters read through ['geometry-type']. */
const GEOMETRY_TYPE: Record<string, 1 | 2 | 3> = {
  Point: 1,
  LineString: 2,
  MultiLineString: 2,
  Polygon: 3,
  MultiPolygon: 3,
};

type Evaluated = { zoom: number; properties?: Record<string, unknown> };

/**
 * A paint or layout value of a layer, evaluated as MapLibre evaluates it: the same style
 * data (lib/map/basemap-style.ts) drives the live map and this picture.
 */
function styleValue(layer: LayerSpecification, group: 'paint' | 'layout', name: string) {
  const values = (layer as unknown as Record<string, Record<string, unknown> | undefined>)[group];
  const value = values?.[name];
  const reference = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[
    `${group}_${layer.type}`
  ]?.[name];
  if (!reference) throw new Error(`no such property: ${group}.${name} of a ${layer.type} layer`);
  const expression = normalizePropertyExpression(
    (value ?? (reference as { default?: unknown }).default) as never,
    name,
    reference,
  );
  return ({ zoom, properties = {} }: Evaluated): unknown =>
    expression.evaluate({ zoom }, { type: 1, properties } as Feature);
}

const colourText = (value: unknown) => {
  const colour = value as { r: number; g: number; b: number; a: number };
  const hex = (v: number) =>
    Math.round((v / (colour.a || 1)) * 255)
      .toString(16)
      .padStart(2, '0');
  return `#${hex(colour.r)}${hex(colour.g)}${hex(colour.b)}`;
};
const colourAlpha = (value: unknown) => (value as { a: number }).a;

const shownAt = (layer: LayerSpecification, zoom: number) =>
  (layer.minzoom === undefined || zoom >= layer.minzoom) &&
  (layer.maxzoom === undefined || zoom < layer.maxzoom);

const visible = (layer: LayerSpecification) =>
  (layer.layout as { visibility?: string } | undefined)?.visibility !== 'none';

/** The features of a layer's source that its filter keeps at this zoom (filters see the tile's whole zoom). */
function keptFeatures(layer: LayerSpecification, data: BasemapData, zoom: number): BasemapFeature[] {
  if (!('source' in layer)) return [];
  const collection = data[layer.source as keyof BasemapData];
  if (!collection) return [];
  const filter = featureFilter(layer.filter, 'filter');
  const tileZoom = Math.floor(zoom);
  return collection.features.filter(
    (feature) =>
      feature.geometry &&
      filter.filter({ zoom: tileZoom }, {
        type: GEOMETRY_TYPE[feature.geometry.type] ?? 1,
        properties: feature.properties,
      } as Feature),
  );
}

function areaOrLineOf(area: DrawArea, features: BasemapFeature[], type: 'fill' | 'line') {
  const polygons: [number, number][][][] = [];
  const lines: [number, number][][] = [];
  for (const { geometry } of features) {
    if (!geometry || geometry.type === 'Point') continue;
    const pixels = pixelGeometry(area, geometry);
    if (pixels.type === 'MultiPolygon') {
      if (type === 'fill') polygons.push(...pixels.coordinates);
      // A line layer over polygons strokes their rings.
      else lines.push(...pixels.coordinates.flat());
    } else if (type === 'line') lines.push(...pixels.coordinates);
  }
  return type === 'fill'
    ? pathData(area, { type: 'MultiPolygon', coordinates: polygons })
    : pathData(area, { type: 'MultiLineString', coordinates: lines });
}

function fillPicture(
  layer: LayerSpecification,
  area: DrawArea,
  features: BasemapFeature[],
  zoom: number,
): PathShape {
  const colour = styleValue(layer, 'paint', 'fill-color')({ zoom });
  const opacity = (styleValue(layer, 'paint', 'fill-opacity')({ zoom }) as number) * colourAlpha(colour);
  const antialias = styleValue(layer, 'paint', 'fill-antialias')({ zoom }) as boolean;
  return {
    d: areaOrLineOf(area, features, 'fill'),
    fill: colourText(colour),
    fillRule: 'evenodd',
    ...(opacity < 1 ? { opacity } : {}),
    ...(antialias ? {} : { crisp: true }),
  };
}

function linePicture(
  layer: LayerSpecification,
  area: DrawArea,
  features: BasemapFeature[],
  zoom: number,
): PathShape {
  const colour = styleValue(layer, 'paint', 'line-color')({ zoom });
  const width = styleValue(layer, 'paint', 'line-width')({ zoom }) as number;
  const opacity = (styleValue(layer, 'paint', 'line-opacity')({ zoom }) as number) * colourAlpha(colour);
  const dashes = (layer.paint as { 'line-dasharray'?: unknown } | undefined)?.['line-dasharray']
    ? (styleValue(layer, 'paint', 'line-dasharray')({ zoom }) as number[])
    : null;
  const join = styleValue(layer, 'layout', 'line-join')({ zoom });
  return {
    d: areaOrLineOf(area, features, 'line'),
    fill: 'none',
    stroke: colourText(colour),
    strokeWidth: px(width),
    ...(opacity < 1 ? { opacity } : {}),
    // MapLibre's dashes are in line widths.
    ...(dashes && dashes.length > 1 ? { dash: dashes.map((d) => px(d * width)).join(' ') } : {}),
    ...(join === 'round' ? { lineJoin: 'round' as const } : {}),
  };
}

/** text-padding is a number or (newer specs) a Padding of up to four. */
const firstNumber = (value: unknown): number =>
  typeof value === 'number'
    ? value
    : Array.isArray(value)
      ? Number(value[0] ?? 0)
      : Number((value as { values?: number[] } | null)?.values?.[0] ?? 0);

type Label = { feature: BasemapFeature; layer: LayerSpecification; sortKey: number; order: number };

/** Basemap labels, the top layer first and by sort key within a layer, each where no earlier one is. */
function labelPictures(labels: Label[], area: DrawArea, zoom: number, placer: Placer): TextShape[] {
  labels.sort((a, b) => a.order - b.order || a.sortKey - b.sortKey);
  const out: TextShape[] = [];
  for (const { feature, layer } of labels) {
    if (feature.geometry?.type !== 'Point') continue;
    const properties = feature.properties;
    const evaluate = (group: 'paint' | 'layout', name: string) =>
      styleValue(layer, group, name)({ zoom, properties });
    const raw = String(evaluate('layout', 'text-field') ?? '');
    if (!raw) continue;
    const transform = evaluate('layout', 'text-transform');
    const text = transform === 'uppercase' ? raw.toUpperCase() : raw;
    const size = evaluate('layout', 'text-size') as number;
    const letterSpacing = (evaluate('layout', 'text-letter-spacing') as number) * size;
    const maxWidth = (evaluate('layout', 'text-max-width') as number) * size;
    const pad = firstNumber(evaluate('layout', 'text-padding'));
    const lines = wrapText(text, size, maxWidth, letterSpacing);
    const lineHeight = size * LINE_HEIGHT_EMS;
    const width = Math.max(...lines.map((line) => textWidth(line, size, letterSpacing)));
    const height = lines.length * lineHeight;
    const [lon, lat] = feature.geometry.coordinates;
    if (!facesCamera(area.project, [lon, lat])) continue;
    for (const copy of [area.project.nearestCopy(lon)]) {
      const [x, y] = area.project([lon + copy, lat]);
      const box: [number, number, number, number] = [
        x - width / 2 - pad,
        y - height / 2 - pad,
        x + width / 2 + pad,
        y + height / 2 + pad,
      ];
      if (!placer.claim(box)) continue;
      out.push({
        x: px(x),
        y: px(y),
        lines,
        size: px(size),
        fill: colourText(evaluate('paint', 'text-color')),
        halo: colourText(evaluate('paint', 'text-halo-color')),
        haloWidth: px(evaluate('paint', 'text-halo-width') as number),
        ...(letterSpacing ? { letterSpacing: px(letterSpacing) } : {}),
        anchor: 'middle',
        baseline: 'middle',
      });
    }
  }
  return out;
}

/**
 * The basemap at the area's camera, layer by layer as MapLibre stacks them: each fill or
 * line layer one path (its features merged, simplified and clipped to the area), then the
 * labels in the reading language where `placer` (already holding the atlas's own labels,
 * which MapLibre places first, being on top) leaves room.
 */
export function basemapPicture(
  data: BasemapData,
  area: DrawArea,
  { language, outlines }: { language: Locale; outlines: boolean },
  placer: Placer,
): BasemapPicture {
  const zoom = area.project.camera.zoom;
  let background = '#ffffff';
  const layers: BasemapLayerPicture[] = [];
  const labels: Label[] = [];
  const styleLayers = basemapLayers(language);
  styleLayers.forEach((layer, index) => {
    const outline = isOutlineLayer(layer.id);
    if (!visible(layer) || !shownAt(layer, zoom) || (outline && !outlines)) return;
    if (layer.type === 'background') {
      background = colourText(styleValue(layer, 'paint', 'background-color')({ zoom }));
      return;
    }
    const features = keptFeatures(layer, data, zoom);
    if (layer.type === 'fill' || layer.type === 'line') {
      const path = (layer.type === 'fill' ? fillPicture : linePicture)(layer, area, features, zoom);
      if (path.d) layers.push({ id: layer.id, outline, path });
    } else if (layer.type === 'symbol') {
      const sortKey = (feature: BasemapFeature) =>
        Number(styleValue(layer, 'layout', 'symbol-sort-key')({ zoom, properties: feature.properties }) ?? 0);
      // The layer drawn last is placed first.
      for (const feature of features)
        labels.push({ feature, layer, sortKey: sortKey(feature), order: styleLayers.length - index });
    }
  });
  const globe = area.project.globe?.disc ?? null;
  return { background, globe, layers, labels: labelPictures(labels, area, zoom, placer) };
}
