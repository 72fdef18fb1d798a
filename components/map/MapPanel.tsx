'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { markMapSettled } from '@/components/atlas/map-settled';
import { useAtlasData } from '@/components/atlas/use-atlas-data';
import { afterFirstPaint } from './after-first-paint';
import { loadMapLibre } from './load-maplibre';

const loadAtlasMap = () => import('./AtlasMap');

type AtlasMapComponent = Awaited<ReturnType<typeof loadAtlasMap>>['default'];

function detectWebGL(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

/** The map's chunk and MapLibre's, each asked for once. */
let mapChunks: Promise<AtlasMapComponent> | undefined;
const loadMapChunks = () => {
  mapChunks ??= Promise.all([loadAtlasMap(), loadMapLibre()]).then(([module]) => module.default);
  return mapChunks;
};

/** Whether this browser can draw the map; unknown until the page has painted. */
let webGL: 'unknown' | 'yes' | 'no' = 'unknown';
const webGLListeners = new Set<() => void>();
const subscribeWebGL = (listener: () => void) => {
  webGLListeners.add(listener);
  return () => webGLListeners.delete(listener);
};
const lacksWebGL = () => webGL === 'no';

// After the first paint, the chunks are asked for before WebGL is tried: this browser's first
// WebGL context can take 250 ms on the benchmark machine, and the chunks download meanwhile.
// A browser without WebGL downloads them for nothing, which is rarer than every reader waiting.
if (typeof window !== 'undefined') {
  afterFirstPaint(() => {
    void loadMapChunks().catch(() => {});
    webGL = detectWebGL() ? 'yes' : 'no';
    for (const listener of webGLListeners) listener();
  });
}

type MapModule =
  | { state: 'loading' }
  | { state: 'loaded'; AtlasMap: AtlasMapComponent }
  | { state: 'failed' };

/**
 * The map component once the page has painted and both chunks have arrived. Not
 * `next/dynamic`: that suspends, and React holds back a suspended boundary's content for up
 * to 300 ms after its fallback showed; that wait sat between MapLibre's arrival and the
 * map's creation.
 */
function useMapModule(wanted: boolean): MapModule {
  const [mapModule, setMapModule] = useState<MapModule>({ state: 'loading' });
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    const stop = afterFirstPaint(() => {
      loadMapChunks().then(
        (AtlasMap) => live && setMapModule({ state: 'loaded', AtlasMap }),
        () => live && setMapModule({ state: 'failed' }),
      );
    });
    return () => {
      live = false;
      stop();
    };
  }, [wanted]);
  return mapModule;
}

/** The map, or one plain sentence when this browser cannot draw it. */
export function MapPanel() {
  const t = useTranslations('map');
  const hasWebGL = !useSyncExternalStore(subscribeWebGL, lacksWebGL, () => false);
  const { places, links, isError } = useAtlasData();
  const mapModule = useMapModule(hasWebGL && !isError);
  const noMap = !hasWebGL || isError || mapModule.state === 'failed';
  useEffect(() => {
    if (noMap) markMapSettled();
  }, [noMap]);
  if (!hasWebGL) {
    return (
      <div className="map-frame map-fallback" data-map-ready="fallback">
        <p role="note">{t('noWebGL')}</p>
      </div>
    );
  }
  if (isError || mapModule.state === 'failed') {
    return (
      <div className="map-frame map-fallback">
        <p role="alert">{isError ? t('dataError') : t('loadFailed')}</p>
      </div>
    );
  }
  if (!places || !links || mapModule.state === 'loading') {
    return <div className="map-placeholder" aria-busy="true" />;
  }
  return <mapModule.AtlasMap places={places} />;
}
