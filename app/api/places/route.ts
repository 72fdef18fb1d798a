import { ENDPOINTS } from '@/lib/api/endpoints';
import { handleQuery } from '@/lib/api/server/handle';
import { placesToCsv, placesToGeoJson } from '@/lib/api/server/places-output';
import { csvResponse, jsonResponse } from '@/lib/api/server/responses';
import { findPlaces } from '@/lib/data/places';

export function GET(request: Request) {
  return handleQuery(request, ENDPOINTS.places, (query, dataset) => {
    const places = findPlaces(dataset, query);
    return query.format === 'csv'
      ? csvResponse(request, placesToCsv(places), 'places.csv')
      : jsonResponse(request, placesToGeoJson(places));
  });
}
