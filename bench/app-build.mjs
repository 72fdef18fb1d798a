// Production builds of the atlas: the work tree's own (`npm run build`), and copies built with
// another data directory or with browser source maps, kept in bench/out/ (git-ignored).
//
// A copy is needed because `/` is prerendered at build time: the page embeds the links it was
// built with, so ATLAS_DATA_DIR at run time alone would change the API but not the map.
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from './processes.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const OUT = path.join(ROOT, 'bench', 'out');
// proxy.ts too: without it a copy would serve pages without the security headers and nonce,
// and the API without its fast path, unlike the app it stands for.
const COPIED = ['app', 'components', 'lib', 'public', 'proxy.ts', 'package.json', 'tsconfig.json'];
const HASHED = [...COPIED, 'next.config.mjs', 'package-lock.json'];

function hashTree(hash, entry) {
  if (!existsSync(entry)) return;
  if (statSync(entry).isDirectory()) {
    for (const name of readdirSync(entry).sort()) hashTree(hash, path.join(entry, name));
    return;
  }
  hash.update(entry);
  hash.update(readFileSync(entry));
}

/** What a build depends on: sources and data; a copy whose stamp matches is reused. */
function sourceStamp(dataDir, options) {
  const hash = createHash('sha256');
  for (const entry of HASHED) hashTree(hash, path.join(ROOT, entry));
  hashTree(hash, dataDir);
  hash.update(JSON.stringify(options));
  return hash.digest('hex');
}

/** Builds the work tree itself, as `npm run build` does (the worker copy included). */
export async function buildWorkTree() {
  await run('npm', ['run', 'build'], { cwd: ROOT });
}

/**
 * Builds a copy of the app in bench/out/app-<label> with `dataDir` as its data at build and
 * run time; `sourceMaps` adds browser source maps for the bundle analysis; `extraFiles`
 * (path → content) adds bench-only files such as a route. Returns its directory.
 */
export async function buildCopy(
  label,
  { dataDir = path.join(ROOT, 'data'), sourceMaps = false, extraFiles = {} } = {},
) {
  const dir = path.join(OUT, `app-${label}`);
  const stamp = sourceStamp(dataDir, { sourceMaps, extraFiles });
  const stampFile = path.join(dir, '.bench-stamp');
  if (
    existsSync(stampFile) &&
    readFileSync(stampFile, 'utf8') === stamp &&
    existsSync(path.join(dir, '.next', 'BUILD_ID'))
  ) {
    console.log(`  reusing the build in ${path.relative(ROOT, dir)} (sources and data unchanged)`);
    return dir;
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of COPIED) cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
  for (const [file, content] of Object.entries(extraFiles)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  // Inside the work tree, so Turbopack's root (found from package-lock.json above) contains the link.
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  // The work tree's own config, plus what only the copy needs; its types were checked already.
  writeFileSync(
    path.join(dir, 'next.config.mjs'),
    [
      `import base from ${JSON.stringify(path.join(ROOT, 'next.config.mjs'))};`,
      `export default { ...base, typescript: { ignoreBuildErrors: true }${sourceMaps ? ', productionBrowserSourceMaps: true' : ''} };`,
      '',
    ].join('\n'),
  );
  const nextBin = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');
  await run(process.execPath, [path.join(ROOT, 'scripts', 'copy-maplibre-worker.mjs')], { cwd: dir });
  await run(process.execPath, [nextBin, 'build'], {
    cwd: dir,
    env: { ATLAS_DATA_DIR: dataDir, NEXT_TELEMETRY_DISABLED: '1' },
  });
  writeFileSync(stampFile, stamp);
  return dir;
}
