'use client';

import { useAtlasData } from '@/components/atlas/use-atlas-data';
import { PLACE_COLOURS } from '@/lib/palette';
import { useChartFocus } from './use-chart-focus';

/** The chart's legend as buttons: hover highlights the place on the map, a click selects it. */
export function PlaceLegend({ places }: { places: readonly string[] }) {
  const { placeById } = useAtlasData();
  const { hoverPlace, selectPlace, focused } = useChartFocus();
  return (
    <ul className="place-legend">
      {places.map((id) => {
        const name = placeById.get(id)?.properties.name_en ?? id;
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
