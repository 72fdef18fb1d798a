import { type CanonicalPath, canonicalPath } from '@/lib/api/server/canonical';
import { snapshotCache } from '@/lib/api/server/snapshot';
import { GET as links } from './links/route';
import { GET as openApi } from './openapi.json/route';
import { GET as places } from './places/route';
import { GET as sources } from './sources/route';
import { GET as stats } from './stats/route';

const ROUTES: Record<CanonicalPath, (request: Request) => Response> = {
  '/api/places': places,
  '/api/links': links,
  '/api/sources': sources,
  '/api/openapi.json': openApi,
  '/api/stats': stats,
};

/**
 * Keyed by path and query alone, so the keys are the canonical queries and no more. The
 * routes read only the query: the origin is a placeholder, and the route is asked with no
 * headers, so it answers in full.
 */
const answers = snapshotCache((key) => {
  const url = new URL(key, 'http://localhost');
  return ROUTES[url.pathname as CanonicalPath](new Request(url));
});

/**
 * The answer to a canonical API query, from its route's own answer taken once per process,
 * so that the common queries do not run a route handler per request (Next's route-handler
 * machinery alone costs more than serving the same bytes as a file; see BENCHMARKS.md).
 * Null for anything else: the route answers it, validation and errors included.
 */
export function canonicalAnswer(request: Request): Promise<Response | null> | null {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null;
  const { pathname, search } = new URL(request.url);
  if (canonicalPath(pathname, search) === null) return null;
  return answers(`${pathname}${search}`, request);
}
