'use client';

import { useLocale } from 'next-intl';
import { useAtlasData } from '@/components/atlas/use-atlas-data';
import { localized } from '@/lib/i18n/localized';
import { PLACE_COLOURS } from '@/lib/palette';
import { useChartActions, useFocusedPlaces } from './use-chart-focus';

/** The chart's legend as buttons: hover highlights the place on the map, a click selects it. */
export function PlaceLegend({ places }: { places: readonly string[] }) {
  const locale = useLocale();
  const { placeById } = useAtlasData();
  const { hoverPlace, selectPlace } = useChartActions();
  const focused = useFocusedPlaces();
  return (
    <ul className="place-legend">
      {places.map((id) => {
        const place = placeById.get(id)?.properties;
        const name = place ? localized(place, 'name', locale) : id;
        return (
          <li key={id}>
            <button
              type="button"
              aria-pressed={focused.has(id)}
              onMouseEnter={() => hoverPlace(id)}
              onMouseLeave={() => hoverPlace(null)}
              onFocus={() => hoverPlace(id)}
              onBlur={() => hoverPlace(null)}
              onClick={() => selectPlace(id)}
            >
              <span className="swatch" style={{ background: PLACE_COLOURS[id] }} aria-hidden="true" />
              {name}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
