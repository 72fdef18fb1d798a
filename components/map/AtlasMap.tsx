'use client';

import { useLocale, useTranslations } from 'next-intl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import MapGL, {
  AttributionControl,
  Layer,
  type MapRef,
  NavigationControl,
  ScaleControl,
  Source,
} from 'react-map-gl/maplibre';
import { prefersReducedMotion } from '@/components/atlas/reduced-motion';
import { useLinkGroups } from '@/components/atlas/use-link-groups';
import { useView } from '@/components/atlas/view';
import type { PlaceFeatureCollection } from '@/lib/api/contract/places';
import type { Selection } from '@/lib/domain';
import type { Bounds } from '@/lib/geo/bounds';
import type { ArcFeatureCollection } from '@/lib/map/arcs';
import { BASEMAP_ATTRIBUTION } from '@/lib/map/basemap-style';
import { INTERACTIVE_LAYERS, LINKS_SOURCE, PLACES_SOURCE } from '@/lib/map/data-layers';
import type { Camera, Size } from '@/lib/map/static/camera';
import {
  allPlacesBounds,
  FIT_MAX_ZOOM,
  FIT_PADDING,
  withPlaceColours,
  yangtzeDeltaBounds,
} from '@/lib/map/views';
import { loadMapLibre } from './load-maplibre';
import { MapTooltip } from './MapTooltip';
import { useCameraSync } from './use-camera-sync';
import { useFeatureStates } from './use-feature-states';
import { useMapPointer } from './use-map-pointer';
import { type MapFrameElement, useMapReadiness } from './use-map-readiness';
import { useMapStyle } from './use-map-style';
import { useSelectionFraming } from './use-selection-framing';
import type { Framings } from './use-static-views';

type Props = {
  places: PlaceFeatureCollection;
  /** The view's links as the arcs that draw them (LinkGroupsProvider). */
  arcs: ArcFeatureCollection;
  /** MapLibre could not make a WebGL 2 context: this browser cannot draw the map at all. */
  onNoWebGL: () => void;
  /** The map has drawn every layer: the static picture under it may go. */
  onReady: () => void;
  /** Where to open a view without a camera in the URL: the static picture's camera (else a fit). */
  startCamera: Camera | null;
  /** On a globe, the field of view that sees it as the static picture does (null: MapLibre's). */
  startFieldOfView: number | null;
  /** Where the map hands out its views to what lies over it (the inset's zoom). */
  fitter?: FitterRef;
};

/** The live map's views and camera, for the controls and the picture around it (MapPanel). */
export type Fitter = Framings & {
  /** The camera it shows and the size it is shown at (null before MapLibre has made the map). */
  view: () => { camera: Camera; size: Size } | null;
  /** Jumps to `camera`; settles once the map has drawn it. */
  showCamera: (camera: Camera) => Promise<void>;
};
export type FitterRef = React.RefObject<Fitter | null>;

/** The MapLibre map: basemap, places and links, wired to the shared selection and hover. */
export default function AtlasMap({
  places,
  arcs,
  onNoWebGL,
  onReady,
  startCamera,
  startFieldOfView,
  fitter,
}: Props) {
  const t = useTranslations('map');
  const locale = useLocale();
  const mapRef = useRef<MapRef>(null);
  const frameRef = useRef<MapFrameElement>(null);
  const [{ projection, outlines, hiddenKinds, selection: selected }, update] = useView();
  // A click on the map selects without framing: what was clicked is in view already.
  const select = useCallback((target: Selection | null) => update({ selection: target }), [update]);
  const { mapStyle, layers } = useMapStyle(locale, outlines, hiddenKinds);

  const coloured = useMemo(() => withPlaceColours(places), [places]);
  const { groupOf } = useLinkGroups();
  /** On the map a link is its group's arc. */
  const drawnAs = useCallback(
    (target: Selection | null): Selection | null =>
      target?.type === 'link' ? { type: 'link', id: groupOf.get(target.id)?.id ?? target.id } : target,
    [groupOf],
  );
  const allBounds = useMemo(() => allPlacesBounds(places, arcs), [places, arcs]);
  const layerIds = useMemo(() => layers.map((layer) => layer.id), [layers]);
  const { ready, readyRef, failed, onIdle, onError } = useMapReadiness(
    mapRef,
    frameRef,
    layerIds,
    onNoWebGL,
    onReady,
  );
  const { hovered, pointer, onMouseMove, onClick, onMouseLeave } = useMapPointer(selected, select, drawnAs);
  useFeatureStates(mapRef, ready, { hovered, selected }, drawnAs, places, arcs, mapStyle);

  const fitTo = useCallback((bounds: Bounds) => {
    mapRef.current?.fitBounds(bounds, {
      padding: FIT_PADDING,
      maxZoom: FIT_MAX_ZOOM,
      duration: prefersReducedMotion() ? 0 : 600,
    });
  }, []);
  const { startBounds, fitSelection } = useSelectionFraming({
    places,
    arcs,
    drawnAs,
    selected,
    allBounds,
    fitTo,
    readyRef,
  });
  const fitYangtzeDelta = useCallback(() => fitTo(yangtzeDeltaBounds(places)), [fitTo, places]);
  useEffect(() => {
    if (!fitter) return;
    fitter.current = {
      allPlaces: () => fitTo(allBounds),
      yangtzeDelta: fitYangtzeDelta,
      frame: fitSelection,
      view: () => liveView(mapRef.current),
      showCamera: (camera) => showCamera(mapRef.current, camera),
    };
    return () => {
      fitter.current = null;
    };
  }, [fitter, fitTo, allBounds, fitYangtzeDelta, fitSelection]);
  const { onMoveEnd, onLoad, initialViewState } = useCameraSync(
    mapRef,
    ready,
    readyRef,
    startBounds,
    startCamera,
    startFieldOfView,
  );

  return (
    <div
      ref={frameRef}
      className="map-frame"
      data-map-ready={ready ? 'true' : 'false'}
      data-projection={projection}
    >
      <MapGL
        ref={mapRef}
        mapLib={loadMapLibre()}
        initialViewState={initialViewState}
        maxPitch={60}
        onMoveEnd={onMoveEnd}
        onLoad={onLoad}
        mapStyle={mapStyle}
        projection={projection}
        interactiveLayerIds={INTERACTIVE_LAYERS}
        cursor={hovered ? 'pointer' : 'grab'}
        attributionControl={false}
        onMouseMove={onMouseMove}
        onMouseLeave={onMouseLeave}
        onClick={onClick}
        onIdle={onIdle}
        onError={onError}
        style={{ width: '100%', height: '100%' }}
      >
        <Source id={PLACES_SOURCE} type="geojson" data={coloured} promoteId="id" />
        <Source id={LINKS_SOURCE} type="geojson" data={arcs} promoteId="id" />
        {layers.map((layer) => (
          <Layer key={layer.id} {...layer} />
        ))}
        <NavigationControl position="top-right" showCompass={false} />
        <ScaleControl position="bottom-left" unit="metric" />
        <AttributionControl position="bottom-right" compact={false} customAttribution={BASEMAP_ATTRIBUTION} />
      </MapGL>
      {pointer && hovered ? <MapTooltip target={hovered} x={pointer.x} y={pointer.y} /> : null}
      {failed ? (
        <p className="map-notice" role="alert">
          {t('loadFailed')}
        </p>
      ) : null}
    </div>
  );
}

function liveView(ref: MapRef | null): { camera: Camera; size: Size } | null {
  const map = ref?.getMap();
  if (!map) return null;
  const { lng, lat } = map.getCenter();
  const canvas = map.getCanvas();
  return {
    camera: { center: [lng, lat], zoom: map.getZoom(), bearing: map.getBearing() },
    size: { width: canvas.clientWidth, height: canvas.clientHeight },
  };
}

function showCamera(ref: MapRef | null, camera: Camera): Promise<void> {
  const map = ref?.getMap();
  if (!map) return Promise.resolve();
  return new Promise((resolve) => {
    map.once('idle', () => resolve());
    map.jumpTo({ center: [...camera.center], zoom: camera.zoom, bearing: camera.bearing });
  });
}
