import { buildOpenApiDocument } from '@/lib/api/contract/openapi';
import { ENDPOINTS } from '@/lib/api/endpoints';
import { handleQuery } from '../handle';
import { jsonResponse } from '../responses';

/** Built once per process: it depends only on the code. */
const document = buildOpenApiDocument();

/** GET /api/openapi.json */
export function answerOpenApi(request: Request): Response {
  return handleQuery(request, ENDPOINTS.openapi, () => jsonResponse(request, document));
}
