// Settings shared by the benchmark's stages; the run counts and durations can be set from the environment.

function count(name, fallback) {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer`);
  return value;
}

export const RUNS = count('BENCH_RUNS', 3);
/** Lighthouse is the slowest stage; it has its own count, the general one by default. */
export const LIGHTHOUSE_RUNS = count('BENCH_LIGHTHOUSE_RUNS', RUNS);
export const API_SECONDS = count('BENCH_API_SECONDS', 5);
export const API_CONNECTIONS = count('BENCH_API_CONNECTIONS', 10);
export const SCALES = (process.env.BENCH_SCALES ?? '1000,10000').split(',').filter(Boolean).map(Number);
/** Every stage `npm run bench` knows, in the order it runs them. */
export const ALL_STAGES = ['map', 'bundle', 'lighthouse', 'api', 'floor', 'scales', 'analyse'];

function stages(text) {
  if (text === undefined || text === '') return ALL_STAGES;
  const chosen = text.split(',').map((name) => name.trim());
  const unknown = chosen.filter((name) => !ALL_STAGES.includes(name));
  if (unknown.length > 0) throw new Error(`BENCH_STAGES: unknown stage(s) ${unknown.join(', ')}`);
  return chosen;
}

/** The stages to run; a selection measures one thing quickly without the others' minutes. */
export const STAGES = stages(process.env.BENCH_STAGES);
/** A run of some stages only must not overwrite the record of a full one. */
export const PARTIAL_RUN = STAGES.length < ALL_STAGES.length;
/** Whole-run deadline: the harness stops itself, and every server it started, after this. */
export const DEADLINE_MINUTES = count('BENCH_DEADLINE_MINUTES', 40);

/** The whole Chromium and its flags: software WebGL (GPU compositing too, as a reader's browser), no background traffic. */
export { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';

/** Playwright's "Desktop Chrome" viewport, as the end-to-end tests use. */
export const VIEWPORT = { width: 1280, height: 720 };

/** Where results.json keeps Lighthouse's runs of the bare map for a preset, beside the atlas's. */
export const bareMapLighthouseKey = (preset) => `bare${preset[0].toUpperCase()}${preset.slice(1)}`;

/**
 * The requests the API stage loads; each is compared with a static file of the same bytes.
 * The atlas's page is loaded as a crowd would open a shared link: 100 connections at once.
 */
export const API_TARGETS = [
  { name: 'stats', path: '/api/stats?metric=gdp', file: 'stats.json', budget: 'apiRatio' },
  { name: 'links', path: '/api/links', file: 'links.json', budget: 'apiRatio' },
  { name: 'page', path: '/', file: 'page.html', connections: 100, budget: 'pageRatio' },
];
export const STATIC_DIR = 'bench-static';

export const BUDGETS = {
  lighthouseDesktop: 100,
  lighthouseMobilePerformance: 95,
  lighthouseMobileOther: 100,
  firstLoadGzipBytes: 300 * 1000,
  apiRatio: 0.7,
  mapIdleRatio: 1.5,
  scaleIdleRatio: 3,
  pickMs: 50,
  serverRssMb: 300,
  /** `/` under 100 connections against a static file of the same bytes (served from the page cache). */
  pageRatio: 0.5,
  /** The server's SVG map is in the page's HTML: complete at the first contentful paint. */
  pictureAfterFcpMs: 0,
};
