'use client';

import { type ReactNode, useMemo } from 'react';
import { useAtlasData } from '@/components/atlas/use-atlas-data';
import { focusList, focusStyleSheet } from '@/lib/charts/focus-style';
import { useFocusedPlaces } from './use-chart-focus';

/**
 * The row of charts, with the places in focus named on it. A change of focus renders
 * this element alone: the charts inside are the same elements and are not drawn again.
 */
export function ChartsFocus({ children }: { children: ReactNode }) {
  const { places } = useAtlasData();
  const focused = useFocusedPlaces();
  const sheet = useMemo(
    () =>
      places
        ? focusStyleSheet(
            '.charts-row',
            places.features.map((place) => place.id),
          )
        : '',
    [places],
  );
  return (
    <div className="charts-row" data-focus={focusList(focused)}>
      <style>{sheet}</style>
      {children}
    </div>
  );
}
