'use client';

import { useCallback, useState } from 'react';
import { flushSync } from 'react-dom';
import type { MapLayerMouseEvent } from 'react-map-gl/maplibre';
import { useHover } from '@/components/atlas/selection';
import { type Selection, sameSelection } from '@/lib/domain';
import { LINKS_SOURCE } from '@/lib/map/data-layers';

function targetOf(event: MapLayerMouseEvent): Selection | null {
  const feature = event.features?.[0];
  const id = feature?.properties?.id;
  if (typeof id !== 'string') return null;
  return { type: feature?.source === LINKS_SOURCE ? 'link' : 'place', id };
}

/**
 * Hover and click on the map's places and arcs: the shared hover, the tooltip's position,
 * and selection. `drawnAs` maps a link to the arc that draws it (several links may share one).
 */
export function useMapPointer(
  selected: Selection | null,
  select: (target: Selection | null) => void,
  drawnAs: (target: Selection | null) => Selection | null,
) {
  const [hovered, hover] = useHover();
  const [pointer, setPointer] = useState<{ x: number; y: number } | null>(null);

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

  const onMouseLeave = useCallback(() => {
    setPointer(null);
    hover(null);
  }, [hover]);

  return { hovered, pointer, onMouseMove, onClick, onMouseLeave };
}
