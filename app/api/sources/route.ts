import { ENDPOINTS } from '@/lib/api/endpoints';
import { handleQuery } from '@/lib/api/handle';
import { jsonResponse } from '@/lib/api/responses';

export function GET(request: Request) {
  return handleQuery(request, ENDPOINTS.sources, (_query, dataset) => jsonResponse(request, dataset.sources));
}
