// `node bench/profile-hover.mjs [links]`: where the time between a pointer move and the tooltip
// goes. Loads the atlas (the shipped data, or the scale copy built by `npm run bench` for that
// many synthetic links), then records Chrome's CPU profile over the hovers that measure picking.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { OUT, ROOT } from './app-build.mjs';
import { summariseProfile } from './cpu-profile.mjs';
import { launchBrowser, loadAtlas, measurePicking } from './map-timing.mjs';
import { freePort, startNext, stopAll } from './processes.mjs';

export async function profileHover(count = 0) {
  const appDir = count ? path.join(OUT, `app-${count}`) : ROOT;
  const dataDir = count ? path.join(OUT, `data-${count}`) : undefined;
  if (count && !existsSync(path.join(appDir, '.next', 'BUILD_ID'))) {
    throw new Error(`no build for ${count} links in ${appDir}: run npm run bench first`);
  }
  const server = await startNext(appDir, await freePort(), {
    env: dataDir ? { ATLAS_DATA_DIR: dataDir } : {},
  });
  const browser = await launchBrowser();
  try {
    const loaded = await loadAtlas(browser, server.origin);
    const cdp = await loaded.context.newCDPSession(loaded.page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    const pick = await measurePicking(loaded.page);
    const { profile } = await cdp.send('Profiler.stop');
    await loaded.context.close();
    return {
      links: loaded.facts.linkFeatures,
      hoverToTooltipMs: pick.hoverToTooltipMs,
      ...summariseProfile(profile),
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  profileHover(Number(process.argv[2] ?? 0))
    .then((summary) => console.log(JSON.stringify(summary, null, 2)))
    .catch((error) => {
      console.error(error);
      process.exitCode = 1;
    })
    .finally(stopAll);
}
