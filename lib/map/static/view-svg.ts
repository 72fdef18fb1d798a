import { linksToIndex } from '@/lib/api/server/links-output';
import { placesToGeoJson } from '@/lib/api/server/places-output';
import type { Dataset } from '@/lib/data/load';
import type { Locale } from '@/lib/domain';
import type { ViewState } from '@/lib/view/parsers';
import { PICTURE_ATTRIBUTION } from './attribution';
import type { Size } from './camera';
import { getBasemapData } from './load-basemap';
import { staticMapPicture } from './picture';
import { staticMapSvg } from './svg';

/**
 * A view's map as one SVG document at a size of its own (the share preview, an entity
 * page's map): the same renderer as the page's first paint, drawn edge to edge.
 */
export function viewMapSvg(
  view: ViewState,
  dataset: Dataset,
  language: Locale,
  size: Size,
  title: string,
): string {
  const picture = staticMapPicture(
    {
      view,
      language,
      places: placesToGeoJson(dataset.places),
      links: linksToIndex(dataset, dataset.links),
    },
    getBasemapData(),
    { size, overdraw: 0 },
  );
  return staticMapSvg(picture, PICTURE_ATTRIBUTION, title);
}
