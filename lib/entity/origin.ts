/**
 * The request header that carries the origin the proxy read from the reader's request down to
 * the page, so a page rendered for the cache (a server fetch of itself) names the reader's origin.
 */
export const ORIGIN_HEADER = 'x-atlas-origin';

/** A host as a Host header may carry it: a name or address and an optional port, nothing else. */
const HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * The origin a page was requested at, for the absolute URLs a citation, a canonical link and
 * the sitemap need; the atlas has no configured site URL. A host that is no host falls back
 * to the local server's, so nothing from the header but a plain host name is ever written.
 */
export function requestOrigin(host: string | null, forwardedProto: string | null): string {
  const safeHost = host !== null && HOST.test(host) ? host.toLowerCase() : 'localhost:3000';
  const proto = forwardedProto?.split(',')[0]?.trim() === 'https' ? 'https' : 'http';
  return `${proto}://${safeHost}`;
}
