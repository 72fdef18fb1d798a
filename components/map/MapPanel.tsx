'use client';

import dynamic from 'next/dynamic';
import { useSyncExternalStore } from 'react';
import { useAtlasData } from '@/components/atlas/use-atlas-data';

// MapLibre is its own chunk, loaded after the page has painted.
const AtlasMap = dynamic(() => import('./AtlasMap'), {
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

/** The map, or one plain sentence when this browser cannot draw it. */
export function MapPanel() {
  const hasWebGL = useSyncExternalStore(noSubscription, webGLSnapshot, () => true);
  const { places, links, isError } = useAtlasData();
  if (!hasWebGL) {
    return (
      <div className="map-frame map-fallback" data-map-ready="fallback">
        <p role="note">
          The map needs WebGL, which this browser does not provide; the list of places and links, their
          details and sources work without it.
        </p>
      </div>
    );
  }
  if (isError) {
    return (
      <div className="map-frame map-fallback">
        <p role="alert">The map’s places and links could not be loaded. Reload the page to try again.</p>
      </div>
    );
  }
  if (!places || !links) return <div className="map-placeholder" aria-busy="true" />;
  return <AtlasMap places={places} links={links} />;
}
