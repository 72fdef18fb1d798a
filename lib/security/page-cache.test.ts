import { describe, expect, it } from 'vitest';
import {
  createPageCache,
  hashedPage,
  inlineScriptHashes,
  inPieces,
  isCacheablePageRequest,
  pageCacheKey,
} from './page-cache';

const request = (path: string, headers: Record<string, string> = {}, method = 'GET') => {
  const url = new URL(path, 'http://atlas.test');
  return { method, pathname: url.pathname, searchParams: url.searchParams, headers: new Headers(headers) };
};

describe('isCacheablePageRequest', () => {
  it.each([
    ['the atlas', request('/'), true],
    ['a view of the atlas', request('/?v=1&sel=place:boston&lang=zh'), true],
    ['the embed', request('/embed?v=1'), true],
    ['a HEAD request', request('/', {}, 'HEAD'), true],
    ['a browser’s document load', request('/', { 'sec-fetch-dest': 'document' }), true],
    ['the embed in a frame', request('/embed', { 'sec-fetch-dest': 'iframe' }), true],
    [
      'a browser’s fetch (the router, with its own headers hidden)',
      request('/', { 'sec-fetch-dest': 'empty' }),
      false,
    ],
    ['a POST (a server action)', request('/', {}, 'POST'), false],
    ['the router’s React payload', request('/', { rsc: '1' }), false],
    ['a prefetch', request('/', { 'next-router-prefetch': '1' }), false],
    ['an _rsc query', request('/?_rsc=abc'), false],
    ['an entity page (it cites the day it is read)', request('/places/boston'), false],
    ['the API', request('/api/links'), false],
  ] as const)('%s: %s', (_, page, cacheable) => {
    expect(isCacheablePageRequest(page)).toBe(cacheable);
  });
});

describe('pageCacheKey', () => {
  it('keeps apart the same address in two languages, two addresses and two origins', () => {
    const keys = [
      pageCacheKey('http://a.test', '/', '', 'en'),
      pageCacheKey('http://a.test', '/', '', 'zh'),
      pageCacheKey('http://a.test', '/', '?v=1', 'en'),
      pageCacheKey('https://b.test', '/', '', 'en'),
    ];
    expect(new Set(keys).size).toBe(4);
  });
});

// sha256, base64, of the UTF-8 text: known values (`printf %s 'alert(1)' | openssl sha256 -binary | base64`).
const ALERT = "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='";
const PUSH = "'sha256-VXfQxoId3eHgS78yBQY2mYYWuOAzZGdxULBMV816UdU='";
const EMPTY = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

describe('inlineScriptHashes', () => {
  it.each([
    ['one inline script', '<script>alert(1)</script>', [ALERT]],
    ['attributes other than src', '<script id="a" async="">alert(1)</script>', [ALERT]],
    [
      'each distinct script once, in order',
      '<script>self.__next_f.push([0])</script><script>alert(1)</script><script>alert(1)</script>',
      [PUSH, ALERT],
    ],
    ['an empty one', '<script></script>', [EMPTY]],
    ['none for a script loaded from a file', '<script src="/_next/static/a.js" async=""></script>', []],
    ['none in a page without scripts', '<p>alert(1)</p>', []],
  ] as const)('%s', (_, html, hashes) => {
    expect(inlineScriptHashes(html)).toEqual(hashes);
  });
});

describe('hashedPage', () => {
  const policy = "default-src 'self'; script-src 'self' 'nonce-abc123=='; style-src 'self'";

  it('swaps the nonce for the hashes and takes it out of the page', () => {
    const html =
      '<script nonce="abc123==">alert(1)</script><script src="/a.js" nonce="abc123==" async=""></script>';
    const page = hashedPage(html, policy);
    expect(page.html).toBe('<script>alert(1)</script><script src="/a.js" async=""></script>');
    expect(page.policy).toBe(`default-src 'self'; script-src 'self' ${ALERT}; style-src 'self'`);
  });

  it('leaves only the origin where the page has no inline script', () => {
    const page = hashedPage('<script src="/a.js" nonce="abc123=="></script>', policy);
    expect(page.policy).toBe("default-src 'self'; script-src 'self'; style-src 'self'");
  });

  it('hashes the script as the browser reads it, after the nonce is gone', () => {
    // A nonce inside the script's text is text, not an attribute: it stays and is hashed with it.
    const page = hashedPage('<script nonce="abc123==">var n="abc123=="</script>', policy);
    expect(page.html).toBe('<script>var n="abc123=="</script>');
    expect(page.policy).toContain(inlineScriptHashes('<script>var n="abc123=="</script>')[0]);
  });
});

describe('createPageCache', () => {
  const page = (size: number) => ({ body: new Uint8Array(size), headers: [], etag: `"${size}"` });

  it('keeps pages up to its bytes, and lets the least recently served go first', () => {
    const cache = createPageCache(100);
    cache.set('a', page(40));
    cache.set('b', page(40));
    expect(cache.get('a')?.etag).toBe('"40"');
    cache.set('c', page(40));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('c')).toBeDefined();
    expect(cache.bytes).toBe(80);
  });

  it('replaces a page under the same key without counting it twice', () => {
    const cache = createPageCache(100);
    cache.set('a', page(60));
    cache.set('a', page(70));
    expect(cache.size).toBe(1);
    expect(cache.bytes).toBe(70);
  });

  it('does not keep a page larger than the whole cache', () => {
    const cache = createPageCache(100);
    cache.set('a', page(101));
    expect(cache.size).toBe(0);
  });
});

describe('inPieces', () => {
  const bytes = (n: number) => Uint8Array.from({ length: n }, (_, i) => i % 251);
  const read = async (stream: ReadableStream<Uint8Array>) => {
    const pieces: Uint8Array[] = [];
    const reader = stream.getReader();
    for (let next = await reader.read(); !next.done; next = await reader.read()) pieces.push(next.value);
    return pieces;
  };

  it.each([
    { name: 'an empty page', length: 0, sizes: [] },
    { name: 'a page smaller than a piece', length: 5, sizes: [5] },
    { name: 'exactly one piece', length: 8, sizes: [8] },
    { name: 'pieces and a rest', length: 19, sizes: [8, 8, 3] },
  ])('hands over $name in pieces of at most 8 bytes, every byte once', async ({ length, sizes }) => {
    const body = bytes(length);
    const pieces = await read(inPieces(body, 8));
    expect(pieces.map((p) => p.byteLength)).toEqual(sizes);
    const joined = new Uint8Array(pieces.reduce((n, p) => n + p.byteLength, 0));
    let at = 0;
    for (const piece of pieces) {
      joined.set(piece, at);
      at += piece.byteLength;
    }
    expect(joined).toEqual(body);
    // Views into the cached copy, not copies of it.
    for (const piece of pieces) expect(piece.buffer).toBe(body.buffer);
  });
});
