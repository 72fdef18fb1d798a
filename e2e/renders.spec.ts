import { expect, type Page } from '@playwright/test';
import { drawEveryChart } from './chart-helpers';
import { test } from './fixtures';
import { MAP, mapView, waitForIdle, waitForMap } from './map-helpers';

/** The names components/charts/use-commit-count.ts counts under: the five panels, the list and the details. */
const COUNTED = ['chart:gdp', 'chart:gdppc', 'chart:area', 'chart:coop', 'chart:profile', 'list', 'details'];

const commits = (page: Page) =>
  page.evaluate(
    (names) => Object.fromEntries(names.map((name) => [name, window.__atlasCommits?.[name] ?? 0])),
    COUNTED,
  );

/** One frame after the last: the passive effects that count commits have run. */
const nextFrame = (page: Page) =>
  page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done))));

const centreInUrl = (page: Page) => new URL(page.url()).searchParams.get('c');

/**
 * Opens a view with a place selected (so the details and the profile have something to
 * draw), waits until the map is idle and every chart has drawn, then drags the map and
 * waits until the URL holds the centre where the drag left it. The commit counts before
 * and after the pan.
 */
async function panTheMap(page: Page) {
  await page.addInitScript(() => {
    window.__atlasCommits = {};
  });
  await page.goto('/?v=1&sel=place:shanghai');
  await waitForMap(page);
  await expect(page.locator('.chart-canvas')).toHaveCount(4);
  await drawEveryChart(page);
  await expect(page.locator('[data-panel="profile"] table').first()).toBeVisible();
  await expect(page.getByTestId('detail-panel')).toBeVisible();
  await waitForIdle(page);
  await nextFrame(page);
  const before = await commits(page);
  const from = centreInUrl(page);

  // Grabbed near a corner, away from the places and arcs, so the pointer hovers nothing.
  const box = await page.locator(MAP).boundingBox();
  if (!box) throw new Error('no map');
  const start = { x: box.x + box.width * 0.15, y: box.y + box.height * 0.85 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 160, start.y - 90, { steps: 12 });
  await page.mouse.up();

  await expect.poll(() => centreInUrl(page), { message: 'a new c= in the URL' }).not.toBe(from);
  await waitForIdle(page);
  const { lng, lat } = await mapView(page);
  await expect
    .poll(() => centreInUrl(page)?.split(',').map(Number), {
      message: 'the URL holds where the drag left the map',
    })
    .toEqual([expect.closeTo(lng, 3), expect.closeTo(lat, 3)]);
  await nextFrame(page);
  return { before, after: await commits(page), from, to: centreInUrl(page) };
}

test.describe('what a pan draws again', () => {
  test('a drag writes its new centre to the URL, and every counted panel has committed', async ({ page }) => {
    const { before, after, from, to } = await panTheMap(page);
    console.log(
      `commits before the pan ${JSON.stringify(before)}, after ${JSON.stringify(after)} (c=${from} → ${to})`,
    );
    for (const name of COUNTED) expect(before[name], `${name} committed before the pan`).toBeGreaterThan(0);
    expect(to).not.toBeNull();
  });

  test('a pan end draws no chart, list or details again', async ({ page }, testInfo) => {
    // The viewport is the map's own slice of the view (components/atlas/view.tsx).
    const { before, after } = await panTheMap(page);
    await testInfo.attach('commits', {
      body: JSON.stringify({ before, after }, null, 2),
      contentType: 'application/json',
    });
    expect(after).toEqual(before);
  });
});
