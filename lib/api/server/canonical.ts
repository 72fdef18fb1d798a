import { Metric } from '@/lib/data/schema';

/**
 * The queries everyone asks the same way and most often: the page's own (places, links,
 * sources), one metric's series, the API description. Only these exact query strings
 * count; any other spelling, extra or repeated parameter is left to the route, which
 * validates it.
 */
const CANONICAL_SEARCHES = {
  '/api/places': [''],
  '/api/links': [''],
  '/api/sources': [''],
  '/api/openapi.json': [''],
  '/api/stats': Metric.options.map((metric) => `?metric=${metric}`),
} as const satisfies Record<string, readonly string[]>;

export type CanonicalPath = keyof typeof CANONICAL_SEARCHES;

const isCanonicalPath = (pathname: string): pathname is CanonicalPath =>
  Object.hasOwn(CANONICAL_SEARCHES, pathname);

/** The path when `pathname` with `search` (as URL.search spells it) is a canonical query, else null. */
export function canonicalPath(pathname: string, search: string): CanonicalPath | null {
  if (!isCanonicalPath(pathname)) return null;
  const searches: readonly string[] = CANONICAL_SEARCHES[pathname];
  return searches.includes(search) ? pathname : null;
}
