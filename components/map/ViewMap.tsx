import { getLocale } from 'next-intl/server';
import { linksToIndex } from '@/lib/api/server/links-output';
import { placesToGeoJson } from '@/lib/api/server/places-output';
import type { Dataset } from '@/lib/data/load';
import type { Locale } from '@/lib/domain';
import { INSET_OVERDRAW, insetFrame } from '@/lib/map/inset';
import { getBasemapData } from '@/lib/map/static/load-basemap';
import { framedBasemap, staticBasemap } from '@/lib/map/static/picture';
import { drawArea } from '@/lib/map/static/static-map';
import type { ViewState } from '@/lib/view/parsers';
import { MapPanel } from './MapPanel';
import { StaticBasemap } from './static/StaticBasemap';

/**
 * The map of the view: the server draws its basemap as SVG for the camera the live map will
 * open with, so the first paint already shows the map (components/map/MapPanel.tsx), and the
 * basemap of the Yangtze River Delta's inset.
 */
export async function ViewMap({ view, dataset }: { view: ViewState; dataset: Dataset }) {
  const language = (await getLocale()) as Locale;
  const places = placesToGeoJson(dataset.places);
  const links = linksToIndex(dataset, dataset.links);
  const request = { view, language, places, links };
  const { frame, basemap } = staticBasemap(request, getBasemapData());
  const delta = insetFrame(places);
  const deltaBasemap = framedBasemap(request, delta, getBasemapData(), INSET_OVERDRAW);
  return (
    <MapPanel
      staticMap={frame}
      basemap={<StaticBasemap basemap={basemap} extent={drawArea(frame).extent} language={language} />}
      inset={{
        frame: delta,
        overdraw: INSET_OVERDRAW,
        basemap: (
          <StaticBasemap
            basemap={deltaBasemap}
            extent={drawArea(delta, INSET_OVERDRAW).extent}
            language={language}
          />
        ),
      }}
    />
  );
}
