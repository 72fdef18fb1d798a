'use client';

import { useCallback, useEffect } from 'react';
import { useAtlasData } from '@/components/atlas/use-atlas-data';
import { useLinkGroups } from '@/components/atlas/use-link-groups';
import { useViewActions } from '@/components/atlas/view';
import type { Selection } from '@/lib/domain';
import type { Bounds } from '@/lib/geo/bounds';
import { fitViewport } from '@/lib/map/static/fit-viewport';
import { drawnAs } from '@/lib/map/static/static-map';
import { allPlacesBounds, selectionBounds, yangtzeDeltaBounds } from '@/lib/map/views';

/** What the map's buttons and the page ask of whichever map is drawn: the live one or the picture. */
export type Framings = {
  allPlaces: () => void;
  yangtzeDelta: () => void;
  /** Brings a place or link into view. */
  frame: (target: Selection) => void;
};

/**
 * The map's view buttons where the picture is the map (no WebGL): each writes the camera
 * that frames its box into the URL and has the server draw the picture again for it; the
 * list's and search's selections are framed the same way.
 */
export function useStaticViews(
  stack: React.RefObject<HTMLDivElement | null>,
  enabled: boolean,
): Framings | null {
  const { places } = useAtlasData();
  const { groupOf, arcs } = useLinkGroups();
  const { update, onFrameRequest } = useViewActions();

  const frameTo = useCallback(
    (bounds: Bounds | null) => {
      const box = stack.current?.getBoundingClientRect();
      const viewport = bounds && box ? fitViewport(bounds, { width: box.width, height: box.height }) : null;
      if (viewport) update(viewport, 'push', 'server');
    },
    [stack, update],
  );
  const boundsOf = useCallback(
    (target: Selection) => (places && arcs ? selectionBounds(target, places, arcs, drawnAs(groupOf)) : null),
    [places, arcs, groupOf],
  );
  useEffect(
    () => (enabled ? onFrameRequest((target) => frameTo(boundsOf(target))) : undefined),
    [enabled, onFrameRequest, frameTo, boundsOf],
  );

  if (!enabled || !places || !arcs) return null;
  return {
    allPlaces: () => frameTo(allPlacesBounds(places, arcs)),
    yangtzeDelta: () => frameTo(yangtzeDeltaBounds(places)),
    frame: (target) => frameTo(boundsOf(target)),
  };
}
