// Child processes of the benchmark: `next start` servers bound to loopback, stopped by their
// own process group, and the resident memory of a process tree read from /proc.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { nextStartArgs } from '../scripts/next-server.mjs';

export const HOST = '127.0.0.1';
const running = new Set();

/** Every child still running is stopped when the harness exits, however it exits. */
export function stopAll() {
  for (const child of running) killGroup(child);
}
process.on('exit', stopAll);

function killGroup(child, signal = 'SIGTERM') {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
  running.delete(child);
}

/** Runs a command to completion, with its output passed through, and fails on a non-zero exit. */
export function run(command, args, { cwd, env, timeoutMs = 10 * 60_000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: 'inherit',
      detached: true,
    });
    running.add(child);
    const timer = setTimeout(() => killGroup(child, 'SIGKILL'), timeoutMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      running.delete(child);
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code ?? signal}`));
    });
  });
}

/**
 * A loopback port nobody listens on now. Other work on this machine runs servers too, so fixed
 * ports are not safe; the small race between this check and the bind is caught by startNext.
 */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, HOST, () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts `next start` for the build in `appDir` on loopback, with the flags every start of the
 * atlas uses. The node binary runs Next directly (no npx in between) so that the process tree
 * measured is the server's own; `nodeArgs` come before those flags (profilers).
 */
export async function startNext(appDir, port, { env = {}, nodeArgs = [], lifetimeMs = 20 * 60_000 } = {}) {
  const child = spawn(process.execPath, [...nodeArgs, ...nextStartArgs(appDir, port, HOST)], {
    cwd: appDir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  running.add(child);
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  // Bounded: a server the harness forgot still stops by itself.
  const lifetime = setTimeout(() => killGroup(child), lifetimeMs);
  lifetime.unref();
  const origin = `http://${HOST}:${port}`;
  // The answer must come from this build (its id is in the page), not from another server.
  const buildId = readFileSync(path.join(appDir, '.next', 'BUILD_ID'), 'utf8').trim();
  const deadline = Date.now() + 60_000;
  let answered = false;
  while (!answered && Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}): ${stderr}`);
    try {
      const response = await fetch(`${origin}/`);
      if (response.ok) {
        if (!(await response.text()).includes(buildId)) throw new Error(`${origin} serves another build`);
        answered = true;
      }
    } catch (error) {
      if (String(error).includes('another build')) throw error;
      await sleep(200);
    }
  }
  if (!answered) throw new Error(`next start on ${origin} did not answer: ${stderr}`);
  return {
    origin,
    pid: child.pid,
    stderr: () => stderr,
    stop: async () => {
      clearTimeout(lifetime);
      const exited = new Promise((resolve) => child.once('exit', resolve));
      killGroup(child);
      await Promise.race([exited, sleep(5000)]);
    },
  };
}

function parentsByPid() {
  const parents = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: fields start after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(name), Number(fields[1]));
    } catch {
      // The process ended while we read.
    }
  }
  return parents;
}

function residentKb(pid) {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** Resident memory (VmRSS) of a process and all its descendants, in kB, with the largest single one. */
export function treeResidentKb(rootPid) {
  const parents = parentsByPid();
  const tree = new Set([rootPid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, parent] of parents) {
      if (tree.has(parent) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let total = 0;
  let largest = 0;
  for (const pid of tree) {
    const kb = residentKb(pid);
    total += kb;
    largest = Math.max(largest, kb);
  }
  return { totalKb: total, largestKb: largest, processes: tree.size };
}

/** Samples a process tree's resident memory every `intervalMs` until stopped; returns the peak. */
export function sampleResidentMemory(rootPid, intervalMs = 100) {
  let peak = { totalKb: 0, largestKb: 0, processes: 0 };
  let samples = 0;
  const take = () => {
    const now = treeResidentKb(rootPid);
    samples += 1;
    if (now.totalKb > peak.totalKb) peak = now;
  };
  take();
  const timer = setInterval(take, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      take();
      return { ...peak, samples };
    },
  };
}
