'use client';

import type { StyleSpecification } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import type { MapRef } from 'react-map-gl/maplibre';
import type { PlaceFeatureCollection } from '@/lib/api/contract/places';
import type { Selection } from '@/lib/domain';
import type { ArcFeatureCollection } from '@/lib/map/arcs';
import { LINKS_SOURCE, PLACES_SOURCE } from '@/lib/map/data-layers';
import { type FeatureState, featureStates, stateChanges } from '@/lib/map/feature-states';

type Focus = { hovered: Selection | null; selected: Selection | null };

/**
 * Mirrors hover, selection and what a selection dims into MapLibre's feature states. Only
 * the features whose state changes are touched: with thousands of links, setting every one
 * on each hover would cost more than the hover itself.
 */
export function useFeatureStates(
  mapRef: React.RefObject<MapRef | null>,
  ready: boolean,
  { hovered, selected }: Focus,
  drawnAs: (target: Selection | null) => Selection | null,
  places: PlaceFeatureCollection,
  arcs: ArcFeatureCollection,
  mapStyle: StyleSpecification,
) {
  const applied = useRef<ReadonlyMap<string, FeatureState>>(new Map());
  const appliedStyle = useRef<StyleSpecification | null>(null);
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !ready) return;
    // A new style (another language, outlines switched) may come with fresh sources and no states.
    if (appliedStyle.current !== mapStyle) {
      appliedStyle.current = mapStyle;
      applied.current = new Map();
    }
    const next = featureStates(drawnAs(hovered), drawnAs(selected), places, arcs);
    for (const { feature, state } of stateChanges(applied.current, next)) {
      map.setFeatureState(
        { source: feature.kind === 'link' ? LINKS_SOURCE : PLACES_SOURCE, id: feature.id },
        state,
      );
    }
    applied.current = next;
  }, [hovered, selected, drawnAs, ready, places, arcs, mapStyle, mapRef]);
}
