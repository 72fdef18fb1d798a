import { linksToRecords } from '@/lib/api/server/links-output';
import { placesToGeoJson } from '@/lib/api/server/places-output';
import type { Dataset } from '@/lib/data/load';
import type { Locale } from '@/lib/domain';
import { PICTURE_ATTRIBUTION } from '@/lib/map/static/attribution';
import type { Size } from '@/lib/map/static/camera';
import { getBasemapData } from '@/lib/map/static/load-basemap';
import { staticMapPicture } from '@/lib/map/static/picture';
import { staticMapSvg } from '@/lib/map/static/svg';
import type { ViewState } from '@/lib/view/parsers';

/**
 * The view's map for the share preview, as an SVG data URI the preview's <img> can show: the
 * same renderer as the page's first paint, drawn to the preview's own size.
 */
export function previewMapSource(
  view: ViewState,
  dataset: Dataset,
  language: Locale,
  size: Size,
  title: string,
) {
  const picture = staticMapPicture(
    {
      view,
      language,
      places: placesToGeoJson(dataset.places),
      links: linksToRecords(dataset, dataset.links),
    },
    getBasemapData(),
    { size, overdraw: 0 },
  );
  const svg = staticMapSvg(picture, PICTURE_ATTRIBUTION, title);
  return `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
}
