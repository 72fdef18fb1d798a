'use client';

import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useAtlasData } from '@/components/atlas/use-atlas-data';
import { loadMapLibre } from './load-maplibre';

const loadAtlasMap = () => import('./AtlasMap');

// MapLibre is its own chunk, loaded after the page has painted.
const AtlasMap = dynamic(loadAtlasMap, {
  ssr: false,
  loading: () => <div className="map-placeholder" aria-busy="true" />,
});

function detectWebGL(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

let webGLSupport: boolean | undefined;
const webGLSnapshot = () => {
  webGLSupport ??= detectWebGL();
  return webGLSupport;
};
const noSubscription = () => () => {};

// Asked for two frames after this module runs, which is after the first paint and
// before React has hydrated the page: the chunks download while the charts hydrate,
// instead of after them.
if (typeof window !== 'undefined') {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      if (!webGLSnapshot()) return;
      void loadAtlasMap();
      void loadMapLibre();
    }),
  );
}

/**
 * True from the frame after the first paint: asking for MapLibre's chunk only then
 * keeps its 300 kB out of the way of the page's first paint.
 */
function usePainted(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let second = 0;
    const first = requestAnimationFrame(() => {
      second = requestAnimationFrame(() => setPainted(true));
    });
    return () => {
      cancelAnimationFrame(first);
      cancelAnimationFrame(second);
    };
  }, []);
  return painted;
}

/** The map, or one plain sentence when this browser cannot draw it. */
export function MapPanel() {
  const t = useTranslations('map');
  const hasWebGL = useSyncExternalStore(noSubscription, webGLSnapshot, () => true);
  const { places, links, isError } = useAtlasData();
  const painted = usePainted();
  if (!hasWebGL) {
    return (
      <div className="map-frame map-fallback" data-map-ready="fallback">
        <p role="note">{t('noWebGL')}</p>
      </div>
    );
  }
  if (isError) {
    return (
      <div className="map-frame map-fallback">
        <p role="alert">{t('dataError')}</p>
      </div>
    );
  }
  if (!places || !links || !painted) return <div className="map-placeholder" aria-busy="true" />;
  return <AtlasMap places={places} />;
}
