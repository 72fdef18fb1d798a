// Next's bundlers do not emit MapLibre 6's worker, so the build serves the installed
// package's own file from public/ (same origin, so CSP worker-src 'self' allows it).
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const dist = path.dirname(require.resolve('maplibre-gl/dist/maplibre-gl.mjs'));
const target = path.join(process.cwd(), 'public');
mkdirSync(target, { recursive: true });
copyFileSync(path.join(dist, 'maplibre-gl-worker.mjs'), path.join(target, 'maplibre-gl-worker.mjs'));
console.log('copied maplibre-gl-worker.mjs into public/');
