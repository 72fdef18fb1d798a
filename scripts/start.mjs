// `npm start`: build when there is no production build or the sources are newer
// than it, then serve on port 3000 (or $PORT).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { nextStartArgs } from './next-server.mjs';

const root = process.cwd();
const buildId = path.join(root, '.next', 'BUILD_ID');
const SOURCES = [
  'app',
  'components',
  'lib',
  'data',
  'scripts',
  'public',
  'package-lock.json',
  'next.config.mjs',
];

function newestChange(entry) {
  if (!existsSync(entry)) return 0;
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(
    stats.mtimeMs,
    ...readdirSync(entry)
      .filter((name) => !(entry.endsWith('public') && (name === 'basemap' || name.endsWith('.mjs'))))
      .map((name) => newestChange(path.join(entry, name))),
  );
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
const changedAt = Math.max(...SOURCES.map((entry) => newestChange(path.join(root, entry))));
if (builtAt === 0 || changedAt > builtAt) {
  console.log(
    builtAt === 0
      ? 'No production build yet: building.'
      : 'Sources changed since the last build: rebuilding.',
  );
  run('npm', ['run', 'build']);
}
run(process.execPath, nextStartArgs(root, process.env.PORT ?? '3000'));
