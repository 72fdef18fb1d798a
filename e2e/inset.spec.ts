import { expect, type Locator, type Page } from '@playwright/test';
import { test } from './fixtures';
import { mapView, waitForMap } from './map-helpers';

const INSET = '.map-inset';

/**
 * Where the main map's SVG picture draws each marker, in its own units: it may be hidden
 * already, under the live map that drew the same places at the same pixels (first-paint.spec).
 */
async function drawnMarkers(picture: Locator) {
  const markers = await picture.locator('[data-place] circle').evaluateAll((circles) =>
    circles.map((circle) => ({
      id: circle.closest('[data-place]')?.getAttribute('data-place') ?? '',
      x: Number(circle.getAttribute('cx')),
      y: Number(circle.getAttribute('cy')),
    })),
  );
  return new Map(markers.map(({ id, x, y }) => [id, { x, y }]));
}

/** The centres of the markers a picture shows, by place id, on the page. */
async function markerCentres(picture: Locator) {
  const centres = new Map<string, { x: number; y: number }>();
  for (const marker of await picture.locator('[data-place]').all()) {
    const box = await marker.boundingBox();
    const id = await marker.getAttribute('data-place');
    if (box && id) centres.set(id, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
  }
  return centres;
}

const closest = (points: { x: number; y: number }[]) => {
  let best = Number.POSITIVE_INFINITY;
  for (const [i, a] of points.entries())
    for (const b of points.slice(i + 1)) best = Math.min(best, Math.hypot(a.x - b.x, a.y - b.y));
  return best;
};

const targetIds = async (picture: Locator, type: 'place' | 'link') =>
  (await picture
    .locator(`[data-target^="${type}:"]`)
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-target')))) as string[];

/** The whole network in the first view: the main map's places and arcs, the delta's apart in the inset. */
async function expectWholeNetwork(page: Page) {
  const map = page.locator('.static-map');
  const inset = page.locator(INSET);
  await expect(inset).toBeVisible();
  const mapBox = await page.locator('.map-stack').boundingBox();
  const insetBox = await inset.boundingBox();
  const viewport = page.viewportSize();
  if (!mapBox || !insetBox || !viewport) throw new Error('no map or inset');
  // Inside the map and on the screen.
  expect(insetBox.x).toBeGreaterThanOrEqual(mapBox.x);
  expect(insetBox.x + insetBox.width).toBeLessThanOrEqual(mapBox.x + mapBox.width);
  expect(insetBox.y + insetBox.height).toBeLessThanOrEqual(
    Math.min(mapBox.y + mapBox.height, viewport.height),
  );

  // Every arc of the map reaches into the inset (each has an end in the delta), and every
  // place of the map but Boston is one of the inset's markers, drawn apart and inside it.
  expect((await targetIds(inset, 'link')).sort()).toEqual((await targetIds(map, 'link')).sort());
  const onMap = await drawnMarkers(map);
  const inInset = await markerCentres(inset);
  const delta = [...onMap.keys()].filter((id) => id !== 'boston');
  expect(delta.length).toBeGreaterThanOrEqual(4);
  expect([...inInset.keys()].sort()).toEqual(delta.sort());
  for (const { x, y } of inInset.values()) {
    expect(x).toBeGreaterThan(insetBox.x);
    expect(x).toBeLessThan(insetBox.x + insetBox.width);
    expect(y).toBeGreaterThan(insetBox.y);
    expect(y).toBeLessThan(insetBox.y + insetBox.height);
  }
  // On the world map the delta's markers lie on one another; in the inset they do not.
  expect(closest(delta.map((id) => onMap.get(id) as { x: number; y: number }))).toBeLessThan(6);
  expect(closest([...inInset.values()])).toBeGreaterThan(8);
}

test.describe('the whole network in the first view', () => {
  for (const [device, viewport] of [
    ['1366×768', { width: 1366, height: 768 }],
    ['a phone', { width: 390, height: 844 }],
  ] as const) {
    test(`every place and link is in view at ${device}, in English and Chinese`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto('/');
      await expect(page.locator(INSET).getByText('Yangtze River Delta')).toBeVisible();
      await expectWholeNetwork(page);
      await page.goto('/?lang=zh');
      await expect(page.locator(INSET).getByText('长三角')).toBeVisible();
      await expectWholeNetwork(page);
    });
  }

  test('is in the page as the server drew it, without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.locator(`${INSET} [data-place="suzhou"]`)).toBeVisible();
    expect(await page.locator(`${INSET} [data-target^="link:"]`).count()).toBeGreaterThan(3);
    await context.close();
  });

  test('a click on its place selects it and brings it into view, and it goes when the delta is big enough', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForMap(page);
    const suzhou = page.locator(`${INSET} [data-target="place:suzhou"]`);
    await suzhou.hover();
    await expect(page.getByRole('tooltip')).toContainText('Suzhou');
    await suzhou.click();
    await expect(page).toHaveURL(/sel=place:suzhou/);
    await expect(page.getByTestId('detail-panel')).toContainText('Suzhou');
    // The map eases to Suzhou, where the inset has nothing to add.
    await expect.poll(async () => (await mapView(page)).zoom, { timeout: 15_000 }).toBeGreaterThan(6);
    await expect(page.locator(INSET)).toHaveCount(0);
    await page.getByRole('button', { name: 'All places' }).click();
    await expect(page.locator(INSET)).toBeVisible();
  });

  test('zooms the map to the delta, and can be put away and brought back by keyboard', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    await page.getByRole('button', { name: 'Zoom the map to the delta' }).click();
    await expect.poll(async () => (await mapView(page)).zoom, { timeout: 15_000 }).toBeGreaterThan(5);
    await expect(page.locator(INSET)).toHaveCount(0);
    await page.getByRole('button', { name: 'All places' }).click();
    // By keyboard: the button that swaps it takes the focus.
    await page.getByRole('button', { name: 'Hide the inset' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator(INSET)).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Show the delta inset' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator(INSET)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Hide the inset' })).toBeFocused();
  });
});
