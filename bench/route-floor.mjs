// The floor under the API's throughput: a bench-only route (in a copy of the app, never in the
// shipped one) that answers a constant body with the same bytes and headers as /api/stats,
// loaded in the same rounds as the real route and the static file. What the real route loses
// beyond this floor is the app's own work per request; the rest is Next's route handling.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { buildCopy, OUT, ROOT } from './app-build.mjs';
import { fetchRaw } from './bundle.mjs';
import { API_CONNECTIONS, API_SECONDS, STATIC_DIR } from './config.mjs';
import { freePort, startNext } from './processes.mjs';

const TARGET = '/api/stats?metric=gdp';
const CONSTANT_ROUTE = '/api/bench-constant';

const ROUTE_SOURCE = `import { readFileSync } from 'node:fs';

export const dynamic = 'force-dynamic';
let body: string | undefined;

export function GET() {
  body ??= readFileSync(/*turbopackIgnore: true*/ process.env.BENCH_CONSTANT_BODY ?? '', 'utf8');
  return new Response(body, {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'public, max-age=300, stale-while-revalidate=86400',
      ETag: '"bench-constant"',
      Vary: 'Accept-Encoding',
    },
  });
}
`;

function load(url, seconds = API_SECONDS) {
  return new Promise((resolve, reject) => {
    autocannon(
      { url, connections: API_CONNECTIONS, duration: seconds, headers: { 'accept-encoding': 'gzip' } },
      (error, result) => (error ? reject(error) : resolve(result.requests.average)),
    );
  });
}

/** `runs` rounds of: the real route, the constant route, the static file (all gzip). */
export async function measureRouteFloor(runs, onProgress = () => {}) {
  const appDir = await buildCopy('route-floor', {
    extraFiles: { 'app/api/bench-constant/route.ts': ROUTE_SOURCE },
  });
  // The body the real route answers, from a first server, for both the constant route and the static file.
  const bodyFile = path.join(OUT, 'route-floor-body.json');
  // A copy has no data/ of its own: it reads the work tree's.
  const env = { ATLAS_DATA_DIR: path.join(ROOT, 'data') };
  const probe = await startNext(appDir, await freePort(), { env });
  let body;
  try {
    const answer = await fetchRaw(`${probe.origin}${TARGET}`);
    if (answer.status !== 200) throw new Error(`${TARGET} answered ${answer.status}`);
    body = answer.body;
  } finally {
    await probe.stop();
  }
  writeFileSync(bodyFile, body);
  mkdirSync(path.join(appDir, 'public', STATIC_DIR), { recursive: true });
  writeFileSync(path.join(appDir, 'public', STATIC_DIR, 'stats.json'), body);
  const server = await startNext(appDir, await freePort(), {
    env: { ...env, BENCH_CONSTANT_BODY: bodyFile },
  });
  try {
    const constant = await fetchRaw(`${server.origin}${CONSTANT_ROUTE}`);
    if (!constant.body.equals(body)) throw new Error('the constant route does not answer the same bytes');
    const urls = {
      api: `${server.origin}${TARGET}`,
      constant: `${server.origin}${CONSTANT_ROUTE}`,
      static: `${server.origin}/${STATIC_DIR}/stats.json`,
    };
    for (const url of Object.values(urls)) await load(url, 1);
    const rounds = [];
    for (let run = 0; run < runs; run += 1) {
      onProgress(`route floor run ${run + 1}/${runs}`);
      const round = {};
      for (const [name, url] of Object.entries(urls)) round[name] = await load(url);
      rounds.push(round);
    }
    return { bytes: body.length, rounds };
  } finally {
    await server.stop();
  }
}
