// A small static server for the bare-map baseline, on loopback: the page, MapLibre's own
// dist files, the atlas's basemap files and its basemap style transpiled from TypeScript.
// Compresses like `next start` does, so both maps pay for the same transfer.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import ts from 'typescript';
import { ROOT } from './app-build.mjs';
import { HOST } from './processes.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.geojson': 'application/geo+json',
};

/** The atlas's own style code, so the baseline cannot drift from what the atlas draws. */
function basemapStyleModule() {
  const source = readFileSync(path.join(ROOT, 'lib', 'map', 'basemap-style.ts'), 'utf8');
  return ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 },
  }).outputText;
}

function resolve(url) {
  const { pathname } = new URL(url, 'http://localhost');
  const inside = (dir, rest) => {
    const file = path.resolve(dir, `.${rest}`);
    return file.startsWith(dir + path.sep) ? file : null;
  };
  if (pathname === '/') return path.join(ROOT, 'bench', 'bare-map', 'index.html');
  if (pathname === '/bare-map.js') return path.join(ROOT, 'bench', 'bare-map', 'bare-map.js');
  if (pathname.startsWith('/maplibre/'))
    return inside(path.join(ROOT, 'node_modules', 'maplibre-gl', 'dist'), pathname.slice('/maplibre'.length));
  if (pathname.startsWith('/basemap/'))
    return inside(path.join(ROOT, 'public', 'basemap'), pathname.slice('/basemap'.length));
  return null;
}

export function startBareMapServer(port) {
  const styleModule = basemapStyleModule();
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    let body;
    let type;
    if (pathname === '/basemap-style.js') {
      body = Buffer.from(styleModule);
      type = TYPES['.js'];
    } else {
      const file = resolve(request.url ?? '/');
      try {
        body = file ? readFileSync(file) : null;
      } catch {
        body = null;
      }
      type = file ? TYPES[path.extname(file)] : undefined;
    }
    if (!body) {
      response.writeHead(404).end();
      return;
    }
    const headers = { 'Content-Type': type ?? 'application/octet-stream', 'Cache-Control': 'no-store' };
    if (/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      response.writeHead(200, { ...headers, 'Content-Encoding': 'gzip' }).end(gzipSync(body));
    } else {
      response.writeHead(200, headers).end(body);
    }
  });
  return new Promise((resolveStart) => {
    server.listen(port, HOST, () =>
      resolveStart({ origin: `http://${HOST}:${port}`, stop: () => new Promise((r) => server.close(r)) }),
    );
  });
}
