// Turns bench/results.json into the table of figures against budgets, and writes it into
// BENCHMARKS.md between two markers, leaving the hand-written parts of that file alone.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './app-build.mjs';
import { API_TARGETS, BUDGETS, bareMapLighthouseKey } from './config.mjs';
import { median, ratio, summary } from './stats.mjs';

const BEGIN = '<!-- bench:begin (written by npm run bench; edits here are overwritten) -->';
const END = '<!-- bench:end -->';

const fixed = (digits) => (v) => (v === null || v === undefined ? 'n/a' : v.toFixed(digits));
const ms = (v) => (v === null || v === undefined ? 'n/a' : `${Math.round(v)} ms`);
const kB = (v) => (v === null || v === undefined ? 'n/a' : `${(v / 1000).toFixed(1)} kB`);
const MB = (kb) => (kb === null || kb === undefined ? 'n/a' : `${(kb / 1024).toFixed(0)} MB`);
const times = (v) => (v === null || v === undefined ? 'n/a' : `${v.toFixed(2)}×`);
const plain = fixed(0);
const preciseMs = (v) => (v === null || v === undefined ? 'n/a' : `${v.toFixed(2)} ms`);

function verdict(value, test) {
  if (value === null || value === undefined) return 'no figure';
  return test(value) ? 'pass' : '**miss**';
}

/** One figure: the median of its runs with the range, and the budget when it has one. */
function row(rows, name, values, format, budget) {
  const s = summary(values);
  const range = s.n > 1 ? ` (${format(s.min)}–${format(s.max)})` : '';
  rows.push({
    name,
    value: `${format(s.median)}${range}`,
    budget: budget?.text ?? '—',
    // Most budgets judge the median; an "every run" budget judges the worst run (a run
    // without a figure fails an upper bound for every run).
    verdict: budget ? verdict(worstOf(s, values, budget), budget.test) : '',
    n: s.n,
  });
  return s.median;
}

function worstOf(s, values, budget) {
  if (budget.everyRun === 'max') return s.n < values.length ? Number.POSITIVE_INFINITY : s.max;
  return budget.everyRun ? s.min : s.median;
}

const atMostEveryRun = (limit, text) => ({ text, test: (v) => v <= limit, everyRun: 'max' });
const atLeast = (limit, text) => ({ text: text ?? `≥ ${limit}`, test: (v) => v >= limit });
const atMost = (limit, text) => ({ text: text ?? `≤ ${limit}`, test: (v) => v <= limit });
const below = (limit, text) => ({ text, test: (v) => v < limit });

function lighthouseRows(rows, results) {
  for (const preset of ['desktop', 'mobile']) {
    const runs = results.lighthouse?.[preset] ?? [];
    for (const category of ['performance', 'accessibility', 'best-practices', 'seo']) {
      const limit =
        preset === 'desktop'
          ? BUDGETS.lighthouseDesktop
          : category === 'performance'
            ? BUDGETS.lighthouseMobilePerformance
            : BUDGETS.lighthouseMobileOther;
      row(
        rows,
        `Lighthouse ${preset}: ${category}`,
        runs.map((r) => r.scores[category]),
        plain,
        atLeast(limit),
      );
    }
    row(
      rows,
      `Lighthouse ${preset}: LCP`,
      runs.map((r) => r.metrics.lcpMs),
      ms,
    );
    row(
      rows,
      `Lighthouse ${preset}: TBT`,
      runs.map((r) => r.metrics.tbtMs),
      ms,
    );
    row(
      rows,
      `Lighthouse ${preset}: CLS`,
      runs.map((r) => r.metrics.cls),
      fixed(3),
    );
    const bare = results.lighthouse?.[bareMapLighthouseKey(preset)] ?? [];
    row(
      rows,
      `Lighthouse ${preset}, bare MapLibre map with the same basemap (no React, no data): performance`,
      bare.map((r) => r.scores.performance),
      plain,
    );
    row(
      rows,
      `Lighthouse ${preset}, bare map: TBT`,
      bare.map((r) => r.metrics.tbtMs),
      ms,
    );
  }
}

function bundleRows(rows, results) {
  const bundle = results.bundle;
  if (!bundle) return;
  row(
    rows,
    `First-load JavaScript of / (${bundle.firstLoad.scripts.length} scripts, gzip as served)`,
    [bundle.firstLoad.servedGzipBytes],
    kB,
    atMost(BUDGETS.firstLoadGzipBytes, '≤ 300 kB'),
  );
  row(rows, 'MapLibre chunk (gzip as served)', [bundle.maplibreChunk?.servedGzipBytes ?? null], kB);
  row(rows, 'MapLibre worker (gzip as served)', [bundle.maplibreWorker?.servedGzipBytes ?? null], kB);
  const atlasRuns = results.map?.atlas ?? [];
  const chunkPath = bundle.maplibreChunk?.src;
  // How long after the first contentful paint MapLibre is requested (positive: after the paint).
  const after = (test) =>
    atlasRuns.map((r) => {
      const script = r.scripts.find((s) => test(new URL(s.url).pathname));
      return script && r.fcpMs !== null ? script.requestedMs - r.fcpMs : null;
    });
  row(
    rows,
    'MapLibre chunk requested, after first contentful paint by',
    after((p) => p === chunkPath),
    ms,
    {
      text: '> 0 ms in every run (after the paint)',
      test: (v) => v > 0,
      everyRun: true,
    },
  );
  row(
    rows,
    'MapLibre worker requested, after first contentful paint by',
    after((p) => p.endsWith('maplibre-gl-worker.mjs')),
    ms,
    {
      text: '> 0 ms in every run (after the paint)',
      test: (v) => v > 0,
      everyRun: true,
    },
  );
}

function apiRows(rows, results) {
  const rounds = results.api?.rounds ?? [];
  if (rounds.length === 0) return;
  for (const key of Object.keys(rounds[0])) {
    const [name, encoding] = key.split('.');
    const target = API_TARGETS.find((t) => t.name === name);
    const path = target?.path ?? name;
    const bytes = results.staticTwins?.[name];
    const connections = target?.connections ? `, ${target.connections} connections` : '';
    const label = `${path} (${encoding}${bytes ? `, ${(bytes / 1000).toFixed(1)} kB body` : ''}${connections})`;
    const kind = name === 'page' ? 'Page' : 'API';
    row(
      rows,
      `${kind} ${label}: requests/s`,
      rounds.map((r) => r[key].api.requestsPerSecond),
      plain,
    );
    if (name === 'page')
      row(
        rows,
        `${kind} ${label}: errors, timeouts and non-2xx answers`,
        rounds.map((r) => r[key].api.errors + r[key].api.timeouts + r[key].api.non2xx),
        plain,
        atMostEveryRun(0, '0 in every run'),
      );
    row(
      rows,
      `Static file, same bytes (${encoding}): requests/s`,
      rounds.map((r) => r[key].static.requestsPerSecond),
      plain,
    );
    row(
      rows,
      `${kind} ${label}: ratio to the static file`,
      rounds.map((r) => r[key].ratio),
      fixed(2),
      atLeast(BUDGETS[target?.budget ?? 'apiRatio']),
    );
  }
  const floor = results.routeFloor?.rounds ?? [];
  if (floor.length > 0) {
    row(
      rows,
      `Bench-only route answering the same ${(results.routeFloor.bytes / 1000).toFixed(1)} kB as a constant (gzip): requests/s`,
      floor.map((r) => r.constant),
      plain,
    );
    row(
      rows,
      'Bench-only constant route: ratio to the static file (the floor Next puts under any route)',
      floor.map((r) => r.constant / r.static),
      fixed(2),
    );
    row(
      rows,
      '/api/stats?metric=gdp in the same rounds: ratio to the static file',
      floor.map((r) => r.api / r.static),
      fixed(2),
      atLeast(BUDGETS.apiRatio),
    );
  }
  const peak = results.api?.memoryUnderLoad;
  row(
    rows,
    `Server resident memory under load, peak (${peak?.processes ?? '?'} processes, ${peak?.samples ?? '?'} samples)`,
    [peak?.totalKb ?? null],
    MB,
    below(BUDGETS.serverRssMb * 1024, '< 300 MB'),
  );
  const lifetime = results.server?.lifetimeMemory;
  row(
    rows,
    'Server resident memory, peak over its whole life (map runs, Lighthouse, API load)',
    [lifetime?.totalKb ?? null],
    MB,
    below(BUDGETS.serverRssMb * 1024, '< 300 MB'),
  );
}

function mapRows(rows, results) {
  const atlas = results.map?.atlas ?? [];
  const bare = results.map?.bare ?? [];
  if (atlas.length === 0) return null;
  const base = row(
    rows,
    'Map ready (atlas, shipped data): navigation → idle with every layer',
    atlas.map((r) => r.readyMs),
    ms,
  );
  row(
    rows,
    'Bare MapLibre map, same basemap, camera and size: navigation → idle',
    bare.map((r) => r.readyMs),
    ms,
  );
  row(
    rows,
    'Map ready, ratio to the bare map (paired runs)',
    atlas.map((r, i) => ratio(r.readyMs, bare[i]?.readyMs ?? null)),
    times,
    atMost(BUDGETS.mapIdleRatio, '≤ 1.5×'),
  );
  const warmup = results.map?.warmup;
  if (warmup) {
    row(
      rows,
      'Warm-up load, first after the server started (not in the figures above): atlas ready',
      [warmup.atlasReadyMs],
      ms,
    );
    row(
      rows,
      'Warm-up load: ratio to the bare map loaded after it',
      [ratio(warmup.atlasReadyMs, warmup.bareReadyMs)],
      times,
    );
  }
  row(
    rows,
    'First contentful paint of / (in the map runs)',
    atlas.map((r) => r.fcpMs),
    ms,
  );
  row(
    rows,
    'Map picture complete (basemap, every place and arc the live map draws), after FCP',
    atlas.map((r) => r.pictureAfterFcpMs ?? null),
    ms,
    atMostEveryRun(BUDGETS.pictureAfterFcpMs, '0 ms in every run'),
  );
  row(
    rows,
    'Bare map: a pointer move waits before the page’s script sees it (the floor under picking here)',
    bare.map((r) => median(r.inputQueuedMs ?? [])),
    ms,
  );
  return base;
}

function pickValues(runs, key) {
  if (key === 'handledMs') {
    // From the moment the page's script saw the move to the tooltip in the DOM.
    return runs.map((r) =>
      median((r.pick?.hoverToTooltipMs ?? []).map((total, i) => total - (r.pick.inputQueuedMs?.[i] ?? 0))),
    );
  }
  return runs.map((r) => median(r.pick?.[key] ?? []));
}

function scaleRows(rows, results, baseReady) {
  const baseRuns = results.map?.atlas ?? [];
  const basePick = median(pickValues(baseRuns, 'hoverToTooltipMs'));
  const baseQuery = median(pickValues(baseRuns, 'queryMs'));
  const pickBudget = below(BUDGETS.pickMs, '< 50 ms');
  row(
    rows,
    `Pick, shipped data (${baseRuns[0]?.linkFeatures ?? '?'} arcs): pointer move → tooltip`,
    pickValues(baseRuns, 'hoverToTooltipMs'),
    ms,
    pickBudget,
  );
  row(
    rows,
    'Pick, shipped data: of which the move waited before the page’s script saw it',
    pickValues(baseRuns, 'inputQueuedMs'),
    ms,
  );
  row(
    rows,
    'Pick, shipped data: of which the page handled it (script saw the move → tooltip)',
    pickValues(baseRuns, 'handledMs'),
    ms,
  );
  row(
    rows,
    `Pick, shipped data: queryRenderedFeatures at the pointer`,
    pickValues(baseRuns, 'queryMs'),
    preciseMs,
    {
      text: '< 50 ms',
      test: (v) => v < BUDGETS.pickMs,
    },
  );
  for (const [count, scale] of Object.entries(results.scale ?? {})) {
    if (!scale) {
      rows.push({
        name: `Scale ${count}: failed (see errors in results.json)`,
        value: 'n/a',
        budget: '',
        verdict: 'no figure',
        n: 0,
      });
      continue;
    }
    const runs = scale.atlas;
    // The map draws links that would overlap as one arc (lib/map/arcs.ts): say how many it drew.
    const arcs = scale.atlas.find((r) => r.linkFeatures)?.linkFeatures;
    const label = `${Number(count).toLocaleString('en')} synthetic links (${scale.links} in all${arcs ? `, drawn as ${arcs} arcs` : ''})`;
    const failed = runs.find((r) => r.readyMs === null);
    if (failed) {
      rows.push({
        name: `Map ready, ${label}`,
        value: `never ready: ${failed.failure.replace(/\|/g, '/')}`,
        budget: Number(count) >= 10_000 ? '≤ 3× shipped data' : '—',
        verdict: '**miss**',
        n: runs.length,
      });
      row(
        rows,
        `First contentful paint, ${label} (before the failure)`,
        runs.map((r) => r.fcpMs),
        ms,
      );
      row(
        rows,
        `HTML of / with ${label} (transfer size)`,
        runs.map((r) => r.htmlBytes),
        kB,
      );
      rows.push({
        name: `Pick, ${label}`,
        value: 'no figure: the map never became ready',
        budget: '< 50 ms',
        verdict: 'no figure',
        n: 0,
      });
      scaleMemoryRow(rows, label, scale);
      continue;
    }
    row(
      rows,
      `Map ready, ${label}`,
      runs.map((r) => r.readyMs),
      ms,
    );
    row(
      rows,
      `Map ready, ${label}: ratio to shipped data`,
      [ratio(median(runs.map((r) => r.readyMs)), baseReady)],
      times,
      Number(count) >= 10_000 ? atMost(BUDGETS.scaleIdleRatio, '≤ 3×') : undefined,
    );
    row(
      rows,
      `HTML of / with ${label} (transfer size)`,
      runs.map((r) => r.htmlBytes),
      kB,
    );
    row(rows, `Pick, ${label}: pointer move → tooltip`, pickValues(runs, 'hoverToTooltipMs'), ms, pickBudget);
    row(
      rows,
      `Pick, ${label}: of which the move waited before the page’s script saw it`,
      pickValues(runs, 'inputQueuedMs'),
      ms,
    );
    row(
      rows,
      `Pick, ${label}: of which the page handled it (script saw the move → tooltip)`,
      pickValues(runs, 'handledMs'),
      ms,
    );
    row(
      rows,
      `Pick, ${label}: ratio to shipped data`,
      [ratio(median(pickValues(runs, 'hoverToTooltipMs')), basePick)],
      times,
    );
    row(
      rows,
      `Pick, ${label}: queryRenderedFeatures at the pointer`,
      pickValues(runs, 'queryMs'),
      preciseMs,
      {
        text: '< 50 ms',
        test: (v) => v < BUDGETS.pickMs,
      },
    );
    row(
      rows,
      `Pick, ${label}: queryRenderedFeatures, ratio to shipped data`,
      [ratio(median(pickValues(runs, 'queryMs')), baseQuery)],
      times,
    );
    scaleMemoryRow(rows, label, scale);
  }
}

/** The server's peak while it served one scale's map runs, whether or not the map became ready. */
function scaleMemoryRow(rows, label, scale) {
  row(
    rows,
    `Server resident memory, ${label}, peak while serving the map runs`,
    [scale.memory?.totalKb ?? null],
    MB,
    below(BUDGETS.serverRssMb * 1024, '< 300 MB'),
  );
}

function allRows(results) {
  const rows = [];
  lighthouseRows(rows, results);
  bundleRows(rows, results);
  apiRows(rows, results);
  const baseReady = mapRows(rows, results);
  scaleRows(rows, results, baseReady);
  return rows;
}

/** Only the figures that have a budget: the short table for recording before and after. */
export function renderBudgetTable(results) {
  const rows = allRows(results).filter((r) => r.budget !== '—');
  return [
    '| figure | median (min–max) | budget | verdict | N |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.name} | ${r.value} | ${r.budget} | ${r.verdict} | ${r.n} |`),
  ].join('\n');
}

/** `measuredOnly` leaves out the figures a run did not measure (a BENCH_STAGES selection). */
export function renderTable(results, { measuredOnly = false } = {}) {
  const rows = allRows(results).filter((r) => !measuredOnly || r.n > 0);
  const lines = [
    '| figure | median (min–max) | budget | verdict | N |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.name} | ${r.value} | ${r.budget} | ${r.verdict} | ${r.n} |`),
  ];
  return lines.join('\n');
}

function machineLines(results) {
  const m = results.machine;
  const load = results.load.map(
    (l) => `${l.stage} ${l.loadBefore.toFixed(1)}→${l.loadAfter.toFixed(1)} (${l.seconds} s)`,
  );
  return [
    `- Run: ${results.startedAt} to ${results.finishedAt}`,
    `- CPU: ${m.cpu}, ${m.cores} cores; memory ${m.memoryGb} GB; ${m.os}`,
    `- Node ${m.node}; ${m.chromium}; Next ${m.next}, MapLibre ${m.maplibre}, Lighthouse ${m.lighthouse}, autocannon ${m.autocannon}, Playwright ${m.playwright}`,
    `- Runs: ${results.settings.runs} per figure (Lighthouse ${results.settings.lighthouseRuns} per preset); API load ${results.settings.apiSeconds} s × ${results.settings.apiConnections} connections per target and round; viewport ${results.settings.viewport.width}×${results.settings.viewport.height}`,
    `- One-minute load average at each stage's start → end (${m.cores} cores; above ${m.cores} means other work shared the machine): ${load.join('; ')}`,
    ...(results.errors.length
      ? [`- Errors: ${results.errors.map((e) => `${e.stage}: ${e.message.split('\n')[0]}`).join('; ')}`]
      : []),
  ];
}

function modulesLines(results) {
  const modules = results.modules;
  if (!modules) return [];
  const top = modules.firstLoadPackages
    .slice(0, 10)
    .map(
      (p) => `| ${p.name} | ${(p.chars / 1000).toFixed(1)} kB | ${(p.gzipShareBytes / 1000).toFixed(1)} kB |`,
    );
  const mapTop = modules.mapChunks.flatMap((c) =>
    c.packages
      .slice(0, 6)
      .map(
        (p) =>
          `| ${c.chunk} | ${p.name} | ${(p.chars / 1000).toFixed(1)} kB | ${(p.gzipShareBytes / 1000).toFixed(1)} kB |`,
      ),
  );
  return [
    '',
    '### What the first-load JavaScript holds (source-mapped build)',
    '',
    'Minified characters credited to each package by the source maps; gzip is the chunk’s gzip size split in proportion (an estimate).',
    '',
    '| package | minified | gzip (share) |',
    '| --- | --- | --- |',
    ...top,
    '',
    '### The map’s chunks (loaded after the first paint)',
    '',
    '| chunk | package | minified | gzip (share) |',
    '| --- | --- | --- | --- |',
    ...mapTop,
  ];
}

/** The repository's formatter lays out the written files, so that `npm run lint` stays green after a run. */
export function formatWritten(files) {
  const biome = path.join(ROOT, 'node_modules', '.bin', 'biome');
  const result = spawnSync(biome, ['format', '--write', ...files], { encoding: 'utf8' });
  if (result.status !== 0) console.warn(`biome format did not run cleanly: ${result.stderr || result.error}`);
}

/** Writes the generated section of BENCHMARKS.md and returns the table. */
export function writeReport(results, file) {
  const table = renderTable(results);
  const section = [
    BEGIN,
    '',
    '## Latest run',
    '',
    ...machineLines(results),
    '',
    table,
    ...modulesLines(results),
    '',
    END,
  ].join('\n');
  const skeleton = `# Benchmarks\n\n${BEGIN}\n${END}\n`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : skeleton;
  const start = current.indexOf(BEGIN);
  const end = current.indexOf(END);
  const next =
    start >= 0 && end > start
      ? `${current.slice(0, start)}${section}${current.slice(end + END.length)}`
      : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, next);
  return table;
}

// `node bench/report.mjs` rewrites the table from bench/results.json without measuring again;
// `node bench/report.mjs --budgets` prints the budgeted figures only.
if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const results = JSON.parse(readFileSync(path.join(ROOT, 'bench', 'results.json'), 'utf8'));
  if (process.argv.includes('--budgets')) {
    // Prints the budgeted figures only, to paste as a before or after record; writes nothing.
    console.log(renderBudgetTable(results));
  } else {
    console.log(writeReport(results, path.join(ROOT, 'BENCHMARKS.md')));
    formatWritten([path.join(ROOT, 'BENCHMARKS.md'), path.join(ROOT, 'bench', 'results.json')]);
  }
}
