import { describe, expect, it } from 'vitest';
import { createNonce, isEmbedPath, securityHeaders } from './headers';

const NONCE = 'bm9uY2Utb2YtdGhpcy1yZXF1ZXN0';

/** The policy as directive name → sources, so a test can ask about one directive. */
function directives(pathname: string, dev = false): Map<string, string[]> {
  const csp = securityHeaders({ pathname, nonce: NONCE, dev })['Content-Security-Policy'];
  return new Map(
    csp.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

const PAGES = ['/', '/embed', '/embed/view', '/_not-found', '/maplibre-gl-worker.mjs', '/embedded'];
const APIS = ['/api/links', '/api/openapi.json', '/api/sources/some-id', '/api'];

describe('security headers', () => {
  it.each([...PAGES, ...APIS])('%s gets every header', (pathname) => {
    const headers = securityHeaders({ pathname, nonce: NONCE, dev: false });
    expect(Object.keys(headers).sort()).toEqual([
      'Content-Security-Policy',
      'Permissions-Policy',
      'Referrer-Policy',
      'Strict-Transport-Security',
      'X-Content-Type-Options',
    ]);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['Strict-Transport-Security']).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
  });

  it.each(['camera', 'microphone', 'geolocation', 'payment', 'usb'])('denies %s', (feature) => {
    const value = securityHeaders({ pathname: '/', nonce: NONCE, dev: false })['Permissions-Policy'];
    expect(value?.split(', ')).toContain(`${feature}=()`);
  });
});

describe('content security policy', () => {
  it.each([
    // pathname, dev, script-src
    ['/', false, ["'self'", `'nonce-${NONCE}'`]],
    ['/embed', false, ["'self'", `'nonce-${NONCE}'`]],
    ['/', true, ["'self'", `'nonce-${NONCE}'`, "'unsafe-eval'"]],
  ] as const)('%s (dev: %s) allows scripts from %j', (pathname, dev, scriptSources) => {
    expect(directives(pathname, dev).get('script-src')).toEqual(scriptSources);
  });

  it.each(PAGES)('%s never allows inline or evaluated script in production', (pathname) => {
    const csp = securityHeaders({ pathname, nonce: NONCE, dev: false })['Content-Security-Policy'];
    expect(csp).not.toContain('unsafe-eval');
    expect(directives(pathname).get('script-src')).not.toContain("'unsafe-inline'");
  });

  it.each([
    // pathname, frame-ancestors
    ['/', ["'none'"]],
    ['/embed', ['*']],
    ['/embed/shanghai-boston', ['*']],
    ['/embedded', ["'none'"]],
    ['/api/embed', ["'none'"]],
    ['/maps/embed', ["'none'"]],
    ['/api/links', ["'none'"]],
  ] as const)('%s may be framed by %j', (pathname, ancestors) => {
    expect(directives(pathname).get('frame-ancestors')).toEqual(ancestors);
  });

  it.each([
    // directive, sources on a page
    ['default-src', ["'self'"]],
    ['worker-src', ["'self'"]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['connect-src', ["'self'"]],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
  ] as const)('a page has %s %j', (directive, sources) => {
    expect(directives('/').get(directive)).toEqual(sources);
    expect(directives('/embed').get(directive)).toEqual(sources);
  });

  it.each(APIS)('%s loads and runs nothing', (pathname) => {
    expect([...directives(pathname).entries()]).toEqual([
      ['default-src', ["'none'"]],
      ['frame-ancestors', ["'none'"]],
    ]);
  });
});

describe('isEmbedPath', () => {
  it.each([
    ['/embed', true],
    ['/embed/', true],
    ['/embed/a/b', true],
    ['/embedded', false],
    ['/', false],
    ['/api/embed', false],
  ] as const)('%s → %s', (pathname, expected) => {
    expect(isEmbedPath(pathname)).toBe(expected);
  });
});

describe('createNonce', () => {
  it('is 128 bits of base64, fresh each time', () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
