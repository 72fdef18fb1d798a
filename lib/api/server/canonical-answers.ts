import { type CanonicalPath, canonicalPath } from './canonical';
import { answerLinks } from './handlers/links';
import { answerOpenApi } from './handlers/openapi';
import { answerPlaces } from './handlers/places';
import { answerSources } from './handlers/sources';
import { answerStats } from './handlers/stats';
import { snapshotCache } from './snapshot';

/** The handlers the routes of these paths are: the snapshot is the route's own answer. */
const HANDLERS: Record<CanonicalPath, (request: Request) => Response> = {
  '/api/places': answerPlaces,
  '/api/links': answerLinks,
  '/api/sources': answerSources,
  '/api/openapi.json': answerOpenApi,
  '/api/stats': answerStats,
};

/**
 * Keyed by path and query alone, so the keys are the canonical queries and no more. The
 * handlers read only the query: the origin is a placeholder, and the handler is asked with no
 * headers, so it answers in full.
 */
const answers = snapshotCache((key) => {
  const url = new URL(key, 'http://localhost');
  return HANDLERS[url.pathname as CanonicalPath](new Request(url));
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
