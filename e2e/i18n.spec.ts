import { expect } from '@playwright/test';
import { test } from './fixtures';
import {
  basemapShare,
  featuredPlaces,
  MAP,
  mapShot,
  mapView,
  markerShare,
  waitForIdle,
  waitForMap,
} from './map-helpers';

test.describe('in Chinese', () => {
  test('the page, a link’s details and a chart tooltip are in Chinese, with Chinese numbers', async ({
    page,
    request,
  }, testInfo) => {
    await page.goto('/?v=1&lang=zh&sel=link:shanghai-shaoxing-technology-transfer');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('创新地图');
    const details = page.getByTestId('detail-panel');
    await expect(details.getByRole('heading', { level: 2 })).toHaveText('国家技术转移东部中心绍兴分中心');
    await expect(details).toContainText('2019年1月19日');
    await expect(details).toContainText('年份推断');
    await expect(details.getByRole('heading', { name: '出处' })).toBeVisible();

    await waitForMap(page);
    const gdp = page.locator('[data-panel="gdp"]');
    await expect(gdp.getByRole('heading', { level: 2 })).toHaveText('地区生产总值历年变化');
    // Hover Shaoxing's 2017 point: 510.8 billion yuan reads 5,108亿元.
    const dot = gdp.locator('.recharts-line-dots').nth(2).locator('g').nth(2);
    await dot.hover();
    await expect(page.locator('.chart-tooltip')).toContainText('5,108亿元');
    await expect(page.locator('.chart-tooltip')).toContainText('绍兴');
    await page.screenshot({ path: testInfo.outputPath('atlas-zh.png') });
    await testInfo.attach('atlas-zh', {
      path: testInfo.outputPath('atlas-zh.png'),
      contentType: 'image/png',
    });
    // The Chinese page's map is drawn, not only saved: the selected link's two ends in their
    // colours (the rest is dimmed by the selection), land and water.
    await waitForIdle(page);
    const image = await mapShot(page, testInfo, 'map-zh');
    const ends = (await featuredPlaces(request)).filter((p) => p.id === 'shanghai' || p.id === 'shaoxing');
    expect(ends).toHaveLength(2);
    for (const place of ends)
      expect(await markerShare(page, image, place), `${place.id}’s colour in its marker`).toBeGreaterThan(
        0.8,
      );
    expect(basemapShare(image, 'land'), 'land').toBeGreaterThan(0.1);
    expect(basemapShare(image, 'water'), 'water').toBeGreaterThan(0.1);
  });

  test('the browser’s language decides when the URL does not', async ({ browser }) => {
    const context = await browser.newContext({
      locale: 'zh-CN',
      extraHTTPHeaders: { 'Accept-Language': 'zh-CN,zh;q=0.9' },
    });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('button', { name: /切换到英文/ })).toBeVisible();
    await context.close();
  });

  test('switching language keeps the selection and the viewport', async ({ page }) => {
    await page.goto('/?v=1&sel=place:suzhou');
    await waitForMap(page);
    await page.getByRole('button', { name: 'Yangtze River Delta' }).click();
    await waitForIdle(page);
    await expect(page).toHaveURL(/z=/);
    const before = new URL(page.url()).searchParams;
    const beforeView = await mapView(page);
    await page.getByRole('button', { name: /Switch to Chinese/ }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByTestId('detail-panel').getByRole('heading', { level: 2 })).toContainText('苏州');
    const after = new URL(page.url()).searchParams;
    expect(after.get('lang')).toBe('zh');
    for (const key of ['sel', 'c', 'z']) expect(after.get(key)).toBe(before.get(key));
    await waitForIdle(page);
    // The header's height changes with the language, so compare the map's own centre and zoom, not pixels.
    const afterView = await mapView(page);
    expect(afterView.lng).toBeCloseTo(beforeView.lng, 3);
    expect(afterView.lat).toBeCloseTo(beforeView.lat, 3);
    expect(afterView.zoom).toBeCloseTo(beforeView.zoom, 2);
    await expect(page.locator(MAP)).toHaveAttribute('data-map-ready', 'true');
  });
});

test('the preview image of a Chinese view is a PNG drawn with the Chinese font', async ({ request }) => {
  const response = await request.get('/og?v=1&lang=zh&sel=place:shaoxing');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  expect((await response.body()).length).toBeGreaterThan(10_000);
});
