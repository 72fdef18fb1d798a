import type * as MapLibre from 'maplibre-gl';

/** Copied into public/ at build time: Next's bundlers do not emit MapLibre's worker. */
const WORKER_URL = '/maplibre-gl-worker.mjs';

let mapLibre: Promise<typeof MapLibre> | undefined;

/**
 * MapLibre's chunk, asked for once, with its worker started as soon as the chunk has
 * run. The map would otherwise ask for the chunk only when it mounts, after its own
 * chunk has loaded and React has rendered it, and would start the worker only when it
 * is created; the worker then loads its 1 MB script before it can fetch a basemap file.
 */
export function loadMapLibre(): Promise<typeof MapLibre> {
  mapLibre ??= import('maplibre-gl').then((library) => {
    library.setWorkerUrl(WORKER_URL);
    library.prewarm();
    return library;
  });
  return mapLibre;
}
