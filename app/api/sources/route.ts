import { ENDPOINTS } from '@/lib/api/endpoints';
import { handleQuery } from '@/lib/api/server/handle';
import { jsonResponse } from '@/lib/api/server/responses';

export function GET(request: Request) {
  return handleQuery(request, ENDPOINTS.sources, (_query, dataset) => jsonResponse(request, dataset.sources));
}
