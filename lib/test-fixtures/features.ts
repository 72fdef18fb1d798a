import { linksToGeoJson, linksToIndex } from '@/lib/api/server/links-output';
import { placesToGeoJson } from '@/lib/api/server/places-output';
import { FIXTURE_DATASET } from './dataset';

/** The fixture dataset as the browser gets it from /api/places and /api/links. */
export const FIXTURE_PLACES = placesToGeoJson(FIXTURE_DATASET.places);
export const FIXTURE_LINK_ARCS = linksToGeoJson(FIXTURE_DATASET, FIXTURE_DATASET.links);
/** The links as the page carries them (/api/links?geometry=none&fields=index). */
export const FIXTURE_LINK_INDEX = linksToIndex(FIXTURE_DATASET, FIXTURE_DATASET.links);
