import { expect, type Page } from '@playwright/test';
import { test } from './fixtures';
import {
  MAP,
  mapView,
  offsetsFromLiveMap,
  type PlacePoints,
  pictureMarkers,
  waitForIdle,
  waitForMap,
} from './map-helpers';

/**
 * The live map comes when the reader wants it (components/map/live-map-intent.ts): until
 * then the server's picture is the map, follows the first drags and wheel turns, and the live
 * map opens where the picture was left.
 */

const STACK = '.map-stack';

// These readers come to the map when the test says.
test.use({ liveMapAtOnce: false });

/** The page has hydrated: the toolbar is drawn on the client, with the picture's drag listeners. */
async function hydrated(page: Page) {
  await expect(page.locator(`${STACK} .map-toolbar`)).toBeVisible();
  await expect(page.locator(STACK)).toHaveAttribute('data-live-map', 'waiting');
}

test('a reader who does not go to the map loads no MapLibre; a pointer over it brings the live map', async ({
  page,
}) => {
  const scripts: string[] = [];
  const workers: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
    if (request.url().includes('maplibre-gl-worker')) workers.push(request.url());
  });
  await page.goto('/');
  // The charts draw once the page has hydrated: with the picture as the map, nothing waits.
  await expect(page.locator('[data-panel="gdp"] svg.recharts-surface')).toBeVisible();
  await hydrated(page);
  await expect(page.locator(MAP)).toHaveCount(0);
  expect(workers).toEqual([]);
  // The picture takes the drags the live map will take: a swipe on it moves it, not the page.
  expect(await page.locator('.static-map').evaluate((e) => getComputedStyle(e).touchAction)).toBe('none');
  const before = new Set(scripts);

  await page.locator(STACK).hover({ position: { x: 300, y: 80 } });
  await waitForMap(page);
  await expect(page.locator(STACK)).toHaveAttribute('data-live-map', 'ready');
  await expect(page.locator('.static-map')).toBeHidden();
  // The map's own chunks and MapLibre's worker came with the pointer, not before it.
  expect(scripts.filter((url) => !before.has(url)).length).toBeGreaterThan(0);
  expect(workers).toHaveLength(1);
});

test('the first drag moves the picture at once, and the live map opens where it was left', async ({
  page,
  request,
}) => {
  const places: PlacePoints = await (await request.get('/api/places')).json();
  await page.goto('/?sel=place:suzhou');
  await hydrated(page);
  const before = await pictureMarkers(page);
  expect(before.length).toBeGreaterThanOrEqual(2);
  const box = await page.locator(STACK).boundingBox();
  if (!box) throw new Error('the map has no box');
  const from = { x: box.x + box.width * 0.55, y: box.y + box.height * 0.3 };
  const drag = { x: -120, y: 60 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + drag.x / 2, from.y + drag.y / 2, { steps: 3 });
  await page.mouse.move(from.x + drag.x, from.y + drag.y, { steps: 3 });
  // Under the pointer the picture moved with it, every marker by the drag.
  const during = await pictureMarkers(page);
  for (const marker of before) {
    const moved = during.find((m) => m.id === marker.id);
    expect(moved?.x ?? Number.NaN).toBeCloseTo(marker.x + drag.x, 0);
    expect(moved?.y ?? Number.NaN).toBeCloseTo(marker.y + drag.y, 0);
  }
  await page.mouse.up();

  await expect(page.locator(STACK)).toHaveAttribute('data-live-map', 'ready', { timeout: 45_000 });
  await waitForIdle(page);
  const expected = before.map((m) => ({ ...m, x: m.x + drag.x, y: m.y + drag.y }));
  const offsets = await offsetsFromLiveMap(page, places, expected);
  console.log('drag before MapLibre, px from the left picture', offsets.map((d) => d.toFixed(2)).join(', '));
  expect(Math.max(...offsets)).toBeLessThan(3);
  await expect(page.locator('.static-map')).toBeHidden();
  // The drag is the view: the address takes the new camera.
  await expect(page).toHaveURL(/[?&]c=-?\d/);
});

test('a wheel turn before MapLibre zooms the picture about the pointer, and the live map opens at that zoom', async ({
  page,
  request,
}) => {
  const places: PlacePoints = await (await request.get('/api/places')).json();
  await page.goto('/?c=121.2,31.1&z=7.5');
  await hydrated(page);
  const before = await pictureMarkers(page);
  expect(before.length).toBeGreaterThanOrEqual(3);
  const box = await page.locator(STACK).boundingBox();
  if (!box) throw new Error('the map has no box');
  const at = { x: box.width * 0.6, y: box.height * 0.5 };
  await page.mouse.move(box.x + at.x, box.y + at.y);
  // Half a level in: 225 px of wheel at MapLibre's 1/450 per px.
  await page.mouse.wheel(0, -225);
  const scale = 2 ** 0.5;
  const expected = before.map((m) => ({
    ...m,
    x: scale * (m.x - at.x) + at.x,
    y: scale * (m.y - at.y) + at.y,
  }));
  await expect
    .poll(async () => {
      const now = await pictureMarkers(page);
      return Math.max(...expected.map((e) => Math.abs((now.find((m) => m.id === e.id)?.x ?? 0) - e.x)));
    })
    .toBeLessThan(0.5);

  await expect(page.locator(STACK)).toHaveAttribute('data-live-map', 'ready', { timeout: 45_000 });
  await waitForIdle(page);
  expect((await mapView(page)).zoom).toBeCloseTo(8, 2);
  const offsets = await offsetsFromLiveMap(page, places, expected);
  console.log(
    'wheel before MapLibre, px from the zoomed picture',
    offsets.map((d) => d.toFixed(2)).join(', '),
  );
  expect(Math.max(...offsets)).toBeLessThan(3);
});

test('a toolbar button pressed before MapLibre brings the live map and does what it says', async ({
  page,
}) => {
  await page.goto('/?c=-71.06,42.36&z=8');
  await hydrated(page);
  await page.getByRole('button', { name: 'Yangtze River Delta' }).click();
  await waitForMap(page);
  await expect
    .poll(async () => {
      const { lng, lat } = await mapView(page);
      return Math.hypot(lng - 120.9, lat - 30.9);
    })
    .toBeLessThan(2);
});

test('keyboard focus in the map is a reader going to it', async ({ page }) => {
  await page.goto('/');
  await hydrated(page);
  await page.getByRole('button', { name: 'All places' }).focus();
  await expect(page.locator(STACK)).not.toHaveAttribute('data-live-map', 'waiting');
  await waitForMap(page);
  await expect(page.getByRole('button', { name: 'All places' })).toBeFocused();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the picture leaves a swipe to the page, and offers no button that cannot work', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('.static-map svg')).toBeVisible();
    expect(await page.locator('.static-map').evaluate((e) => getComputedStyle(e).touchAction)).toBe('auto');
    await expect(page.locator(`${STACK} .map-toolbar`)).toHaveCount(0);
  });
});

test('a pointer on a chart draws the charts without waiting for the map', async ({ page }) => {
  // The clock stands still (installed, it would flow): the 4 s at which the charts stop
  // waiting for the map never come.
  await page.clock.install({ time: 0 });
  await page.clock.pauseAt(1000);
  await page.goto('/');
  await hydrated(page);
  const canvas = page.locator('[data-panel="gdp"] .chart-canvas');
  await expect(canvas).toHaveAttribute('aria-busy', 'true');
  await canvas.hover();
  await expect(canvas.locator('svg.recharts-surface')).toBeVisible();
  await expect(canvas).not.toHaveAttribute('aria-busy');
  // And the map is still the picture: the reader went to the charts, not to the map.
  await expect(page.locator(STACK)).toHaveAttribute('data-live-map', 'waiting');
});
