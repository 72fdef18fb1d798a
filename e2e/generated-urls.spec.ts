import { expect, type Page } from '@playwright/test';
import fc from 'fast-check';
import { COMPARE_MODES, CURRENCIES, LOCALES, PANELS, PROJECTIONS } from '../lib/domain';
import { viewUrlKeys } from '../lib/view/parsers';
import { test } from './fixtures';
import { waitForMap } from './map-helpers';

const COUNT = 100;
/** Of those, the first few also open the live map, and wait until it has drawn. */
const LIVE_MAP_COUNT = 8;
const KEYS = [...Object.values(viewUrlKeys), 'v', 'utm_source'];

/** Values a view parameter may hold, well-formed and not: ids, numbers, lists, script, unicode, very long text. */
const value = fc.oneof(
  fc.constantFrom(
    'place:boston',
    'link:shanghai-suzhou-193-tasks',
    'place:atlantis',
    '121.47,31.23',
    '2016-2021',
    '2021-2016',
    '999',
    '-0',
    'NaN',
    '',
    ...CURRENCIES,
    ...COMPARE_MODES,
    ...LOCALES,
    ...PROJECTIONS,
    PANELS.join(','),
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    '%E0%A4%A',
    '上海',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.double({ noNaN: false }).map(String),
  fc.constant('x'.repeat(8_000)),
);

/**
 * Node refuses request heads over 16 kB with 431 before the atlas sees them, so a
 * generated URL stays under 12 kB: long enough to carry one very long value.
 */
const query = fc
  .array(fc.tuple(fc.constantFrom(...KEYS), value), { maxLength: 6 })
  .filter((pairs) => new URLSearchParams(pairs).toString().length < 12_000);

/** What a page did that it must not: uncaught errors, requests to another origin, dialogs. */
function watch(page: Page, baseURL: string | undefined) {
  const origin = new URL(baseURL ?? '').origin;
  const seen = { foreign: [] as string[], errors: [] as string[], dialogs: [] as string[] };
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (/^https?:$/.test(url.protocol) && url.origin !== origin) seen.foreign.push(url.href);
  });
  page.on('pageerror', (error) => seen.errors.push(error.message));
  page.on('dialog', async (dialog) => {
    seen.dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  return seen;
}

/** Opens a generated URL and waits until the client has taken the page over. */
async function openHydrated(page: Page, pairs: [string, string][], shown: string) {
  // At commit: the page puts its canonical URL in the address bar as soon as it hydrates,
  // which may come before the document's load events and would cut a longer wait short.
  const response = await page.goto(`/?${new URLSearchParams(pairs).toString()}`, { waitUntil: 'commit' });
  expect(response?.status(), shown).toBeLessThan(400);
  await expect(page.getByRole('heading', { level: 1 }), shown).toBeVisible();
  await page.waitForSelector('html[data-hydrated="true"]', { state: 'attached' });
}

// A fixed seed: the same URLs every run, so a failure can be replayed.
const samples = fc.sample(query, { numRuns: COUNT, seed: 20261121 });
const shownAs = (index: number, pairs: [string, string][]) =>
  `${index}: /?${new URLSearchParams(pairs).toString().slice(0, 200)}`;

test.describe('generated page URLs', () => {
  test.describe('with the server’s picture', () => {
    // Each page is left once it hydrates; a live map would be started and thrown away.
    test.use({ liveMapAtOnce: false });

    test(`${COUNT} all render, with no uncaught error and no request to another origin`, async ({
      page,
      baseURL,
    }) => {
      test.setTimeout(600_000);
      const seen = watch(page, baseURL);
      for (const [index, pairs] of samples.entries()) {
        const shown = shownAs(index, pairs);
        await openHydrated(page, pairs, shown);
        expect(seen.errors, shown).toEqual([]);
      }
      expect(seen.foreign).toEqual([]);
      expect(seen.dialogs).toEqual([]);
    });
  });

  test(`the first ${LIVE_MAP_COUNT} open the live map, which draws with no uncaught error`, async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(600_000);
    const seen = watch(page, baseURL);
    for (const [index, pairs] of samples.slice(0, LIVE_MAP_COUNT).entries()) {
      const shown = shownAs(index, pairs);
      await openHydrated(page, pairs, shown);
      await waitForMap(page);
      expect(seen.errors, shown).toEqual([]);
    }
    expect(seen.foreign).toEqual([]);
    expect(seen.dialogs).toEqual([]);
  });
});
