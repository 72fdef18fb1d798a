import { createSettleSignal } from '@/lib/map/settle-signal';

/**
 * How long what waits for the map waits at most, from the first one that waits. Far longer
 * than the map takes here (about a second after the page hydrates), short enough that a map
 * stuck on a slow network does not hold the rest of the page.
 */
const WAIT_FOR_MAP_MS = 4000;

const mapSettled = createSettleSignal(WAIT_FOR_MAP_MS);

/** The map has drawn every layer, failed, or cannot be drawn in this browser. */
export const markMapSettled = mapSettled.settle;

/** Calls `callback` once the map has settled: at once if it has. Returns the unsubscribe. */
export function onMapSettled(callback: () => void): () => void {
  if (mapSettled.isSettled()) {
    callback();
    return () => {};
  }
  return mapSettled.subscribe(callback);
}
