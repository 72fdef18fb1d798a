'use client';

import { useTranslations } from 'next-intl';
import { type ReactNode, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { markMapSettled } from '@/components/atlas/map-settled';
import { useAtlasData } from '@/components/atlas/use-atlas-data';
import { useLinkGroups } from '@/components/atlas/use-link-groups';
import { useView, useViewActions } from '@/components/atlas/view';
import { type Camera, constrainedMove, globeFieldOfView } from '@/lib/map/static/camera';
import type { PictureMove } from '@/lib/map/static/picture-move';
import { type StaticMapFrame, shownCamera } from '@/lib/map/static/static-map';
import type { FitterRef } from './AtlasMap';
import { afterFirstPaint } from './after-first-paint';
import { onLiveMapIntent, useLiveMapIntent } from './live-map-intent';
import { loadMapLibre } from './load-maplibre';
import { MapInset } from './MapInset';
import { MapToolbar } from './MapToolbar';
import { StaticMap } from './static/StaticMap';
import { useLiveMapShown, usePendingAction, useWantedOnCameraChange } from './use-live-map-handover';
import { usePictureMoves } from './use-picture-moves';
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

// Asked for once the reader wants the live map and the page has painted: when that is at
// once, usually before React has hydrated the page, so the chunks download meanwhile.
if (typeof window !== 'undefined') {
  onLiveMapIntent(() =>
    afterFirstPaint(() => {
      if (hasWebGL2()) void loadMapChunks().catch(() => {});
    }),
  );
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
      camera: scaled ? shownCamera(frame, { width, height }) : null,
      fieldOfView:
        frame.projection === 'globe' && shown ? globeFieldOfView(frame.size.height, scale, height) : null,
    });
  }, [wanted, start, frame, stack]);
  return start;
}

/**
 * The map: the server's SVG picture first, and the live MapLibre map drawn over it once the
 * reader shows they want it (live-map-intent.ts) and it has drawn everything; the picture
 * follows the reader's drags and wheel until then, and is hidden once the live map shows
 * the same view. Without WebGL the picture stays, with a note.
 */
export function MapPanel({ staticMap, basemap, inset }: Props) {
  const t = useTranslations('map');
  const [noWebGL, setNoWebGL] = useState(false);
  const [mounted, setMounted] = useState(false);
  useEffect(() => {
    setMounted(true);
    if (!hasWebGL2()) setNoWebGL(true);
  }, []);
  const onNoWebGL = useCallback(() => setNoWebGL(true), []);
  const [liveMapReady, setLiveMapReady] = useState(false);
  const onReady = useCallback(() => setLiveMapReady(true), []);
  const { places, links, isError } = useAtlasData();
  const { arcs } = useLinkGroups();
  const wanted = useLiveMapIntent();
  const mapModule = useMapModule(wanted && !noWebGL && !isError);
  const noMap = noWebGL || isError || mapModule.state === 'failed';
  useEffect(() => {
    if (noMap) markMapSettled();
  }, [noMap]);
  const stack = useRef<HTMLDivElement>(null);
  const start = useStartCamera(staticMap, mapModule.state === 'loaded' && !noMap, stack);
  const fitter: FitterRef = useRef(null);
  const holdMove = useCallback(
    (move: PictureMove) => {
      const box = stack.current?.getBoundingClientRect();
      if (!box || box.width === 0 || box.height === 0) return move;
      const size = { width: box.width, height: box.height };
      return constrainedMove(shownCamera(staticMap, size), size, move);
    },
    [staticMap],
  );
  const picturePans = !noMap && staticMap.projection === 'mercator';
  const moves = usePictureMoves(stack, picturePans, holdMove);
  const shown = useLiveMapShown(fitter, liveMapReady, moves) && !noWebGL;
  const staticViews = useStaticViews(stack, noWebGL);
  const act = usePendingAction(fitter, shown, staticViews);
  const [{ selection }] = useView();
  const { onFrameRequest } = useViewActions();
  useEffect(
    () => (noWebGL || shown ? undefined : onFrameRequest((target) => act((map) => map.frame(target)))),
    [noWebGL, shown, onFrameRequest, act],
  );
  useWantedOnCameraChange(!shown);

  let over: ReactNode = null;
  if (noWebGL) {
    over = (
      <div className="map-frame map-frame-note" data-map-ready="fallback">
        <p className="map-note" role="note">
          {t('noWebGL')}
        </p>
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
  const liveMapState = noWebGL ? undefined : shown ? 'ready' : wanted ? 'loading' : 'waiting';
  return (
    <div
      className="map-stack"
      ref={stack}
      data-live-map={liveMapState}
      data-picture-pans={mounted && picturePans && !shown ? '' : undefined}
    >
      {/* First in the stack and always there, so the picture is never drawn twice. */}
      <StaticMap frame={staticMap} basemap={basemap} hidden={shown} standalone={noMap} />
      {over}
      {/* One toolbar for both maps, so focus stays on its button when the live map comes or cannot. */}
      {mounted && (noWebGL || !noMap) ? (
        <MapToolbar
          onAllPlaces={() => act((map) => map.allPlaces())}
          onYangtzeDelta={() => act((map) => map.yangtzeDelta())}
          onFitSelection={selection ? () => act((map) => map.frame(selection)) : undefined}
          redraw={noWebGL ? 'server' : 'client'}
        />
      ) : null}
      <MapInset
        frame={inset.frame}
        basemap={inset.basemap}
        overdraw={inset.overdraw}
        openingZoom={staticMap.camera.zoom}
        onZoomHere={noMap && !noWebGL ? undefined : () => act((map) => map.yangtzeDelta())}
      />
    </div>
  );
}
