// The baseline for map readiness: MapLibre alone with the atlas's basemap style, the same
// container size and camera as the atlas measured in the same run (given in the query string).

import { basemapLayers, basemapSources } from '/basemap-style.js';
import * as maplibregl from '/maplibre/maplibre-gl.mjs';

const params = new URLSearchParams(window.location.search);
const number = (name, fallback) => Number(params.get(name) ?? fallback);
const container = document.getElementById('map');
container.style.width = `${number('w', 800)}px`;
container.style.height = `${number('h', 600)}px`;

window.__bench = {};
maplibregl.setWorkerUrl('/maplibre/maplibre-gl-worker.mjs');
const map = new maplibregl.Map({
  container,
  style: {
    version: 8,
    sources: basemapSources(`${window.location.origin}/basemap`),
    layers: basemapLayers('en'),
  },
  center: [number('lng', 0), number('lat', 0)],
  zoom: number('zoom', 1),
  projection: { type: params.get('projection') ?? 'mercator' },
  attributionControl: false,
});
map.once('idle', () => {
  window.__bench.idleAt = performance.now();
  window.__bench.loaded = map.loaded();
});
map.on('error', (event) => {
  window.__bench.error = String(event.error?.message ?? event.error);
});
window.bareMap = map;
