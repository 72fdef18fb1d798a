'use client';

import { useCallback, useMemo } from 'react';
import { useHover, useSetHover } from '@/components/atlas/selection';
import { useAtlasData } from '@/components/atlas/use-atlas-data';
import { useView, useViewActions } from '@/components/atlas/view';
import { placesInFocus } from '@/lib/map/highlight';

/** Which places the charts bring forward: what the pointer is over, else the selection. */
export function useFocusedPlaces(): ReadonlySet<string> {
  const [hovered] = useHover();
  const [view] = useView();
  const { places, links } = useAtlasData();
  const focus = hovered ?? view.selection;
  return useMemo(
    () => (places && links ? placesInFocus(focus, places, links) : new Set<string>()),
    [focus, places, links],
  );
}

/** The calls that send a chart's hover and clicks back to the map. */
export function useChartActions() {
  const hover = useSetHover();
  const [view] = useView();
  const { selectAndFrame } = useViewActions();
  const hoverPlace = useCallback((id: string | null) => hover(id ? { type: 'place', id } : null), [hover]);
  const selectPlace = useCallback(
    (id: string) => {
      const again = view.selection?.type === 'place' && view.selection.id === id;
      selectAndFrame(again ? null : { type: 'place', id });
    },
    [selectAndFrame, view.selection],
  );
  /**
   * For the element around a chart: leaving it ends the chart's hover. Recharts may swap
   * a bar's element while the pointer is on it, and React then sees no leave at all, so
   * this listens to the browser's own event on an element that stays.
   */
  const leaveRef = useCallback(
    (element: HTMLDivElement | null) => {
      if (!element) return;
      const leave = () => hoverPlace(null);
      element.addEventListener('mouseleave', leave);
      return () => element.removeEventListener('mouseleave', leave);
    },
    [hoverPlace],
  );
  return { hoverPlace, selectPlace, leaveRef };
}

/** The place a bar stands for, from the row Recharts hands to its events. */
export const placeOfBar = (entry: { payload?: unknown }) =>
  (entry.payload as { place?: string } | undefined)?.place ?? null;

/** Hover and click on a bar speak for its place, as hover and click on the map do. */
export function barEvents({
  hoverPlace,
  selectPlace,
}: Pick<ReturnType<typeof useChartActions>, 'hoverPlace' | 'selectPlace'>) {
  return {
    onMouseEnter: (entry: { payload?: unknown }) => hoverPlace(placeOfBar(entry)),
    onMouseLeave: () => hoverPlace(null),
    onClick: (entry: { payload?: unknown }) => {
      const place = placeOfBar(entry);
      if (place) selectPlace(place);
    },
  };
}
