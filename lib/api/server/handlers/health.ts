import { parseQuery } from '@/lib/api/contract/query-params';
import { ENDPOINTS } from '@/lib/api/endpoints';
import { badRequest } from '../responses';

/** GET /api/health. Never cached: it answers whether the server is up now. */
export function answerHealth(request: Request): Response {
  const parsed = parseQuery(
    ENDPOINTS.health.query,
    new URL(request.url).searchParams,
    ENDPOINTS.health.parameters,
  );
  if (!parsed.ok) return badRequest(parsed.issues);
  return Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
}
