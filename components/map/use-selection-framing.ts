'use client';

import { useCallback, useEffect, useMemo } from 'react';
import { useViewActions } from '@/components/atlas/view';
import type { PlaceFeatureCollection } from '@/lib/api/contract/places';
import type { Selection } from '@/lib/domain';
import type { Bounds } from '@/lib/geo/bounds';
import type { ArcFeatureCollection } from '@/lib/map/arcs';
import { selectionBounds as selectionBoundsOf } from '@/lib/map/views';

type Framing = {
  places: PlaceFeatureCollection;
  arcs: ArcFeatureCollection;
  /** The arc that draws a link (several links may share one). */
  drawnAs: (target: Selection | null) => Selection | null;
  selected: Selection | null;
  allBounds: Bounds;
  fitTo: (bounds: Bounds) => void;
  readyRef: React.RefObject<boolean>;
};

/**
 * Brings selections into view: a URL that selects without a camera opens on the selection,
 * and a selection from the list, a chart or search (useSelection) eases the map to it.
 */
export function useSelectionFraming({
  places,
  arcs,
  drawnAs,
  selected,
  allBounds,
  fitTo,
  readyRef,
}: Framing) {
  const { onFrameRequest } = useViewActions();
  const selectionBounds = useCallback(
    (target: Selection): Bounds | null => selectionBoundsOf(target, places, arcs, drawnAs),
    [places, arcs, drawnAs],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: where the map starts, decided once.
  const startBounds = useMemo(() => (selected && selectionBounds(selected)) || allBounds, []);

  const fitSelection = useCallback(
    (target: Selection) => {
      const bounds = selectionBounds(target);
      if (bounds) fitTo(bounds);
    },
    [selectionBounds, fitTo],
  );
  useEffect(
    () =>
      onFrameRequest((target) => {
        if (readyRef.current) fitSelection(target);
      }),
    [onFrameRequest, fitSelection, readyRef],
  );
  return { startBounds, fitSelection };
}
