import { ENDPOINTS } from '@/lib/api/endpoints';
import { handleQuery } from '@/lib/api/handle';
import { buildOpenApiDocument } from '@/lib/api/openapi';
import { jsonResponse } from '@/lib/api/responses';

const document = buildOpenApiDocument();

export function GET(request: Request) {
  return handleQuery(request, ENDPOINTS.openapi, () => jsonResponse(request, document));
}
