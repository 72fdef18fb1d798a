import { errorResponse } from '@/lib/api/server/responses';
import { isApiPath } from './headers';

/** False for a path with a broken percent-escape (a lone "%", invalid UTF-8 such as %C0%AF). */
export function isDecodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * The answer to a path that cannot be decoded. Left to Next, a dynamic route
 * (/api/sources/{id}) answers it with a bare 500; it is the caller's mistake, so a
 * 400, and on the API the API's own error body.
 */
export function malformedPathResponse(pathname: string): Response {
  return isApiPath(pathname)
    ? errorResponse(400, 'bad_request', 'The path has a broken percent-escape.')
    : new Response('Bad request: the path has a broken percent-escape.\n', {
        status: 400,
        headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
      });
}
