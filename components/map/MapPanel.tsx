'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useState } from 'react';
import { markMapSettled } from '@/components/atlas/map-settled';
import { useAtlasData } from '@/components/atlas/use-atlas-data';
import { afterFirstPaint } from './after-first-paint';
import { loadMapLibre } from './load-maplibre';

const loadAtlasMap = () => import('./AtlasMap');

type AtlasMapComponent = Awaited<ReturnType<typeof loadAtlasMap>>['default'];

/** The map's chunk and MapLibre's, each asked for once. */
let mapChunks: Promise<AtlasMapComponent> | undefined;
const loadMapChunks = () => {
  mapChunks ??= Promise.all([loadAtlasMap(), loadMapLibre()]).then(([module]) => module.default);
  return mapChunks;
};

/**
 * MapLibre 6 draws with WebGL 2 only. A browser without the interface is known at once; one
 * that has it but cannot make a context is found by MapLibre itself when the map is created.
 * Trying a context here first cost up to 250 ms of main thread on the benchmark machine.
 */
const hasWebGL2 = () => typeof window.WebGL2RenderingContext === 'function';

// Asked for once the page has painted, usually before React has hydrated it: the chunks
// download while the page hydrates, instead of after it.
if (typeof window !== 'undefined') {
  afterFirstPaint(() => {
    if (hasWebGL2()) void loadMapChunks().catch(() => {});
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
    if (!wanted || !hasWebGL2()) return;
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
  const [noWebGL, setNoWebGL] = useState(false);
  useEffect(() => {
    if (!hasWebGL2()) setNoWebGL(true);
  }, []);
  const onNoWebGL = useCallback(() => setNoWebGL(true), []);
  const { places, links, isError } = useAtlasData();
  const mapModule = useMapModule(!noWebGL && !isError);
  const noMap = noWebGL || isError || mapModule.state === 'failed';
  useEffect(() => {
    if (noMap) markMapSettled();
  }, [noMap]);
  if (noWebGL) {
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
  return <mapModule.AtlasMap places={places} onNoWebGL={onNoWebGL} />;
}
