import { linksToGeoJson, linksToRecords } from '@/lib/api/server/links-output';
import { placesToGeoJson } from '@/lib/api/server/places-output';
import { FIXTURE_DATASET } from './dataset';

/** The fixture dataset as the browser gets it from /api/places and /api/links. */
export const FIXTURE_PLACES = placesToGeoJson(FIXTURE_DATASET.places);
export const FIXTURE_LINK_ARCS = linksToGeoJson(FIXTURE_DATASET, FIXTURE_DATASET.links);
export const FIXTURE_LINK_RECORDS = linksToRecords(FIXTURE_DATASET, FIXTURE_DATASET.links);
