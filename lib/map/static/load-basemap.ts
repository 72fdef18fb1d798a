import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BASEMAP_SOURCE } from '@/lib/map/basemap-style';
import { processWide } from '@/lib/process-wide';
import type { BasemapCollection, BasemapData } from './basemap';

const FILES: Record<keyof typeof BASEMAP_SOURCE, string> = {
  world: 'world.geojson',
  yrd: 'yrd.geojson',
  boston: 'boston.geojson',
  places: 'places.geojson',
  labels: 'labels.geojson',
};

const SHIPPED = path.join(process.cwd(), 'public', 'basemap');

function readBasemap(directory: string): BasemapData {
  return Object.fromEntries(
    (Object.keys(FILES) as (keyof typeof BASEMAP_SOURCE)[]).map((key) => [
      BASEMAP_SOURCE[key],
      JSON.parse(readFileSync(path.join(directory, FILES[key]), 'utf8')) as BasemapCollection,
    ]),
  ) as BasemapData;
}

/** The basemap files the live map loads from /basemap, read once by the server. */
export function getBasemapData(directory = SHIPPED): BasemapData {
  return directory === SHIPPED ? processWide('basemap', () => readBasemap(SHIPPED)) : readBasemap(directory);
}
