import { ENDPOINTS } from '@/lib/api/endpoints';
import { findPlaces } from '@/lib/data/places';
import { placeProfile } from '@/lib/data/profile';
import { handleQuery } from '../handle';
import { placesToCsv, placesToGeoJson } from '../places-output';
import { profileToCsv } from '../profile-output';
import { csvResponse, errorResponse, jsonResponse } from '../responses';

/** GET /api/places */
export function answerPlaces(request: Request): Response {
  return handleQuery(request, ENDPOINTS.places, (query, dataset) => {
    const places = findPlaces(dataset, query);
    return query.format === 'csv'
      ? csvResponse(request, placesToCsv(places), 'places.csv')
      : jsonResponse(request, placesToGeoJson(places));
  });
}

/** GET /api/places/{id} */
export function answerPlace(request: Request, id: string): Response {
  return handleQuery(request, ENDPOINTS.place, (query, dataset) => {
    const place = dataset.places.find((p) => p.id === id);
    if (!place) return errorResponse(404, 'not_found', 'No place has this id; /api/places lists them all.');
    const profile = placeProfile(dataset, id, query.currency ?? 'CNY');
    if (query.format === 'csv') return csvResponse(request, profileToCsv(profile), `${id}-profile.csv`);
    const [feature] = placesToGeoJson([place]).features;
    return jsonResponse(request, { place: feature?.properties, ...profile });
  });
}
