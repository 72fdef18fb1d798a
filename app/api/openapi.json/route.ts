import { buildOpenApiDocument } from '@/lib/api/contract/openapi';
import { ENDPOINTS } from '@/lib/api/endpoints';
import { handleQuery } from '@/lib/api/server/handle';
import { jsonResponse } from '@/lib/api/server/responses';

const document = buildOpenApiDocument();

export function GET(request: Request) {
  return handleQuery(request, ENDPOINTS.openapi, () => jsonResponse(request, document));
}
