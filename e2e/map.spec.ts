import { expect } from '@playwright/test';
import { test } from './fixtures';
import {
  askForLiveMap,
  basemapShare,
  drawnArc,
  featuredPlaces,
  linkShare,
  MAP,
  mapShot,
  markerShare,
  pixelOf,
  waitForIdle,
  waitForMap,
} from './map-helpers';
import { differingShare, type Image } from './pixels';

// A point halfway along the Shanghai–Suzhou link (both ends from data/places.json).
const SHANGHAI: [number, number] = [121.471, 31.234361];
const SUZHOU: [number, number] = [120.585278, 31.299722];
const MIDWAY: [number, number] = [(SHANGHAI[0] + SUZHOU[0]) / 2, (SHANGHAI[1] + SUZHOU[1]) / 2];

test.describe('the map', () => {
  test('reaches idle with every layer and makes no request to another origin', async ({ page, baseURL }) => {
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (/^https?:$/.test(url.protocol) && url.origin !== new URL(baseURL ?? '').origin)
        foreign.push(url.href);
    });
    await page.goto('/');
    await waitForMap(page);
    await page.getByRole('button', { name: 'Yangtze River Delta' }).click();
    await waitForIdle(page);
    await page.getByRole('button', { name: 'Globe' }).click();
    await waitForIdle(page);
    await page.getByRole('button', { name: /Shanghai Zhangjiang Boston Enterprise Park/ }).click();
    await page.getByRole('button', { name: 'Fit selection' }).click();
    await waitForIdle(page);
    expect(foreign).toEqual([]);
  });

  test('opens a link’s details when the link is clicked on the map', async ({ page }) => {
    // Two links follow this line: the 193-task agreement and the technology-transfer
    // cooperation it announced, drawn over it. With technology transfer off, the agreement is on top.
    await page.goto('/?v=1&hide=technology_transfer');
    await waitForMap(page);
    await page.getByRole('button', { name: 'Yangtze River Delta' }).click();
    await waitForIdle(page);
    const { x, y } = await pixelOf(page, MIDWAY);
    await page.mouse.move(x, y);
    await expect(page.getByRole('tooltip')).toContainText('Shanghai–Suzhou');
    // The charts follow the hover: both ends' lines at full strength, Boston's faded.
    const gdpLine = (colour: string) =>
      page.locator(`[data-panel="gdp"] path.recharts-curve[stroke="${colour}"]`);
    await expect(gdpLine('#008060').first()).toHaveCSS('opacity', '1');
    await expect(gdpLine('#0072B2').first()).toHaveCSS('opacity', '1');
    await expect(gdpLine('#b8477f').first()).toHaveCSS('opacity', '0.2');
    await page.mouse.click(x, y);
    const details = page.getByTestId('detail-panel');
    await expect(details.getByRole('heading', { level: 2 })).toContainText('Shanghai–Suzhou');
    await expect(details).toContainText('26 Oct 2021');
    await expect(details).toContainText('193');
    await expect(details.getByRole('heading', { name: 'Sources' })).toBeVisible();
    await expect(details.locator('blockquote').first()).toContainText('193');
  });

  test('opens a link’s details from the list, and Escape closes them', async ({ page }) => {
    await page.goto('/');
    const button = page.getByRole('button', { name: /Shaoxing Sub-center.*Shanghai → Shaoxing/ });
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    const details = page.getByTestId('detail-panel');
    await expect(details).toContainText('19 Jan 2019');
    await expect(details).toContainText('year inferred');
    await expect(details).toContainText('Shanghai International Convention Center');
    await page.keyboard.press('Escape');
    await expect(details).toHaveCount(0);
    await expect(button).toHaveAttribute('aria-pressed', 'false');
  });

  test('selects a place by clicking its marker, and the close button clears it', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    await page.getByRole('button', { name: 'Yangtze River Delta' }).click();
    await waitForIdle(page);
    const { x, y } = await pixelOf(page, [120.583, 30.0]);
    await page.mouse.click(x, y);
    const details = page.getByTestId('detail-panel');
    await expect(details.getByRole('heading', { level: 2 })).toContainText('Shaoxing');
    await expect(page.getByRole('button', { name: /^Shaoxing 绍兴/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await details.getByRole('button', { name: 'Close details' }).click();
    await expect(details).toHaveCount(0);
  });

  test('draws the Yangtze River Delta: each place in its colour, the link, land and water', async ({
    page,
    request,
  }, testInfo) => {
    const places = (await featuredPlaces(request)).filter((p) => p.id !== 'boston');
    await page.goto('/');
    await waitForMap(page);
    await page.getByRole('button', { name: 'Yangtze River Delta' }).click();
    await waitForIdle(page);
    const image = await mapShot(page, testInfo, 'yangtze-river-delta');
    for (const place of places)
      expect(await markerShare(page, image, place), `${place.id}’s colour in its marker`).toBeGreaterThan(
        0.8,
      );
    expect(
      await linkShare(page, image, MIDWAY, 'cooperation_agreement'),
      'the agreement’s colour midway',
    ).toBeGreaterThan(0.08);
    expect(basemapShare(image, 'land'), 'land').toBeGreaterThan(0.2);
    expect(basemapShare(image, 'water'), 'water').toBeGreaterThan(0.2);
  });

  test('draws Shanghai–Boston across the Pacific, flat and on the globe', async ({
    page,
    request,
  }, testInfo) => {
    // Boston only: the link starts at Zhangjiang, so Shanghai's own marker is dimmed as unrelated.
    const boston = (await featuredPlaces(request)).filter((p) => p.id === 'boston');
    const link = 'zhangjiang-boston-enterprise-park';
    await page.goto('/');
    await waitForMap(page);
    await page.getByRole('button', { name: /Shanghai Zhangjiang Boston Enterprise Park/ }).click();
    await page.getByRole('button', { name: 'Fit selection' }).click();
    await waitForIdle(page);
    const arc = await drawnArc(page, link);
    expect(arc.length).toBeGreaterThan(10);
    // Three points along the middle of the arc, over the north Pacific.
    const along = [0.35, 0.5, 0.65].map((f) => arc[Math.round(f * (arc.length - 1))] as [number, number]);
    const measure = async (image: Image) => ({
      markers: await Promise.all(boston.map((p) => markerShare(page, image, p))),
      arc: await Promise.all(along.map((at) => linkShare(page, image, at, 'enterprise_park'))),
    });

    const flat = await mapShot(page, testInfo, 'shanghai-boston');
    const onFlat = await measure(flat);
    for (const share of onFlat.markers) expect(share, 'Boston’s marker').toBeGreaterThan(0.8);
    for (const share of onFlat.arc)
      expect(share, 'the enterprise park’s colour along its arc').toBeGreaterThan(0.08);
    expect(basemapShare(flat, 'land'), 'land').toBeGreaterThan(0.15);
    expect(basemapShare(flat, 'water'), 'water').toBeGreaterThan(0.3);

    await page.getByRole('button', { name: 'Globe' }).click();
    await expect(page.locator(MAP)).toHaveAttribute('data-projection', 'globe');
    await waitForIdle(page);
    const globe = await mapShot(page, testInfo, 'shanghai-boston-globe');
    const onGlobe = await measure(globe);
    for (const share of onGlobe.markers) expect(share, 'markers on the globe').toBeGreaterThan(0.8);
    for (const share of onGlobe.arc) expect(share, 'the arc on the globe').toBeGreaterThan(0.08);
    // The same view on a sphere: most of the picture moves.
    expect(differingShare(flat, globe, 10), 'pixels that changed from flat to globe').toBeGreaterThan(0.3);
    // The flat map fills its frame with land and water; the sphere leaves space around it.
    const earth = (image: Image) => basemapShare(image, 'land') + basemapShare(image, 'water');
    expect(earth(flat), 'land and water on the flat map').toBeGreaterThan(0.7);
    expect(earth(globe), 'land and water on the globe').toBeLessThan(0.5);
  });

  test('hides a kind of link from the legend', async ({ page }, testInfo) => {
    await page.goto('/');
    await waitForMap(page);
    await page.getByRole('button', { name: 'Yangtze River Delta' }).click();
    await waitForIdle(page);
    const agreementMidway = async (name: string) =>
      linkShare(page, await mapShot(page, testInfo, name), MIDWAY, 'cooperation_agreement');
    expect(await agreementMidway('agreement-shown'), 'the agreement drawn before').toBeGreaterThan(0.08);
    const { x, y } = await pixelOf(page, MIDWAY);
    // Both kinds of link on the Shanghai–Suzhou line: the agreement and the technology transfer it announced.
    await page.getByRole('checkbox', { name: 'Cooperation agreement' }).uncheck();
    await page.getByRole('checkbox', { name: 'Technology transfer' }).uncheck();
    await waitForIdle(page);
    // Redrawn after React hands the switch to the map: measured until it is gone.
    await expect
      .poll(() => agreementMidway('agreement-hidden'), { message: 'the agreement drawn after' })
      .toBe(0);
    await page.mouse.move(x, y);
    await page.mouse.click(x, y);
    await expect(page.getByTestId('detail-panel')).toHaveCount(0);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('stacks the map and the panels without overflowing', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const map = await page.locator(MAP).boundingBox();
    const list = await page.getByRole('navigation', { name: 'Places and links' }).boundingBox();
    expect(list?.y ?? 0).toBeGreaterThanOrEqual((map?.y ?? 0) + (map?.height ?? 0) - 1);
  });
});

test.describe('when the map cannot load', () => {
  // Without its worker MapLibre draws nothing, and the server's SVG picture stays the map;
  // without one basemap file it still draws the rest over the picture.
  const failures: [string, string, boolean][] = [
    ['its drawing worker', '**/maplibre-gl-worker.mjs', true],
    ['its basemap', '**/basemap/world.geojson', false],
  ];
  for (const [what, pattern, pictureStays] of failures) {
    test(`says so when ${what} fails`, async ({ page }) => {
      await page.route(pattern, (route) => route.fulfill({ status: 404, body: 'missing' }));
      await page.goto('/');
      await askForLiveMap(page);
      await expect(
        page.getByRole('alert').filter({ hasText: 'Part of the map could not be loaded' }),
      ).toBeVisible();
      if (pictureStays) await expect(page.locator('.static-map svg')).toBeVisible();
      await page
        .locator('.atlas-side')
        .getByRole('button', { name: /Lin-gang cluster/ })
        .click();
      await expect(page.getByTestId('detail-panel')).toContainText('50');
    });
  }
});
