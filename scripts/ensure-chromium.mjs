// The end-to-end tests drive the system Chromium (Debian's `chromium`), never a
// downloaded browser build. Installs it (and CJK fonts) with apt-get when missing
// and running as root; otherwise stops with one line saying what to do.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from './chromium.mjs';

const candidate = CHROMIUM_PATH;
const PACKAGES = ['chromium', 'fonts-noto-cjk'];

const fontsPresent = () => existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc');

if (existsSync(candidate) && (process.env.CHROMIUM_PATH || fontsPresent())) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  if (existsSync(candidate)) process.exit(0);
  console.error(
    `Chromium not found at ${candidate}: install the Debian package "chromium" (apt-get install chromium fonts-noto-cjk) or set CHROMIUM_PATH to a Chromium binary.`,
  );
  process.exit(1);
}

console.log(`Installing ${PACKAGES.join(' and ')} with apt-get (needed by the end-to-end tests)…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [['update'], ['install', '-y', '--no-install-recommends', ...PACKAGES]]) {
  const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`apt-get ${args[0]} failed; install "chromium" by hand or set CHROMIUM_PATH.`);
    process.exit(1);
  }
}
if (!existsSync(candidate)) {
  console.error(`apt-get finished but ${candidate} is missing; set CHROMIUM_PATH to the Chromium binary.`);
  process.exit(1);
}
