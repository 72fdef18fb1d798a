import { type NextRequest, NextResponse } from 'next/server';
import { createNonce, securityHeaders } from '@/lib/security/headers';

export function proxy(request: NextRequest) {
  const headers = securityHeaders({
    pathname: request.nextUrl.pathname,
    nonce: createNonce(),
    dev: process.env.NODE_ENV !== 'production',
  });
  // Next reads the nonce for its own inline scripts from the policy on the request.
  const forwarded = new Headers(request.headers);
  forwarded.set('Content-Security-Policy', headers['Content-Security-Policy']);
  const response = NextResponse.next({ request: { headers: forwarded } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Build output under _next/static is immutable script and style that no policy governs.
  matcher: ['/((?!_next/static/).*)'],
};
