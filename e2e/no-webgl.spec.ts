import { expect } from '@playwright/test';
import { TEST_CHROMIUM_ARGS, TEST_CHROMIUM_PATH } from '../scripts/chromium.mjs';
import { test } from './fixtures';
import { askForLiveMap, MAP } from './map-helpers';

// Launch options force a browser of their own, so this file holds only the no-WebGL case.
test.use({
  launchOptions: { executablePath: TEST_CHROMIUM_PATH, args: [...TEST_CHROMIUM_ARGS, '--disable-3d-apis'] },
  // The reader comes to the map when the test says: MapLibre finds out only then that it cannot draw.
  liveMapAtOnce: false,
});

test('shows the SVG map with a note, and its places and links can be hovered, focused and selected', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  // MapLibre finds out that it cannot draw when the reader goes to the map.
  await askForLiveMap(page);
  await expect(page.locator(MAP)).toHaveAttribute('data-map-ready', 'fallback');
  await expect(page.getByRole('note')).toHaveText(/^This browser does not provide WebGL[^.]*\.$/);

  // The picture is there: the basemap drawn, the five featured places as markers, arcs.
  const picture = page.locator('.static-map svg');
  await expect(picture).toBeVisible();
  expect(await picture.locator('path').count()).toBeGreaterThan(5);
  await expect(page.locator('.static-map [data-place]')).toHaveCount(5);
  const boston = page.locator('.static-map [data-target="place:boston"]');
  await expect(boston).toHaveAttribute('aria-label', /Boston/);
  const arcs = page.locator('.static-map [data-target^="link:"]');
  expect(await arcs.count()).toBeGreaterThan(0);

  // Hover shows the place's tooltip.
  await boston.hover();
  await expect(page.getByRole('tooltip')).toContainText('Boston');

  // A click selects: the details open and the URL holds the selection.
  await boston.click();
  await expect(page.getByTestId('detail-panel')).toContainText('Boston');
  await expect(page).toHaveURL(/sel=place%3Aboston|sel=place:boston/);
  await expect(boston).toHaveAttribute('aria-pressed', 'true');

  // The keyboard reaches a link and selects it.
  await arcs.first().focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/sel=link/);
  await expect(arcs.first()).toHaveAttribute('aria-pressed', 'true');

  // The charts, which wait for the map, do not wait for one that cannot be drawn.
  await expect(page.locator('[data-panel="gdp"] svg.recharts-surface')).toBeVisible();
  await page
    .locator('.atlas-side')
    .getByRole('button', { name: /Lin-gang/ })
    .first()
    .click();
  await expect(page.getByTestId('detail-panel')).toContainText('Lin-gang');
  expect(errors).toEqual([]);
});

test('the view buttons and the list frame the picture, drawn anew by the server, and Back returns', async ({
  page,
}) => {
  await page.goto('/');
  /** How far apart the picture draws Suzhou and Shaoxing, on the page. */
  const apart = async () => {
    const [a, b] = await Promise.all(
      ['suzhou', 'shaoxing'].map((id) => page.locator(`.static-map [data-place="${id}"]`).boundingBox()),
    );
    return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : Number.NaN;
  };
  expect(await apart()).toBeLessThan(10);
  await expect(page.locator('.map-inset')).toBeVisible();

  // Pressed before the page knows that this browser has no WebGL: the button asks for the
  // live map, which cannot be drawn, and the server's picture does what it asked.
  await page.getByRole('button', { name: 'Yangtze River Delta', exact: true }).click();
  await expect(page.locator(MAP)).toHaveAttribute('data-map-ready', 'fallback');
  await expect(page).toHaveURL(/[?&]c=1\d\d\.\d+,[23]\d\.\d+.*&z=[5-8]\./);
  await expect.poll(apart).toBeGreaterThan(100);
  // The map shows the delta large enough itself: no inset.
  await expect(page.locator('.map-inset')).toHaveCount(0);

  await page.goBack();
  await expect.poll(apart).toBeLessThan(10);
  await expect(page.locator('.map-inset')).toBeVisible();

  // A link chosen in the list is framed the same way: both its ends apart on the picture.
  await page
    .locator('.atlas-side')
    .getByRole('button', { name: /Shaoxing Sub-center/ })
    .first()
    .click();
  await expect(page).toHaveURL(/sel=link:shanghai-shaoxing/);
  await expect(page).toHaveURL(/&z=/);
  await expect.poll(apart).toBeGreaterThan(50);
});

test('the globe switch draws the picture anew as a globe, and back', async ({ page }) => {
  await page.goto('/?c=150,25&z=1.6');
  await askForLiveMap(page);
  await expect(page.locator(MAP)).toHaveAttribute('data-map-ready', 'fallback');
  const disc = page.locator('.static-map .static-map-globe');
  await expect(disc).toHaveCount(0);
  // The basemap: the server's markup, in the page's HTML once (not again in its flight data).
  const basemapPaths = page.locator('.static-map svg > g:first-child path');
  const flat = await basemapPaths.count();
  expect(flat).toBeGreaterThan(5);
  const globe = page.getByRole('button', { name: 'Globe', exact: true });
  await expect(globe).toHaveAttribute('aria-pressed', 'false');
  await globe.click();
  await expect(page).toHaveURL(/proj=globe/);
  await expect(disc).toHaveCount(1);
  await expect(globe).toHaveAttribute('aria-pressed', 'true');
  // Boston lies on the globe's far side from over the western Pacific: the picture leaves it out.
  await expect(page.locator('.static-map [data-place="shanghai"]')).toHaveCount(1);
  await expect(page.locator('.static-map [data-place="boston"]')).toHaveCount(0);
  expect(await basemapPaths.count()).toBeGreaterThan(5);
  await page.goBack();
  await expect(disc).toHaveCount(0);
  await expect(page.locator('.static-map [data-place="boston"]')).toHaveCount(1);
  // Back at the page's own view, whose basemap came with the HTML: drawn again, not blank.
  await expect(basemapPaths).toHaveCount(flat);
});
