export type HeaderContext = {
  /** The request's path, without the query. */
  pathname: string;
  /** Fresh for every request: a nonce that repeats can be copied into an injected script. */
  nonce: string;
  /** `next dev` only: React rebuilds server error stacks in the browser with eval. */
  dev: boolean;
};

const startsPath = (pathname: string, prefix: string) =>
  pathname === prefix || pathname.startsWith(`${prefix}/`);

/** The embeddable view is meant to be framed by any site; every other path refuses framing. */
export const isEmbedPath = (pathname: string) => startsPath(pathname, '/embed');

export const isApiPath = (pathname: string) => startsPath(pathname, '/api');

const policy = (directives: Record<string, readonly string[]>) =>
  Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');

/**
 * The page policy. Scripts run only from the atlas's origin or with this request's
 * nonce (Next puts it on its inline bootstrap scripts), so an injected inline script
 * or one from elsewhere is refused. Inline styles stay allowed: React style
 * attributes and MapLibre set them, and they cannot run code.
 */
function pagePolicy({ pathname, nonce, dev }: HeaderContext): string {
  return policy({
    'default-src': ["'self'"],
    'script-src': ["'self'", `'nonce-${nonce}'`, ...(dev ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    // MapLibre starts its worker from the same-origin URL; it falls back to blob: only for a cross-origin one.
    'worker-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': [isEmbedPath(pathname) ? '*' : "'none'"],
  });
}

/** API answers are data, never documents: opened in a tab, they may load and run nothing. */
const API_POLICY = policy({ 'default-src': ["'none'"], 'frame-ancestors': ["'none'"] });

/** Features the atlas never uses, denied to it and to anything it might frame. */
export const DENIED_FEATURES = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'display-capture',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
] as const;

export type SecurityHeaders = {
  'Content-Security-Policy': string;
  'Strict-Transport-Security': string;
  'X-Content-Type-Options': string;
  'Referrer-Policy': string;
  'Permissions-Policy': string;
};

export function securityHeaders(context: HeaderContext): SecurityHeaders {
  return {
    'Content-Security-Policy': isApiPath(context.pathname) ? API_POLICY : pagePolicy(context),
    // Browsers ignore it over plain HTTP, so it only takes effect once served over TLS.
    'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': DENIED_FEATURES.map((feature) => `${feature}=()`).join(', '),
  };
}

/** 128 random bits, base64: the form CSP's nonce-source accepts. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
