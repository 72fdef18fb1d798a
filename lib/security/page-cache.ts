import { createHash } from 'node:crypto';

/**
 * The pages whose HTML depends on nothing but their URL, the reading language and the build:
 * the atlas and its embed. (An entity page cites the day it is read.)
 */
const CACHED_PAGES = new Set(['/', '/embed']);

/**
 * What Next's client router sends for a page's React payload rather than its HTML. Next takes
 * these (and the `_rsc` query) out of the request a proxy sees, so they guard only a caller
 * that sees the request whole; in the proxy the fetch metadata below tells them apart.
 */
const ROUTER_HEADERS = [
  'rsc',
  'next-action',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
];

export type PageRequest = {
  method: string;
  pathname: string;
  searchParams: URLSearchParams;
  headers: Headers;
};

/**
 * What a browser loads as a document (a tab, or the embed's frame) says so in its fetch
 * metadata; the router's payload requests are fetches. A client that sends none (a crawler,
 * a CDN, a load test) is asking for the document. An old browser without fetch metadata that
 * got the page for a payload request falls back to loading it as a document.
 */
const DOCUMENT_DESTINATIONS = new Set(['document', 'iframe', 'frame']);

/** Whether a request loads a document (by its fetch metadata), rather than the router's payload. */
export function isDocumentLoad(headers: Headers): boolean {
  const destination = headers.get('sec-fetch-dest');
  return destination === null || DOCUMENT_DESTINATIONS.has(destination);
}

export function isCacheablePageRequest({ method, pathname, searchParams, headers }: PageRequest): boolean {
  return (
    (method === 'GET' || method === 'HEAD') &&
    CACHED_PAGES.has(pathname) &&
    isDocumentLoad(headers) &&
    !searchParams.has('_rsc') &&
    !ROUTER_HEADERS.some((name) => headers.has(name))
  );
}

/**
 * One cached page per origin, address and reading language (the browser's, where the URL
 * names none): the page's share links are absolute, so one host's page never serves another.
 */
export const pageCacheKey = (origin: string, pathname: string, search: string, locale: string) =>
  `${locale} ${origin}${pathname}${search}`;

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

/** The CSP hash source of each distinct inline script in the page, in order. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = [...html.matchAll(INLINE_SCRIPT)]
    .map(([, body = '']) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`)
    .filter((hash, i, all) => all.indexOf(hash) === i);
  return hashes;
}

/**
 * A rendered page made fit to serve to anyone: its policy allows its own inline scripts by
 * their hashes instead of the one request's nonce, and the nonce leaves the HTML. A nonce
 * must never repeat, a hash may: the page can then be cached by the server and by a CDN.
 */
export function hashedPage(html: string, policy: string): { html: string; policy: string } {
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  const page = nonce ? html.replaceAll(` nonce="${nonce}"`, '') : html;
  const hashes = inlineScriptHashes(page);
  const swapped = policy.replace(/\s*'nonce-[^']+'/, hashes.length ? ` ${hashes.join(' ')}` : '');
  return { html: page, policy: swapped };
}

export type CachedPage = {
  body: Uint8Array<ArrayBuffer>;
  headers: [string, string][];
  /** A strong validator: the page's bytes, which hold the build and the data. */
  etag: string;
};

export const etagOf = (body: Uint8Array<ArrayBuffer>) =>
  `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

/** The last pages served, up to a number of bytes; the least recently served goes first. */
export function createPageCache(maxBytes: number) {
  const entries = new Map<string, CachedPage>();
  let bytes = 0;
  return {
    get(key: string): CachedPage | undefined {
      const page = entries.get(key);
      if (page) {
        entries.delete(key);
        entries.set(key, page);
      }
      return page;
    },
    set(key: string, page: CachedPage) {
      const known = entries.get(key);
      if (known) bytes -= known.body.byteLength;
      entries.delete(key);
      if (page.body.byteLength > maxBytes) return;
      entries.set(key, page);
      bytes += page.body.byteLength;
      for (const [oldest, old] of entries) {
        if (bytes <= maxBytes) break;
        entries.delete(oldest);
        bytes -= old.body.byteLength;
      }
    },
    get size() {
      return entries.size;
    },
    get bytes() {
      return bytes;
    },
  };
}

/**
 * How much of a cached page is handed to the connection at a time. Next flushes its
 * compression after each piece, so a piece is a compressed block of its own: fewer, larger
 * pieces compress nearly as well as the whole page (a few per cent more bytes at this size).
 */
export const PIECE_BYTES = 128 * 1024;

/**
 * The page's bytes as a stream of views into the cached copy, each read when the connection
 * wants more: handed over whole, every answer in flight held (and compressed) a copy of it.
 */
export function inPieces(body: Uint8Array, pieceBytes = PIECE_BYTES): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (offset >= body.byteLength) {
          controller.close();
          return;
        }
        controller.enqueue(body.subarray(offset, offset + pieceBytes));
        offset += pieceBytes;
      },
    },
    { highWaterMark: 0 },
  );
}
