// API throughput against its own limit: each API request is loaded with autocannon, and so is
// a static file holding the same bytes, served by the same `next start`, in the same run.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { fetchRaw } from './bundle.mjs';
import { API_CONNECTIONS, API_SECONDS, API_TARGETS, STATIC_DIR } from './config.mjs';

/** Writes each API answer into public/<STATIC_DIR>/ (before the server starts: Next lists public/ once). */
export async function writeStaticTwins(origin, publicDir) {
  const dir = path.join(publicDir, STATIC_DIR);
  mkdirSync(dir, { recursive: true });
  const sizes = {};
  for (const target of API_TARGETS) {
    const { status, body } = await fetchRaw(`${origin}${target.path}`);
    if (status !== 200) throw new Error(`${target.path} answered ${status}`);
    writeFileSync(path.join(dir, target.file), body);
    sizes[target.name] = body.length;
  }
  return { dir, sizes };
}

export function removeStaticTwins(publicDir) {
  rmSync(path.join(publicDir, STATIC_DIR), { recursive: true, force: true });
}

function load(url, headers, seconds = API_SECONDS, connections = API_CONNECTIONS) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration: seconds, headers }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

function figures(result) {
  return {
    requestsPerSecond: result.requests.average,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    throughputBytesPerSecond: result.throughput.average,
    total: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

/**
 * `runs` rounds; in each, every API request and then its static twin, with and without gzip
 * (browsers ask for gzip; autocannon alone does not). The ratio is taken within a round.
 */
export async function measureApi(origin, runs, onProgress = () => {}) {
  const encodings = { gzip: { 'accept-encoding': 'gzip' }, identity: {} };
  // Warm the handlers and the file server before anything is timed.
  for (const target of API_TARGETS) {
    await load(`${origin}${target.path}`, encodings.gzip, 1);
    await load(`${origin}/${STATIC_DIR}/${target.file}`, encodings.gzip, 1);
  }
  const rounds = [];
  for (let run = 0; run < runs; run += 1) {
    const round = {};
    for (const target of API_TARGETS) {
      for (const [encoding, headers] of Object.entries(encodings)) {
        onProgress(`api run ${run + 1}/${runs}: ${target.path} (${encoding})`);
        const api = figures(await load(`${origin}${target.path}`, headers, API_SECONDS, target.connections));
        const file = figures(
          await load(`${origin}/${STATIC_DIR}/${target.file}`, headers, API_SECONDS, target.connections),
        );
        round[`${target.name}.${encoding}`] = {
          api,
          static: file,
          ratio: api.requestsPerSecond / file.requestsPerSecond,
        };
      }
    }
    rounds.push(round);
  }
  return rounds;
}
