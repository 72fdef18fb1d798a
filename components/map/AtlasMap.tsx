'use client';

import { useLocale, useTranslations } from 'next-intl';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { StyleSpecification } from 'maplibre-gl';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import MapGL, {
  AttributionControl,
  Layer,
  type MapLayerMouseEvent,
  type MapRef,
  NavigationControl,
  ScaleControl,
  Source,
} from 'react-map-gl/maplibre';
import { markMapSettled } from '@/components/atlas/map-settled';
import { useHover } from '@/components/atlas/selection';
import { useLinkGroups } from '@/components/atlas/use-link-groups';
import { useView } from '@/components/atlas/view';
import type { PlaceFeatureCollection } from '@/lib/api/contract/places';
import { LINK_KINDS, type Selection, sameSelection } from '@/lib/domain';
import type { Bounds } from '@/lib/geo/bounds';
import { groupArcs } from '@/lib/map/arcs';
import { type FeatureState, featureStates, stateChanges } from '@/lib/map/feature-states';
import {
  allPlacesBounds,
  linkBounds,
  placeBounds,
  withPlaceColours,
  yangtzeDeltaBounds,
} from '@/lib/map/views';
import { roundTo } from '@/lib/view/params';
import { BASEMAP_ATTRIBUTION, basemapLayers, basemapSources, isOutlineLayer } from './basemap-style';
import { dataLayers, INTERACTIVE_LAYERS, LINKS_SOURCE, PLACES_SOURCE } from './data-layers';
import { loadMapLibre } from './load-maplibre';
import { MapToolbar } from './MapToolbar';
import { MapTooltip } from './MapTooltip';

type Props = {
  places: PlaceFeatureCollection;
  /** MapLibre could not make a WebGL 2 context: this browser cannot draw the map at all. */
  onNoWebGL: () => void;
};

/** Room for the view buttons along the top. */
const FIT_PADDING = { top: 64, right: 48, bottom: 40, left: 48 };

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** The map instance on its frame element, for end-to-end tests that must project a coordinate to a pixel. */
export type MapFrameElement = HTMLDivElement & { atlasMap?: ReturnType<MapRef['getMap']> };

type Viewport = Pick<ReturnType<typeof useView>[0], 'center' | 'zoom' | 'bearing' | 'pitch'>;

const viewportKey = (v: Viewport) =>
  v.center && v.zoom !== null ? `${v.center.join(',')}/${v.zoom}/${v.bearing}/${v.pitch}` : '';

function currentViewport(map: ReturnType<MapRef['getMap']>): Viewport {
  const { lng, lat } = map.getCenter().wrap();
  return {
    center: [roundTo(lng, 4), roundTo(Math.max(-85, Math.min(85, lat)), 4)],
    zoom: roundTo(map.getZoom(), 2),
    bearing: Math.round(map.getBearing()),
    pitch: Math.round(map.getPitch()),
  };
}

function targetOf(event: MapLayerMouseEvent): Selection | null {
  const feature = event.features?.[0];
  const id = feature?.properties?.id;
  if (typeof id !== 'string') return null;
  return { type: feature?.source === LINKS_SOURCE ? 'link' : 'place', id };
}

/** The MapLibre map: basemap, places and links, wired to the shared selection and hover. */
export default function AtlasMap({ places, onNoWebGL }: Props) {
  const t = useTranslations('map');
  const locale = useLocale();
  const mapRef = useRef<MapRef>(null);
  const frameRef = useRef<MapFrameElement>(null);
  const [view, update] = useView();
  const selected = view.selection;
  const select = useCallback((target: Selection | null) => update({ selection: target }), [update]);
  const [hovered, hover] = useHover();
  const [pointer, setPointer] = useState<{ x: number; y: number } | null>(null);
  const [ready, setReady] = useState(false);
  const readyRef = useRef(false);
  const [failed, setFailed] = useState(false);
  const { projection, outlines: showOutlines } = view;
  const visibleKinds = useMemo(
    () => LINK_KINDS.filter((k) => !view.hiddenKinds.includes(k)),
    [view.hiddenKinds],
  );
  /** The viewport the URL and the map last agreed on, to tell the reader's moves from Back and Forward. */
  const syncedViewport = useRef(viewportKey(view));

  const coloured = useMemo(() => withPlaceColours(places), [places]);
  const { groups, groupOf } = useLinkGroups();
  const arcs = useMemo(() => groupArcs(groups, places), [groups, places]);
  /** On the map a link is its group's arc. */
  const drawnAs = useCallback(
    (target: Selection | null): Selection | null =>
      target?.type === 'link' ? { type: 'link', id: groupOf.get(target.id)?.id ?? target.id } : target,
    [groupOf],
  );
  const initialBounds = useMemo(() => allPlacesBounds(places, arcs), [places, arcs]);

  const mapStyle = useMemo<StyleSpecification>(
    () => ({
      version: 8,
      // Absolute: the worker resolves relative URLs against its own script, not the page.
      sources: basemapSources(`${typeof window === 'undefined' ? '' : window.location.origin}/basemap`),
      layers: basemapLayers(locale).map((layer) =>
        isOutlineLayer(layer.id)
          ? { ...layer, layout: { ...layer.layout, visibility: showOutlines ? 'visible' : 'none' } }
          : layer,
      ),
    }),
    [showOutlines, locale],
  );
  const layers = useMemo(
    () =>
      dataLayers({
        language: locale,
        visibleKinds,
      }),
    [visibleKinds, locale],
  );

  const fitTo = useCallback((bounds: Bounds) => {
    mapRef.current?.fitBounds(bounds, {
      padding: FIT_PADDING,
      maxZoom: 11,
      duration: reducedMotion() ? 0 : 600,
    });
  }, []);

  const fitTarget = useCallback(
    (target: Selection) => {
      if (target.type === 'place') return fitTo(placeBounds(places, target.id));
      const arc = arcs.features.find((f) => f.id === drawnAs(target)?.id);
      if (arc) fitTo(linkBounds(arc));
    },
    [fitTo, arcs, drawnAs, places],
  );

  // Feature states mirror hover, selection and what a selection dims. Only the
  // features whose state changes are touched: with thousands of links, setting every
  // one on each hover would cost more than the hover itself.
  const appliedStates = useRef<ReadonlyMap<string, FeatureState>>(new Map());
  const appliedStyle = useRef<StyleSpecification | null>(null);
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !ready) return;
    // A new style (another language, outlines switched) may come with fresh sources and no states.
    if (appliedStyle.current !== mapStyle) {
      appliedStyle.current = mapStyle;
      appliedStates.current = new Map();
    }
    const next = featureStates(drawnAs(hovered), drawnAs(selected), places, arcs);
    for (const { feature, state } of stateChanges(appliedStates.current, next)) {
      map.setFeatureState(
        { source: feature.kind === 'link' ? LINKS_SOURCE : PLACES_SOURCE, id: feature.id },
        state,
      );
    }
    appliedStates.current = next;
  }, [hovered, selected, ready, places, arcs, drawnAs, mapStyle]);

  const onMouseMove = useCallback(
    (event: MapLayerMouseEvent) => {
      const target = targetOf(event);
      // MapLibre's pointer events are not React's: without flushSync the tooltip waits for
      // a scheduled render, often behind the map's next frame.
      flushSync(() => {
        setPointer(target ? { x: event.point.x, y: event.point.y } : null);
        if (!sameSelection(target, hovered)) hover(target);
      });
    },
    [hover, hovered],
  );

  const onClick = useCallback(
    (event: MapLayerMouseEvent) => {
      const target = targetOf(event);
      // A click on the selected link's arc closes it, whichever link of the arc is selected.
      select(target && sameSelection(target, drawnAs(selected)) ? null : target);
    },
    [select, selected, drawnAs],
  );

  // The reader's moves replace the current history entry rather than adding one each.
  const onMoveEnd = useCallback(() => {
    const map = mapRef.current?.getMap();
    if (!map || !readyRef.current) return;
    const viewport = currentViewport(map);
    const key = viewportKey(viewport);
    if (key === syncedViewport.current) return;
    syncedViewport.current = key;
    update(viewport, 'replace');
  }, [update]);

  // Back and Forward (or any other URL change) move the map to the URL's viewport.
  const urlViewport = viewportKey(view);
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !ready || urlViewport === syncedViewport.current) return;
    syncedViewport.current = urlViewport;
    if (view.center && view.zoom !== null) {
      map.jumpTo({ center: [...view.center], zoom: view.zoom, bearing: view.bearing, pitch: view.pitch });
    } else {
      map.fitBounds(initialBounds, { padding: FIT_PADDING, duration: 0 });
    }
  }, [urlViewport, ready, view.center, view.zoom, view.bearing, view.pitch, initialBounds]);

  const onIdle = useCallback(() => {
    const map = mapRef.current?.getMap();
    if (!map || !frameRef.current) return;
    const allLayers = layers.every((layer) => map.getLayer(layer.id));
    if (allLayers && map.isSourceLoaded(PLACES_SOURCE) && map.isSourceLoaded(LINKS_SOURCE)) {
      frameRef.current.atlasMap = map;
      readyRef.current = true;
      setReady(true);
      markMapSettled();
    }
  }, [layers]);

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
        initialViewState={
          view.center && view.zoom !== null
            ? {
                longitude: view.center[0],
                latitude: view.center[1],
                zoom: view.zoom,
                bearing: view.bearing,
                pitch: view.pitch,
              }
            : { bounds: initialBounds, fitBoundsOptions: { padding: FIT_PADDING } }
        }
        maxPitch={60}
        onMoveEnd={onMoveEnd}
        mapStyle={mapStyle}
        projection={projection}
        interactiveLayerIds={INTERACTIVE_LAYERS}
        cursor={hovered ? 'pointer' : 'grab'}
        attributionControl={false}
        onMouseMove={onMouseMove}
        onMouseLeave={() => {
          setPointer(null);
          hover(null);
        }}
        onClick={onClick}
        onIdle={onIdle}
        onError={(event) => {
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
        }}
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
      <MapToolbar
        onAllPlaces={() => fitTo(initialBounds)}
        onYangtzeDelta={() => fitTo(yangtzeDeltaBounds(places))}
        onFitSelection={selected ? () => fitTarget(selected) : undefined}
      />
      {failed ? (
        <p className="map-notice" role="alert">
          {t('loadFailed')}
        </p>
      ) : null}
    </div>
  );
}
