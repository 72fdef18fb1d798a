import { buildOpenApiDocument } from '@/lib/api/openapi';
import { jsonResponse } from '@/lib/api/responses';

const document = buildOpenApiDocument();

export function GET(request: Request) {
  return jsonResponse(request, document);
}
