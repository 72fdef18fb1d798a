// `node bench/profile-api.mjs [path]`: profiles the production server (node --cpu-prof) while
// autocannon loads one API request, and prints where the server's time goes. Loopback only.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { OUT, ROOT } from './app-build.mjs';
import { API_CONNECTIONS, API_SECONDS } from './config.mjs';
import { summariseProfile } from './cpu-profile.mjs';
import { freePort, startNext, stopAll } from './processes.mjs';

export async function profileApi(requestPath, { appDir = ROOT, seconds = API_SECONDS } = {}) {
  const dir = path.join(OUT, 'profiles');
  rmSync(dir, { recursive: true, force: true });
  const server = await startNext(appDir, await freePort(), {
    nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`],
  });
  try {
    await new Promise((resolve, reject) =>
      autocannon({ url: `${server.origin}${requestPath}`, connections: API_CONNECTIONS, duration: 1 }, (e) =>
        e ? reject(e) : resolve(),
      ),
    );
    const result = await new Promise((resolve, reject) =>
      autocannon(
        {
          url: `${server.origin}${requestPath}`,
          connections: API_CONNECTIONS,
          duration: seconds,
          headers: { 'accept-encoding': 'gzip' },
        },
        (e, r) => (e ? reject(e) : resolve(r)),
      ),
    );
    await server.stop();
    // The profile is written when the server exits; the largest file is the server's own.
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.cpuprofile'))
      .map((f) => path.join(dir, f));
    const profile = files
      .map((f) => JSON.parse(readFileSync(f, 'utf8')))
      .sort((a, b) => b.samples.length - a.samples.length)[0];
    if (!profile) throw new Error(`no CPU profile was written to ${dir}`);
    return {
      requestsPerSecond: result.requests.average,
      requests: result.requests.total,
      ...summariseProfile(profile),
    };
  } finally {
    await server.stop();
  }
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const requestPath = process.argv[2] ?? '/api/stats?metric=gdp';
  profileApi(requestPath)
    .then((summary) => console.log(JSON.stringify(summary, null, 2)))
    .catch((error) => {
      console.error(error);
      process.exitCode = 1;
    })
    .finally(stopAll);
}
