'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useAtlasData } from '@/components/atlas/use-atlas-data';
import { geographyKind } from '@/lib/charts/geography-kind';
import { localized } from '@/lib/i18n/localized';
import { PLACE_COLOURS } from '@/lib/palette';
import { useChartActions, useFocusedPlaces } from './use-chart-focus';

type Props = {
  places: readonly string[];
  /** Each place's geography as the series names it: the legend says its kind of territory. */
  geographies?: ReadonlyMap<string, string>;
};

/** The chart's legend as buttons: hover highlights the place on the map, a click selects it. */
export function PlaceLegend({ places, geographies }: Props) {
  const locale = useLocale();
  const t = useTranslations('charts');
  const { placeById } = useAtlasData();
  const { hoverPlace, selectPlace } = useChartActions();
  const focused = useFocusedPlaces();
  return (
    <ul className="place-legend">
      {places.map((id) => {
        const place = placeById.get(id)?.properties;
        const name = place ? localized(place, 'name', locale) : id;
        const geography = geographies?.get(id);
        const kind = geography ? geographyKind(geography) : null;
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
              {kind ? (
                <span className="legend-geography" title={geography}>
                  {t(`geographyKindShort.${kind}`)}
                </span>
              ) : null}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
