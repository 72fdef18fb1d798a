import { type NextRequest, NextResponse } from 'next/server';
import { canonicalAnswer } from '@/lib/api/server/canonical-answers';
import { getDataset } from '@/lib/data/load';
import { ORIGIN_HEADER, requestOrigin } from '@/lib/entity/origin';
import { isUnknownEntityPath } from '@/lib/entity/unknown-entity';
import { LOCALE_HEADER, requestLocale } from '@/lib/i18n/locales';
import { cachedPageResponse, isCacheRender } from '@/lib/security/cached-pages';
import { createNonce, securityHeaders } from '@/lib/security/headers';
import { isDecodablePath, malformedPathResponse } from '@/lib/security/malformed-path';
import { isCacheablePageRequest } from '@/lib/security/page-cache';

/**
 * Lets the request through with what the server components need: the policy (Next
 * reads the nonce for its own inline scripts from it) and the reading language,
 * the URL's `lang` or else the browser's.
 */
function passOn(request: NextRequest, policy: string): Response {
  const forwarded = new Headers(request.headers);
  forwarded.set('Content-Security-Policy', policy);
  // A reader's own x-atlas-origin is overwritten; only the server's render of itself passes one on.
  forwarded.set(ORIGIN_HEADER, readerOrigin(request));
  forwarded.set(
    LOCALE_HEADER,
    requestLocale(request.nextUrl.searchParams.get('lang'), request.headers.get('accept-language')),
  );
  // An unknown entity gets the 404 page itself, drawn on the server (see lib/entity/unknown-entity.ts).
  const response = isUnknownEntityPath(request.nextUrl.pathname, getDataset())
    ? NextResponse.rewrite(new URL('/_not-found', request.url), { request: { headers: forwarded } })
    : NextResponse.next({ request: { headers: forwarded } });
  // The same URL answers in another language for another browser.
  response.headers.append('Vary', 'Accept-Language');
  return response;
}

/** The origin the reader asked at; for the cache's render of a page, the one its reader asked at. */
function readerOrigin(request: NextRequest): string {
  const passed = isCacheRender(request.headers) ? request.headers.get(ORIGIN_HEADER) : null;
  return passed ?? requestOrigin(request.headers.get('host'), request.headers.get('x-forwarded-proto'));
}

export async function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  // The atlas's pages are rendered once per view and language, then served from memory.
  if (
    !isCacheRender(request.headers) &&
    isCacheablePageRequest({ method: request.method, pathname, searchParams, headers: request.headers })
  ) {
    const locale = requestLocale(searchParams.get('lang'), request.headers.get('accept-language'));
    const cached = await cachedPageResponse(request, locale, readerOrigin(request));
    if (cached) return cached;
  }
  const headers = securityHeaders({
    pathname,
    nonce: createNonce(),
    dev: process.env.NODE_ENV !== 'production',
  });
  const response =
    (await canonicalAnswer(request)) ??
    (isDecodablePath(pathname)
      ? passOn(request, headers['Content-Security-Policy'])
      : malformedPathResponse(pathname));
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Build output under _next/static is immutable script and style that no policy governs.
  matcher: ['/((?!_next/static/).*)'],
};
