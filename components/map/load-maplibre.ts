import type * as MapLibre from 'maplibre-gl';

/** Copied into public/ at build time: Next's bundlers do not emit MapLibre's worker. */
const WORKER_URL = '/maplibre-gl-worker.mjs';

let mapLibre: Promise<typeof MapLibre> | undefined;

/**
 * MapLibre's chunk, asked for once. The map would otherwise ask for it only when it mounts,
 * after its own chunk has loaded and React has rendered it; the page asks for both chunks
 * together, so the larger one no longer waits behind the smaller.
 */
export function loadMapLibre(): Promise<typeof MapLibre> {
  mapLibre ??= import('maplibre-gl').then((library) => {
    library.setWorkerUrl(WORKER_URL);
    return library;
  });
  return mapLibre;
}
