import { expect } from '@playwright/test';
import fc from 'fast-check';
import { COMPARE_MODES, CURRENCIES, LOCALES, PANELS, PROJECTIONS } from '../lib/domain';
import { viewUrlKeys } from '../lib/view/parsers';
import { test } from './fixtures';

const COUNT = 100;
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

test(`${COUNT} generated page URLs all render, with no uncaught error and no request to another origin`, async ({
  page,
  baseURL,
}) => {
  test.setTimeout(600_000);
  const origin = new URL(baseURL ?? '').origin;
  const foreign: string[] = [];
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (/^https?:$/.test(url.protocol) && url.origin !== origin) foreign.push(url.href);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });

  // A fixed seed: the same URLs every run, so a failure can be replayed.
  const samples = fc.sample(query, { numRuns: COUNT, seed: 20261121 });
  for (const [index, pairs] of samples.entries()) {
    const path = `/?${new URLSearchParams(pairs).toString()}`;
    const shown = `${index}: ${path.slice(0, 200)}`;
    // At commit: the page puts its canonical URL in the address bar as soon as it hydrates,
    // which may come before the document's load events and would cut a longer wait short.
    const response = await page.goto(path, { waitUntil: 'commit' });
    expect(response?.status(), shown).toBeLessThan(400);
    await expect(page.getByRole('heading', { level: 1 }), shown).toBeVisible();
    // Hydrated: the client has taken over the page (the map itself is tested elsewhere).
    await page.waitForSelector('html[data-hydrated="true"]', { state: 'attached' });
    expect(errors, shown).toEqual([]);
  }
  expect(foreign).toEqual([]);
  expect(dialogs).toEqual([]);
});
