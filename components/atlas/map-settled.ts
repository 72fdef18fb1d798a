'use client';

import { startTransition, useEffect, useState } from 'react';
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

/**
 * False until the map has settled. False on the server and while the page hydrates, so both
 * render the same; the change to true is a transition, drawn in slices that let input through.
 */
export function useMapSettled(): boolean {
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    const show = () => startTransition(() => setSettled(true));
    if (mapSettled.isSettled()) {
      show();
      return;
    }
    return mapSettled.subscribe(show);
  }, []);
  return settled;
}
