import { ENDPOINTS } from '@/lib/api/endpoints';
import { findSource } from '@/lib/data/sources';
import { handleQuery } from '../handle';
import { errorResponse, jsonResponse } from '../responses';

/** GET /api/sources */
export function answerSources(request: Request): Response {
  return handleQuery(request, ENDPOINTS.sources, (_query, dataset) => jsonResponse(request, dataset.sources));
}

/** GET /api/sources/{id} */
export function answerSource(request: Request, id: string): Response {
  return handleQuery(request, ENDPOINTS.source, (_query, dataset) => {
    const source = findSource(dataset, id);
    return source
      ? jsonResponse(request, source)
      : errorResponse(404, 'not_found', 'No source has this id; /api/sources lists them all.');
  });
}
