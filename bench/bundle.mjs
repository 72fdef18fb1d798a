// What JavaScript the page loads before the map, and what the map brings after: each script's
// bytes as the server sends them (gzip), read from the running production server.
import { request } from 'node:http';
import { gzipSync } from 'node:zlib';

/** The raw body and its encoding, without letting the client decompress it. */
export function fetchRaw(url, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode,
          encoding: response.headers['content-encoding'] ?? 'identity',
          body: Buffer.concat(chunks),
        }),
      );
      response.on('error', reject);
    });
    req.on('error', reject);
    req.setTimeout(60_000, () => req.destroy(new Error(`timeout: ${url}`)));
    req.end();
  });
}

/** Scripts in the HTML that a module-capable browser runs: `nomodule` polyfills are never fetched. */
export function scriptsInHtml(html) {
  const scripts = [];
  for (const match of html.matchAll(/<script\b([^>]*)>/g)) {
    const attributes = match[1];
    const src = /\bsrc="([^"]+)"/.exec(attributes)?.[1];
    if (!src) continue;
    scripts.push({ src, noModule: /\bnomodule\b/i.test(attributes) });
  }
  return scripts;
}

/** One script's size: raw, as served with gzip, and gzip -9 for a server-independent figure. */
export async function scriptSize(origin, src) {
  const url = new URL(src, origin).href;
  const plain = await fetchRaw(url);
  const served = await fetchRaw(url, { 'accept-encoding': 'gzip' });
  return {
    src,
    rawBytes: plain.body.length,
    servedGzipBytes: served.encoding === 'gzip' ? served.body.length : null,
    gzip9Bytes: gzipSync(plain.body, { level: 9 }).length,
    containsMapLibre: /maplibre/i.test(plain.body.toString('utf8')),
    body: plain.body,
  };
}

const sum = (items, key) => items.reduce((total, item) => total + (item[key] ?? 0), 0);
const withoutBody = ({ body, ...rest }) => rest;

/**
 * First-load scripts (from the HTML of `/`) and the scripts the map loads after them (seen by
 * the browser in a map run), with the MapLibre chunk picked out.
 */
export async function measureBundle(origin, scriptsSeenByBrowser = []) {
  const html = (await fetchRaw(`${origin}/`)).body.toString('utf8');
  const listed = scriptsInHtml(html);
  const firstLoad = await Promise.all(
    listed.filter((s) => !s.noModule).map((s) => scriptSize(origin, s.src)),
  );
  const polyfills = await Promise.all(listed.filter((s) => s.noModule).map((s) => scriptSize(origin, s.src)));
  const firstPaths = new Set(listed.map((s) => s.src));
  const laterPaths = [
    ...new Set(
      scriptsSeenByBrowser
        .map((s) => new URL(s.url).pathname)
        .filter((p) => !firstPaths.has(p) && new URL(p, origin).origin === origin),
    ),
  ];
  const later = await Promise.all(laterPaths.map((p) => scriptSize(origin, p)));
  // MapLibre's library chunk: the largest of the later scripts that holds MapLibre code, apart from its worker.
  const maplibreChunk =
    later
      .filter((s) => s.containsMapLibre && !s.src.endsWith('maplibre-gl-worker.mjs'))
      .sort((a, b) => b.rawBytes - a.rawBytes)[0] ?? null;
  const worker = later.find((s) => s.src.endsWith('maplibre-gl-worker.mjs')) ?? null;
  return {
    firstLoad: {
      scripts: firstLoad.map(withoutBody),
      rawBytes: sum(firstLoad, 'rawBytes'),
      servedGzipBytes: sum(firstLoad, 'servedGzipBytes'),
      gzip9Bytes: sum(firstLoad, 'gzip9Bytes'),
    },
    polyfills: polyfills.map(withoutBody),
    afterFirstLoad: later.map(withoutBody),
    maplibreChunk: maplibreChunk ? withoutBody(maplibreChunk) : null,
    maplibreWorker: worker ? withoutBody(worker) : null,
  };
}
