import { type NextRequest, NextResponse } from 'next/server';
import { createNonce, securityHeaders } from '@/lib/security/headers';
import { isDecodablePath, malformedPathResponse } from '@/lib/security/malformed-path';

/** Lets the request through with the policy on it: Next reads the nonce for its own inline scripts from there. */
function passOn(request: NextRequest, policy: string): Response {
  const forwarded = new Headers(request.headers);
  forwarded.set('Content-Security-Policy', policy);
  return NextResponse.next({ request: { headers: forwarded } });
}

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const headers = securityHeaders({
    pathname,
    nonce: createNonce(),
    dev: process.env.NODE_ENV !== 'production',
  });
  const response = isDecodablePath(pathname)
    ? passOn(request, headers['Content-Security-Policy'])
    : malformedPathResponse(pathname);
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Build output under _next/static is immutable script and style that no policy governs.
  matcher: ['/((?!_next/static/).*)'],
};
