import { ORIGIN_HEADER } from '@/lib/entity/origin';
import { type CachedPage, createPageCache, etagOf, hashedPage, inPieces, pageCacheKey } from './page-cache';

/**
 * Marks the server's own request for a page it renders to cache, so that the proxy lets it
 * through to Next. The secret lives in this process alone: no outside request can pass for one.
 */
const RENDER_HEADER = 'x-atlas-render';
const RENDER_SECRET = crypto.randomUUID();

export const isCacheRender = (headers: Headers) => headers.get(RENDER_HEADER) === RENDER_SECRET;

/** Room for about a hundred views' pages (each some hundreds of kB) within the server's memory budget. */
const PAGE_CACHE_BYTES = 32 * 1024 * 1024;
const pages = createPageCache(PAGE_CACHE_BYTES);
const rendering = new Map<string, Promise<CachedPage | null>>();

/**
 * A CDN may keep a page for five minutes and serve it stale while it asks again; a browser
 * asks each time, and a 304 answers when the page is the same (its ETag is its bytes).
 */
export const PAGE_CACHE_CONTROL =
  'public, max-age=0, must-revalidate, s-maxage=300, stale-while-revalidate=86400';

/** Headers of one transfer rather than of the page. */
const TRANSFER_HEADERS = new Set([
  'cache-control',
  'connection',
  'content-encoding',
  'content-length',
  'date',
  'etag',
  'keep-alive',
  'set-cookie',
  'transfer-encoding',
]);

/** Where this server answers itself: `next start` says so; else the request's own origin. */
const ownOrigin = (request: Request) => process.env.__NEXT_PRIVATE_ORIGIN ?? new URL(request.url).origin;

/** Renders the page through the server once, as any reader would get it, and makes it fit to cache. */
async function render(request: Request, origin: string): Promise<CachedPage | null> {
  const { pathname, search } = new URL(request.url);
  const headers = new Headers(request.headers);
  for (const name of ['accept-encoding', 'if-none-match', 'if-modified-since', 'cookie'])
    headers.delete(name);
  headers.set(RENDER_HEADER, RENDER_SECRET);
  // Its fetch of itself cannot carry the reader's Host, so the origin travels in a header.
  headers.set(ORIGIN_HEADER, origin);
  const answer = await fetch(new URL(`${pathname}${search}`, ownOrigin(request)), {
    headers,
    redirect: 'manual',
    cache: 'no-store',
  });
  const policy = answer.headers.get('content-security-policy');
  if (answer.status !== 200 || !policy || !answer.headers.get('content-type')?.startsWith('text/html')) {
    // Read to its end: cancelling the body of the server's answer to itself never settles.
    await answer.arrayBuffer();
    return null;
  }
  const page = hashedPage(await answer.text(), policy);
  const body = new TextEncoder().encode(page.html);
  const kept = [...answer.headers].filter(
    ([name]) => !TRANSFER_HEADERS.has(name) && name !== 'content-security-policy',
  );
  return { body, etag: etagOf(body), headers: [...kept, ['content-security-policy', page.policy]] };
}

/**
 * The answer to a cacheable page request (lib/security/page-cache.ts), from the cache or
 * rendered once for everyone asking at the same time; null when the page is not one to
 * cache after all (a redirect, an error), which the caller then serves as usual.
 */
export async function cachedPageResponse(
  request: Request,
  locale: string,
  origin: string,
): Promise<Response | null> {
  const url = new URL(request.url);
  const key = pageCacheKey(origin, url.pathname, url.search, locale);
  let page = pages.get(key);
  if (!page) {
    let pending = rendering.get(key);
    if (!pending) {
      pending = render(request, origin)
        .then((rendered) => {
          if (rendered) pages.set(key, rendered);
          return rendered;
        })
        .finally(() => rendering.delete(key));
      rendering.set(key, pending);
    }
    page = (await pending) ?? undefined;
    if (!page) return null;
  }
  const headers = new Headers(page.headers);
  // Next's own Vary names its router's headers only; without `lang` the page is the browser's language.
  if (!/\baccept-language\b/i.test(headers.get('vary') ?? '')) headers.append('vary', 'Accept-Language');
  headers.set('etag', page.etag);
  headers.set('cache-control', PAGE_CACHE_CONTROL);
  if (request.headers.get('if-none-match') === page.etag) return new Response(null, { status: 304, headers });
  return new Response(request.method === 'HEAD' ? null : inPieces(page.body), { status: 200, headers });
}
