'use client';

import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { MapRef } from 'react-map-gl/maplibre';
import { useViewport } from '@/components/atlas/view';
import type { Bounds } from '@/lib/geo/bounds';
import type { Camera } from '@/lib/map/static/camera';
import { FIT_PADDING } from '@/lib/map/views';
import { MAX_LATITUDE, roundTo, type Viewport } from '@/lib/view/parsers';

type MapInstance = ReturnType<MapRef['getMap']>;

const viewportKey = (v: Viewport) =>
  v.center && v.zoom !== null ? `${v.center.join(',')}/${v.zoom}/${v.bearing}/${v.pitch}` : '';

function cameraOf(map: MapInstance): Viewport {
  const { lng, lat } = map.getCenter().wrap();
  return {
    center: [roundTo(lng, 4), roundTo(Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)), 4)],
    zoom: roundTo(map.getZoom(), 2),
    bearing: Math.round(map.getBearing()),
    pitch: Math.round(map.getPitch()),
  };
}

/**
 * Keeps the map's camera and the URL's viewport in step: the reader's moves are written
 * (replacing the history entry), and a URL change from elsewhere (Back, Forward) moves the
 * map. Without a viewport in the URL the map frames `fallbackBounds`.
 */
export function useCameraSync(
  mapRef: React.RefObject<MapRef | null>,
  ready: boolean,
  readyRef: React.RefObject<boolean>,
  fallbackBounds: Bounds,
  /** The camera of the static picture under the map, which the map opens with when the URL has none. */
  startCamera: Camera | null = null,
  /** On a globe, the static picture's field of view (MapPanel's useStartCamera). */
  startFieldOfView: number | null = null,
) {
  const [viewport, update] = useViewport();
  /** The viewport the URL and the map last agreed on, to tell the reader's moves from Back and Forward. */
  const synced = useRef(viewportKey(viewport));

  const onMoveEnd = useCallback(() => {
    const map = mapRef.current?.getMap();
    if (!map || !readyRef.current) return;
    const camera = cameraOf(map);
    const key = viewportKey(camera);
    if (key === synced.current) return;
    synced.current = key;
    update(camera, 'replace');
  }, [update, mapRef, readyRef]);

  const urlKey = viewportKey(viewport);
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !ready || urlKey === synced.current) return;
    synced.current = urlKey;
    const { center, zoom, bearing, pitch } = viewport;
    if (center && zoom !== null) map.jumpTo({ center: [...center], zoom, bearing, pitch });
    else map.fitBounds(fallbackBounds, { padding: FIT_PADDING, duration: 0 });
  }, [urlKey, ready, viewport, fallbackBounds, mapRef]);

  // Read once, at mount: afterwards the map owns its camera.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the first viewport only.
  const initialViewState = useMemo(() => {
    const { center, zoom, bearing, pitch } = viewport;
    if (center && zoom !== null) return { longitude: center[0], latitude: center[1], zoom, bearing, pitch };
    if (startCamera) {
      const [longitude, latitude] = startCamera.center;
      return { longitude, latitude, zoom: startCamera.zoom, bearing: startCamera.bearing, pitch: 0 };
    }
    return { bounds: fallbackBounds, fitBoundsOptions: { padding: FIT_PADDING } };
  }, []);

  // The map is made flat and becomes a globe once its style has loaded, by when the flat map's
  // constraint (the world's top and bottom in view) may have moved a centre far north or south.
  const onLoad = useCallback(() => {
    const map = mapRef.current?.getMap();
    if (!map) return;
    if (map.getProjection()?.type !== 'globe') return;
    if (startFieldOfView !== null) map.setVerticalFieldOfView(startFieldOfView);
    if (!('longitude' in initialViewState)) return;
    const { longitude = 0, latitude = 0, zoom = map.getZoom(), bearing = 0, pitch = 0 } = initialViewState;
    map.jumpTo({ center: [longitude, latitude], zoom, bearing, pitch });
  }, [mapRef, initialViewState, startFieldOfView]);

  return { onMoveEnd, onLoad, initialViewState };
}
