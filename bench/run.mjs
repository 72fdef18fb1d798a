// `npm run bench`: builds the atlas, measures it on loopback against its budgets, and writes
// bench/results.json (every raw figure) and the table in BENCHMARKS.md. See bench/README.md.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { measureApi, removeStaticTwins, writeStaticTwins } from './api-load.mjs';
import { buildCopy, buildWorkTree, OUT, ROOT } from './app-build.mjs';
import { startBareMapServer } from './bare-map-server.mjs';
import { measureBundle } from './bundle.mjs';
import { analyseBuild } from './bundle-modules.mjs';
import {
  API_CONNECTIONS,
  API_SECONDS,
  bareMapLighthouseKey,
  DEADLINE_MINUTES,
  LIGHTHOUSE_RUNS,
  PARTIAL_RUN,
  RUNS,
  SCALES,
  STAGES,
  VIEWPORT,
} from './config.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { describeMachine } from './machine.mjs';
import { launchBrowser, measureAtlas, measureBareMap } from './map-timing.mjs';
import { freePort, sampleResidentMemory, startNext, stopAll } from './processes.mjs';
import { formatWritten, renderTable, writeReport } from './report.mjs';
import { measureRouteFloor } from './route-floor.mjs';
import { median } from './stats.mjs';
import { writeSyntheticDataset } from './synthetic-links.mjs';

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s`;
const log = (message) => console.log(`[bench ${elapsed()}] ${message}`);
const wanted = (name) => STAGES.includes(name);

// Bounded in time whatever happens: stop every server and browser, and exit.
const deadline = setTimeout(() => {
  console.error(`[bench] deadline of ${DEADLINE_MINUTES} minutes reached: stopping`);
  stopAll();
  process.exit(1);
}, DEADLINE_MINUTES * 60_000);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopAll();
    process.exit(130);
  });
}

const results = {
  startedAt: new Date(started).toISOString(),
  machine: describeMachine(),
  settings: {
    runs: RUNS,
    lighthouseRuns: LIGHTHOUSE_RUNS,
    apiSeconds: API_SECONDS,
    apiConnections: API_CONNECTIONS,
    scales: SCALES,
    viewport: VIEWPORT,
    stages: STAGES,
  },
  /** The load average at each stage's start and end: other work on the machine shows here. */
  load: [],
  errors: [],
};

/** Runs a stage, recording its load and errors; one stage failing does not lose the others. */
async function stage(name, body) {
  log(`${name}…`);
  const entry = { stage: name, loadBefore: os.loadavg()[0] };
  const start = Date.now();
  try {
    return await body();
  } catch (error) {
    log(`${name} failed: ${error.message}`);
    results.errors.push({ stage: name, message: String(error.stack ?? error) });
    return null;
  } finally {
    entry.seconds = Math.round((Date.now() - start) / 1000);
    entry.loadAfter = os.loadavg()[0];
    results.load.push(entry);
  }
}

/** A stage that BENCH_STAGES may leave out; its result is then absent from the table. */
function optionalStage(key, name, body) {
  return wanted(key) ? stage(name, body) : null;
}

async function mapRuns(browser, origin, bare, label) {
  const atlas = [];
  const bareRuns = [];
  // One load of each page first, kept apart from the figures: the first load after a server
  // starts renders its route cold, and the browser's first page pays for starting its GPU
  // process; the bare map, loaded second, would never pay either.
  log(`map ${label}: warm-up load (not in the figures)`);
  const warmAtlas = await measureAtlas(browser, origin, { picking: false });
  const warmBare =
    bare && warmAtlas.camera ? await measureBareMap(browser, bare.origin, warmAtlas.camera) : null;
  const warmup = { atlasReadyMs: warmAtlas.readyMs, bareReadyMs: warmBare?.readyMs ?? null };
  log(
    `  atlas ready ${warmup.atlasReadyMs?.toFixed(0)} ms, bare map idle ${warmup.bareReadyMs?.toFixed(0)} ms`,
  );
  for (let run = 0; run < RUNS; run += 1) {
    log(`map ${label}: run ${run + 1}/${RUNS}`);
    const measured = await measureAtlas(browser, origin);
    atlas.push(measured);
    if (measured.readyMs === null) {
      // The same page fails the same way again: further runs would only spend the time limit.
      log(`  the map did not become ready: ${measured.failure}; no further runs at this scale`);
      break;
    }
    log(
      `  atlas ready ${measured.readyMs.toFixed(0)} ms, ${measured.linkFeatures} arcs drawn, ` +
        `pointer → tooltip ${median(measured.pick?.hoverToTooltipMs ?? [])?.toFixed(0)} ms`,
    );
    if (bare) {
      const baseline = await measureBareMap(browser, bare.origin, atlas[0].camera);
      bareRuns.push(baseline);
      log(`  bare map idle ${baseline.readyMs?.toFixed(0)} ms`);
    }
  }
  return { atlas, bare: bareRuns, warmup };
}

async function main() {
  log(`machine: ${results.machine.cpu}, ${results.machine.cores} cores, load ${os.loadavg()[0].toFixed(2)}`);
  mkdirSync(OUT, { recursive: true });

  await stage('build', async () => {
    if (process.env.BENCH_REUSE_BUILD === '1' && existsSync(path.join(ROOT, '.next', 'BUILD_ID'))) {
      log('reusing the existing production build (BENCH_REUSE_BUILD=1)');
      return;
    }
    await buildWorkTree();
  });

  const publicDir = path.join(ROOT, 'public');
  try {
    // Static twins of the API answers, written before the measured server starts (Next lists public/ once).
    if (wanted('api')) {
      await stage('static twins', async () => {
        const probe = await startNext(ROOT, await freePort());
        try {
          results.staticTwins = (await writeStaticTwins(probe.origin, publicDir)).sizes;
        } finally {
          await probe.stop();
        }
      });
    }

    const server = await startNext(ROOT, await freePort());
    const lifetimeMemory = sampleResidentMemory(server.pid, 250);
    results.server = { idleMemory: null };
    try {
      if (wanted('map')) {
        const browser = await launchBrowser();
        const bare = await startBareMapServer(await freePort());
        try {
          results.map = await stage('map readiness (atlas and bare map)', () =>
            mapRuns(browser, server.origin, bare, 'shipped data'),
          );
        } finally {
          await bare.stop();
          await browser.close();
        }
      }

      if (wanted('bundle')) {
        results.bundle = await stage('first-load JavaScript', () =>
          measureBundle(server.origin, results.map?.atlas.flatMap((r) => r.scripts) ?? []),
        );
      }

      results.lighthouse = await optionalStage('lighthouse', 'Lighthouse', async () => {
        const runs = { mobile: [], desktop: [], bareMobile: [], bareDesktop: [] };
        // The bare map in the same runs: what Lighthouse gives any page that draws this basemap
        // with MapLibre on this machine, the floor under the atlas's scores.
        const bare = await startBareMapServer(await freePort());
        const camera = results.map?.atlas[0]?.camera;
        const bareUrl = camera
          ? `${bare.origin}/?lng=${camera.lng}&lat=${camera.lat}&zoom=${camera.zoom}&w=${camera.width}&h=${camera.height}`
          : `${bare.origin}/`;
        try {
          for (let run = 0; run < LIGHTHOUSE_RUNS; run += 1) {
            for (const preset of ['mobile', 'desktop']) {
              for (const [page, url, key] of [
                ['atlas', `${server.origin}/`, preset],
                ['bare map', bareUrl, bareMapLighthouseKey(preset)],
              ]) {
                log(`lighthouse ${preset}, ${page}: run ${run + 1}/${LIGHTHOUSE_RUNS}`);
                const result = await runLighthouse(url, preset);
                runs[key].push(result);
                log(
                  `  ${Object.entries(result.scores)
                    .map(([k, v]) => `${k} ${v}`)
                    .join(', ')}`,
                );
              }
            }
          }
        } finally {
          await bare.stop();
        }
        return runs;
      });

      results.api = await optionalStage('api', 'API throughput', async () => {
        const memory = sampleResidentMemory(server.pid, 100);
        try {
          const rounds = await measureApi(server.origin, RUNS, log);
          return { rounds, memoryUnderLoad: memory.stop() };
        } finally {
          memory.stop();
        }
      });
    } finally {
      results.server.lifetimeMemory = lifetimeMemory.stop();
      await server.stop();
    }
  } finally {
    removeStaticTwins(publicDir);
  }

  if (wanted('floor') && process.env.BENCH_ROUTE_FLOOR !== '0') {
    results.routeFloor = await stage('API: Next route-handler floor (bench-only copy)', () =>
      measureRouteFloor(RUNS, log),
    );
  }

  results.scale = {};
  for (const count of wanted('scales') ? SCALES : []) {
    results.scale[count] = await stage(`scale: ${count} synthetic links`, async () => {
      const dataDir = path.join(OUT, `data-${count}`);
      const written = writeSyntheticDataset(dataDir, count);
      const appDir = await buildCopy(String(count), { dataDir });
      const scaled = await startNext(appDir, await freePort(), { env: { ATLAS_DATA_DIR: dataDir } });
      const memory = sampleResidentMemory(scaled.pid, 250);
      try {
        // The count as the page asks for it: the arcs' geometry (23 MB at 10,000 links) is
        // asked for by no map run, and its copy in the server would count as theirs.
        const api = await (await fetch(`${scaled.origin}/api/links?geometry=none&fields=index`)).json();
        if (api.features.length !== written.total) {
          throw new Error(`/api/links has ${api.features.length} links, expected ${written.total}`);
        }
        const browser = await launchBrowser();
        try {
          const { atlas } = await mapRuns(browser, scaled.origin, null, `${count} synthetic links`);
          return { links: written.total, apiLinks: api.features.length, atlas, memory: memory.stop() };
        } finally {
          await browser.close();
        }
      } finally {
        memory.stop();
        await scaled.stop();
      }
    });
  }

  if (wanted('analyse') && process.env.BENCH_ANALYSE !== '0') {
    results.modules = await stage('bundle analysis (source-mapped build)', async () => {
      const appDir = await buildCopy('sourcemaps', { sourceMaps: true });
      // `/` is rendered per request (its CSP nonce), so its HTML comes from a running copy.
      const copy = await startNext(appDir, await freePort(), {
        env: { ATLAS_DATA_DIR: path.join(ROOT, 'data') },
      });
      try {
        return analyseBuild(appDir, await (await fetch(`${copy.origin}/`)).text());
      } finally {
        await copy.stop();
      }
    });
  }

  results.finishedAt = new Date().toISOString();
  if (PARTIAL_RUN) {
    const partialFile = path.join(OUT, 'results-partial.json');
    writeFileSync(partialFile, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\n${renderTable(results, { measuredOnly: true })}\n`);
    log(
      `stages ${STAGES.join(', ')} only: wrote ${path.relative(ROOT, partialFile)}, left BENCHMARKS.md alone`,
    );
    return;
  }
  const resultsFile = path.join(ROOT, 'bench', 'results.json');
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  const table = writeReport(results, path.join(ROOT, 'BENCHMARKS.md'));
  formatWritten([path.join(ROOT, 'BENCHMARKS.md'), resultsFile]);
  console.log(`\n${table}\n`);
  log(`wrote ${path.relative(ROOT, resultsFile)} and BENCHMARKS.md`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => {
    clearTimeout(deadline);
    stopAll();
  });
