import { test as base } from '@playwright/test';
import { askForLiveMapEachFrame } from '../scripts/live-map-intent.mjs';

/**
 * The atlas's tests: by default each page's reader goes to the map at once, so the live map
 * loads as early as it can (`liveMapAtOnce`); a test of the picture before the live map sets
 * it to false and asks for the map itself (askForLiveMap in map-helpers.ts).
 */
export const test = base.extend<{ liveMapAtOnce: boolean }>({
  liveMapAtOnce: [true, { option: true }],
  page: async ({ page, liveMapAtOnce }, use) => {
    if (liveMapAtOnce) await page.addInitScript(askForLiveMapEachFrame);
    await use(page);
  },
});
