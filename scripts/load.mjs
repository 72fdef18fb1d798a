// `npm run load`: starts the production build on loopback, loads three routes with
// autocannon, samples the server's resident memory, and writes the figures into
// BENCHMARKS.md (between the load markers only) and bench/load.json. Exits non-zero
// on any error, timeout or non-2xx answer.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { nextStartArgs } from './next-server.mjs';

const HOST = '127.0.0.1';
const PORT = 3300;
const ORIGIN = `http://${HOST}:${PORT}`;
const TARGETS = ['/', '/api/stats?metric=gdp', '/api/links'];
const CONNECTIONS = 100;
const DURATION_S = 20;
const SAMPLE_MS = 200;
// Three runs plus start-up, warm-up and shutdown; past this something hangs.
const DEADLINE_MS = (TARGETS.length * (DURATION_S + 30) + 90) * 1000;
const START = '<!-- load:start -->';
const END = '<!-- load:end -->';

const root = process.cwd();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function answers(url) {
  try {
    await fetch(url, { signal: AbortSignal.timeout(2000) });
    return true;
  } catch {
    return false;
  }
}

/** Parent pid of every process, read from /proc/<pid>/stat (the command name may hold spaces). */
function parentPids() {
  const parents = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended between listing and reading.
    }
  }
  return parents;
}

function descendants(rootPid, parents) {
  const tree = [rootPid];
  for (let i = 0; i < tree.length; i += 1) {
    for (const [pid, parent] of parents) if (parent === tree[i]) tree.push(pid);
  }
  return tree;
}

const commandOf = (pid) => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim();
  } catch {
    return '';
  }
};

/** The next-server process: the one started, or a child of it should Next fork one. */
function findServerPid(launcherPid) {
  return descendants(launcherPid, parentPids()).find((pid) => commandOf(pid).startsWith('next-server'));
}

/** Resident memory (VmRSS) of a process and its children, in bytes. */
function treeRss(rootPid) {
  let kib = 0;
  for (const pid of descendants(rootPid, parentPids())) {
    try {
      const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      kib += Number(match?.[1] ?? 0);
    } catch {
      // Gone already.
    }
  }
  return kib * 1024;
}

function startServer() {
  const server = spawn(process.execPath, nextStartArgs(root, PORT, HOST), {
    cwd: root,
    // Its own process group, so that the whole tree stops together.
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  let stderr = '';
  server.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  return { server, stderr: () => stderr };
}

function stopServer(server) {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // Already stopped.
  }
}

async function waitUntilReady(server) {
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    if (server.exitCode !== null) throw new Error(`next start exited with code ${server.exitCode}`);
    if (await answers(`${ORIGIN}/api/places`)) return;
    await sleep(250);
  }
  throw new Error('the server did not answer within 60 s');
}

async function measure(target, serverPid) {
  const url = `${ORIGIN}${target}`;
  // Warm-up, not counted: the first requests load route code and fill caches.
  await autocannon({ url, connections: 10, amount: 200 });
  let peakRss = treeRss(serverPid);
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, treeRss(serverPid));
  }, SAMPLE_MS);
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S });
  clearInterval(sampler);
  return {
    target,
    requestsPerSecond: result.requests.average,
    requests: result.requests.total,
    latencyMs: {
      p50: result.latency.p50,
      p99: result.latency.p99,
      average: result.latency.average,
      max: result.latency.max,
    },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes: Object.fromEntries(
      Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count]),
    ),
    bytesPerSecond: result.throughput.average,
    peakRssBytes: peakRss,
  };
}

const failedTargets = (report) =>
  report.runs.filter((r) => r.errors + r.timeouts + r.non2xx > 0).map((r) => r.target);

const mib = (bytes) => `${Math.round(bytes / 2 ** 20)} MiB`;
const count = (n) => Math.round(n).toLocaleString('en-US');

/** The commit measured, marked when the working tree differs from it. */
function gitCommit() {
  try {
    const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
    return `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--untracked-files=no') ? ' (with uncommitted changes)' : ''}`;
  } catch {
    return 'unknown';
  }
}

/** A Markdown table with padded columns, as Markdown formatters (Biome's included) print it. */
function markdownTable(header, rightAligned, rows) {
  const widths = header.map((cell, i) => Math.max(cell.length, 3, ...rows.map((row) => row[i].length)));
  const pad = (cell, i) => (rightAligned[i] ? cell.padStart(widths[i]) : cell.padEnd(widths[i]));
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [
    line(header.map(pad)),
    line(widths.map((width, i) => (rightAligned[i] ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width)))),
    ...rows.map((row) => line(row.map(pad))),
  ];
}

function markdown(report) {
  const rows = report.runs.map((r) => [
    `\`${r.target}\``,
    count(r.requestsPerSecond),
    `${r.latencyMs.p50} ms`,
    `${r.latencyMs.p99} ms`,
    String(r.errors),
    String(r.timeouts),
    String(r.non2xx),
    mib(r.peakRssBytes),
  ]);
  return [
    START,
    '## Load test (`npm run load`)',
    '',
    `\`next start\` on ${HOST}:${PORT}, loaded by autocannon in the same process as the memory sampler: ${CONNECTIONS} connections for ${DURATION_S} s per route after 200 warm-up requests. Measured ${report.date.slice(0, 10)} at commit ${report.commit}, Node ${report.node}, ${report.cpus} CPUs, load average ${report.loadAverageBefore.toFixed(2)} just before the run (the machine is shared, so the figures vary from run to run).`,
    '',
    ...markdownTable(
      ['route', 'requests/s', 'p50', 'p99', 'errors', 'timeouts', 'non-2xx', 'peak RSS'],
      [false, true, true, true, true, true, true, true],
      rows,
    ),
    '',
    `Peak resident memory (VmRSS of next-server and its children, sampled every ${SAMPLE_MS} ms): **${mib(report.peakRssBytes)}**; ${mib(report.idleRssBytes)} after start-up, before any load. Raw figures: \`bench/load.json\`.`,
    '',
    failedTargets(report).length === 0
      ? 'Result: **passed** (no error, timeout or non-2xx answer).'
      : `Result: **failed**: errors, timeouts or non-2xx answers on ${failedTargets(report)
          .map((t) => `\`${t}\``)
          .join(', ')}.`,
    END,
  ].join('\n');
}

/** Replaces only the load section of BENCHMARKS.md: the other sections belong to other tools. */
function writeBenchmarks(section) {
  const file = path.join(root, 'BENCHMARKS.md');
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  const next =
    start !== -1 && end > start
      ? `${current.slice(0, start)}${section}${current.slice(end + END.length)}`
      : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, next);
}

async function main() {
  if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    console.error('No production build in .next/: run `npm run build` first, then `npm run load`.');
    return 1;
  }
  if (await answers(`${ORIGIN}/`)) {
    console.error(
      `Something already answers on ${ORIGIN}; stop it first so that the load test measures its own server.`,
    );
    return 1;
  }
  const loadAverageBefore = os.loadavg()[0];
  const { server, stderr } = startServer();
  const deadline = setTimeout(() => {
    console.error(`The load test took longer than ${DEADLINE_MS / 1000} s; stopping.`);
    stopServer(server);
    process.exit(2);
  }, DEADLINE_MS);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      stopServer(server);
      process.exit(130);
    });
  }
  try {
    await waitUntilReady(server);
    const serverPid = findServerPid(server.pid);
    if (serverPid === undefined) throw new Error('no next-server process found under next start');
    const idleRssBytes = treeRss(serverPid);
    const runs = [];
    for (const target of TARGETS) {
      console.log(`${target}: ${CONNECTIONS} connections for ${DURATION_S} s …`);
      const run = await measure(target, serverPid);
      console.log(
        `  ${count(run.requestsPerSecond)} req/s, p50 ${run.latencyMs.p50} ms, p99 ${run.latencyMs.p99} ms, ` +
          `${run.errors} errors, ${run.timeouts} timeouts, ${run.non2xx} non-2xx, peak RSS ${mib(run.peakRssBytes)}`,
      );
      runs.push(run);
    }
    const report = {
      date: new Date().toISOString(),
      commit: gitCommit(),
      node: process.version,
      cpus: os.cpus().length,
      loadAverageBefore,
      connections: CONNECTIONS,
      durationSeconds: DURATION_S,
      idleRssBytes,
      peakRssBytes: Math.max(...runs.map((r) => r.peakRssBytes)),
      runs,
    };
    mkdirSync(path.join(root, 'bench'), { recursive: true });
    writeFileSync(path.join(root, 'bench', 'load.json'), `${JSON.stringify(report, null, 2)}\n`);
    writeBenchmarks(markdown(report));
    console.log(
      `Peak RSS ${mib(report.peakRssBytes)}. Wrote BENCHMARKS.md (load section) and bench/load.json.`,
    );
    const failures = failedTargets(report);
    if (failures.length > 0) {
      console.error(`Failed: errors, timeouts or non-2xx answers on ${failures.join(', ')}.`);
      return 1;
    }
    return 0;
  } catch (error) {
    console.error(`Load test failed: ${error.message}\n${stderr()}`);
    return 1;
  } finally {
    clearTimeout(deadline);
    stopServer(server);
  }
}

process.exitCode = await main();
