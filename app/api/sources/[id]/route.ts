import { ENDPOINTS } from '@/lib/api/endpoints';
import { handleQuery } from '@/lib/api/server/handle';
import { errorResponse, jsonResponse } from '@/lib/api/server/responses';
import { findSource } from '@/lib/data/sources';

export async function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  return handleQuery(request, ENDPOINTS.source, (_query, dataset) => {
    const source = findSource(dataset, id);
    return source
      ? jsonResponse(request, source)
      : errorResponse(404, 'not_found', 'No source has this id; /api/sources lists them all.');
  });
}
