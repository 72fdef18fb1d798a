import { ENDPOINTS } from '@/lib/api/endpoints';
import { handleQuery } from '@/lib/api/server/handle';
import { placesToGeoJson } from '@/lib/api/server/places-output';
import { profileToCsv } from '@/lib/api/server/profile-output';
import { csvResponse, errorResponse, jsonResponse } from '@/lib/api/server/responses';
import { placeProfile } from '@/lib/data/profile';

export async function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  return handleQuery(request, ENDPOINTS.place, (query, dataset) => {
    const place = dataset.places.find((p) => p.id === id);
    if (!place) return errorResponse(404, 'not_found', 'No place has this id; /api/places lists them all.');
    const profile = placeProfile(dataset, id, query.currency ?? 'CNY');
    if (query.format === 'csv') return csvResponse(request, profileToCsv(profile), `${id}-profile.csv`);
    const [feature] = placesToGeoJson([place]).features;
    return jsonResponse(request, { place: feature?.properties, ...profile });
  });
}
