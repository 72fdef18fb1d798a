'use client';

import { useCallback, useRef, useState } from 'react';
import type { ErrorEvent, MapRef } from 'react-map-gl/maplibre';
import { markMapSettled } from '@/components/atlas/map-settled';
import { LINKS_SOURCE, PLACES_SOURCE } from '@/lib/map/data-layers';

/** The map instance on its frame element, for end-to-end tests that must project a coordinate to a pixel. */
export type MapFrameElement = HTMLDivElement & { atlasMap?: ReturnType<MapRef['getMap']> };

/**
 * Whether the map has drawn everything (every data layer, both sources loaded) or failed
 * before it could; either settles the page, so the charts may draw.
 */
export function useMapReadiness(
  mapRef: React.RefObject<MapRef | null>,
  frameRef: React.RefObject<MapFrameElement | null>,
  layerIds: readonly string[],
  onNoWebGL: () => void,
  onReady: () => void,
) {
  const [ready, setReady] = useState(false);
  const readyRef = useRef(false);
  const [failed, setFailed] = useState(false);

  const onIdle = useCallback(() => {
    const map = mapRef.current?.getMap();
    if (!map || !frameRef.current) return;
    const allLayers = layerIds.every((id) => map.getLayer(id));
    if (allLayers && map.isSourceLoaded(PLACES_SOURCE) && map.isSourceLoaded(LINKS_SOURCE)) {
      frameRef.current.atlasMap = map;
      readyRef.current = true;
      setReady(true);
      onReady();
      markMapSettled();
    }
  }, [layerIds, mapRef, frameRef, onReady]);

  const onError = useCallback(
    (event: ErrorEvent) => {
      if (event.error?.name === 'GPUInitializationError') {
        onNoWebGL();
        return;
      }
      console.error('map error', event.error);
      // Before the first full draw an error means the basemap, a source or the worker failed.
      if (!readyRef.current) {
        setFailed(true);
        markMapSettled();
      }
    },
    [onNoWebGL],
  );

  return { ready, readyRef, failed, onIdle, onError };
}
