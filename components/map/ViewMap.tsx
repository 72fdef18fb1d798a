import { getLocale } from 'next-intl/server';
import { linksToRecords } from '@/lib/api/server/links-output';
import { placesToGeoJson } from '@/lib/api/server/places-output';
import type { Dataset } from '@/lib/data/load';
import type { Locale } from '@/lib/domain';
import { getBasemapData } from '@/lib/map/static/load-basemap';
import { staticBasemap } from '@/lib/map/static/picture';
import { drawArea } from '@/lib/map/static/static-map';
import type { ViewState } from '@/lib/view/parsers';
import { MapPanel } from './MapPanel';
import { StaticBasemap } from './static/StaticBasemap';

/**
 * The map of the view: the server draws its basemap as SVG for the camera the live map will
 * open with, so the first paint already shows the map (components/map/MapPanel.tsx).
 */
export async function ViewMap({ view, dataset }: { view: ViewState; dataset: Dataset }) {
  const language = (await getLocale()) as Locale;
  const places = placesToGeoJson(dataset.places);
  const links = linksToRecords(dataset, dataset.links);
  const { frame, basemap } = staticBasemap({ view, language, places, links }, getBasemapData());
  return (
    <MapPanel
      staticMap={frame}
      basemap={<StaticBasemap basemap={basemap} extent={drawArea(frame).extent} language={language} />}
    />
  );
}
