'use client';

import { useTranslations } from 'next-intl';
import { type ReactNode, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { markMapSettled } from '@/components/atlas/map-settled';
import { useAtlasData } from '@/components/atlas/use-atlas-data';
import { useLinkGroups } from '@/components/atlas/use-link-groups';
import { type Camera, globeFieldOfView, scaledCamera } from '@/lib/map/static/camera';
import type { StaticMapFrame } from '@/lib/map/static/static-map';
import type { FitterRef } from './AtlasMap';
import { afterFirstPaint } from './after-first-paint';
import { loadMapLibre } from './load-maplibre';
import { MapInset } from './MapInset';
import { MapToolbar } from './MapToolbar';
import { StaticMap } from './static/StaticMap';
import { useStaticViews } from './use-static-views';

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

type Props = {
  /** The camera and size the server drew the static map for. */
  staticMap: StaticMapFrame;
  /** Its basemap, drawn by the server (StaticBasemap). */
  basemap: ReactNode;
  /** The Yangtze River Delta's inset, drawn by the server like the map (MapInset). */
  inset: { frame: StaticMapFrame; basemap: ReactNode; overdraw: number };
};

/**
 * The camera the live map opens with, so that it lands exactly on the static picture: a
 * framed view's picture is scaled to the frame, and the camera with it; a view with its own
 * camera is shown at its own pixels, and the URL's camera is used as it is (null). A globe
 * also takes the field of view that sees it from as far as the picture does.
 */
function useStartCamera(
  frame: StaticMapFrame,
  wanted: boolean,
  stack: React.RefObject<HTMLDivElement | null>,
) {
  const [start, setStart] = useState<{ camera: Camera | null; fieldOfView: number | null } | null>(null);
  useLayoutEffect(() => {
    if (!wanted || start || !stack.current) return;
    const { width, height } = stack.current.getBoundingClientRect();
    const shown = width > 0 && height > 0;
    const scaled = frame.framed && shown;
    const scale = scaled ? Math.min(width / frame.size.width, height / frame.size.height) : 1;
    setStart({
      camera: scaled ? scaledCamera(frame.camera, frame.size, { width, height }, frame.edge) : null,
      fieldOfView:
        frame.projection === 'globe' && shown ? globeFieldOfView(frame.size.height, scale, height) : null,
    });
  }, [wanted, start, frame, stack]);
  return start;
}

/**
 * The map: the server's SVG picture first, then MapLibre drawn over it once it has drawn
 * everything (the picture is then hidden). Without WebGL the picture stays, with a note.
 */
export function MapPanel({ staticMap, basemap, inset }: Props) {
  const t = useTranslations('map');
  const [noWebGL, setNoWebGL] = useState(false);
  useEffect(() => {
    if (!hasWebGL2()) setNoWebGL(true);
  }, []);
  const onNoWebGL = useCallback(() => setNoWebGL(true), []);
  const [liveMapReady, setLiveMapReady] = useState(false);
  const onReady = useCallback(() => setLiveMapReady(true), []);
  const { places, links, isError } = useAtlasData();
  const { arcs } = useLinkGroups();
  const mapModule = useMapModule(!noWebGL && !isError);
  const noMap = noWebGL || isError || mapModule.state === 'failed';
  useEffect(() => {
    if (noMap) markMapSettled();
  }, [noMap]);
  const stack = useRef<HTMLDivElement>(null);
  const start = useStartCamera(staticMap, mapModule.state === 'loaded' && !noMap, stack);
  const fitter: FitterRef = useRef(null);
  const zoomToDelta = useCallback(() => fitter.current?.yangtzeDelta(), []);
  const staticViews = useStaticViews(stack, noWebGL);

  let over: ReactNode = null;
  if (noWebGL) {
    over = (
      <div className="map-frame map-frame-note" data-map-ready="fallback">
        <p className="map-note" role="note">
          {t('noWebGL')}
        </p>
        {staticViews ? (
          <MapToolbar
            onAllPlaces={staticViews.allPlaces}
            onYangtzeDelta={staticViews.yangtzeDelta}
            onFitSelection={staticViews.fitSelection}
            redraw="server"
          />
        ) : null}
      </div>
    );
  } else if (isError || mapModule.state === 'failed') {
    over = (
      <div className="map-frame map-fallback">
        <p role="alert">{isError ? t('dataError') : t('loadFailed')}</p>
      </div>
    );
  } else if (places && links && arcs && mapModule.state === 'loaded' && start) {
    over = (
      <mapModule.AtlasMap
        places={places}
        arcs={arcs}
        onNoWebGL={onNoWebGL}
        onReady={onReady}
        startCamera={start.camera}
        startFieldOfView={start.fieldOfView}
        fitter={fitter}
      />
    );
  }
  return (
    <div className="map-stack" ref={stack}>
      {/* First in the stack and always there, so the picture is never drawn twice. */}
      <StaticMap frame={staticMap} basemap={basemap} hidden={liveMapReady && !noWebGL} standalone={noMap} />
      {over}
      <MapInset
        frame={inset.frame}
        basemap={inset.basemap}
        overdraw={inset.overdraw}
        openingZoom={staticMap.camera.zoom}
        onZoomHere={liveMapReady && !noMap ? zoomToDelta : staticViews?.yangtzeDelta}
      />
    </div>
  );
}
