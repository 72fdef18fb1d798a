import { type NextRequest, NextResponse } from 'next/server';
import { LOCALE_HEADER, requestLocale } from '@/lib/i18n/locales';

/** Tells the server components which language to render: the URL's `lang`, else the browser's. */
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set(
    LOCALE_HEADER,
    requestLocale(request.nextUrl.searchParams.get('lang'), request.headers.get('accept-language')),
  );
  const response = NextResponse.next({ request: { headers } });
  // The same URL answers in another language for another browser.
  response.headers.append('Vary', 'Accept-Language');
  return response;
}

export const config = {
  matcher: ['/((?!api/|_next/|basemap/|maplibre-gl-worker.mjs|favicon.ico|icon.svg).*)'],
};
