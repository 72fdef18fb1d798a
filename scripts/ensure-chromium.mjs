// The end-to-end tests drive the system Chromium (Debian's `chromium-headless-shell`;
// the benchmark, Debian's `chromium`), never a downloaded browser build. Installs both
// (and CJK fonts) with apt-get when missing and running as root; otherwise stops with
// one line saying what to do.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH, TEST_CHROMIUM_PATH } from './chromium.mjs';

const candidate = TEST_CHROMIUM_PATH;
const PACKAGES = ['chromium', 'chromium-headless-shell', 'fonts-noto-cjk'];

const fontsPresent = () => existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc');
const browsersPresent = () => existsSync(candidate) && existsSync(CHROMIUM_PATH);

if (existsSync(candidate) && (process.env.CHROMIUM_PATH || (browsersPresent() && fontsPresent()))) {
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  if (existsSync(candidate)) process.exit(0);
  console.error(
    `Chromium not found at ${candidate}: install the Debian packages (apt-get install ${PACKAGES.join(' ')}) or set CHROMIUM_PATH to a Chromium binary.`,
  );
  process.exit(1);
}

console.log(`Installing ${PACKAGES.join(', ')} with apt-get (for the end-to-end tests and the benchmark)…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [['update'], ['install', '-y', '--no-install-recommends', ...PACKAGES]]) {
  const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`apt-get ${args[0]} failed; install ${PACKAGES.join(' ')} by hand or set CHROMIUM_PATH.`);
    process.exit(1);
  }
}
if (!existsSync(candidate)) {
  console.error(`apt-get finished but ${candidate} is missing; set CHROMIUM_PATH to the Chromium binary.`);
  process.exit(1);
}
