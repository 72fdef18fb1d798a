import { expect } from '@playwright/test';
import { test } from './fixtures';

const hydrated = (page: import('@playwright/test').Page) =>
  page.waitForSelector('html[data-hydrated="true"]', { state: 'attached' });

test.describe('the cooperation network', () => {
  test('a link’s details show its actors, status, events and evidence', async ({ page }) => {
    await page.goto('/?v=1&sel=link:zhangjiang-boston-enterprise-park');
    const details = page.getByTestId('detail-panel');
    await expect(details.getByTestId('link-actors')).toContainText(
      'Shanghai Zhangjiang Hi-Tech Zone · set it up',
    );
    await expect(details.getByTestId('link-actors')).toContainText(
      'Yangpu Science and Technology Innovation Center · operates it',
    );
    await expect(details.getByTestId('link-status')).toContainText('Opened · 26 Feb 2016');
    await expect(details.getByTestId('link-events')).toContainText('Opening');
    const evidence = details.getByTestId('link-evidence');
    await expect(evidence).toHaveAttribute('data-grade', 'strong');
    await expect(evidence).toContainText('Strong evidence');
    await expect(evidence).toContainText('Source documents (');
    await expect(evidence).toContainText('Official (1)');
    // Each actor's source opens its shipped document with the quote marked.
    const href = await details
      .getByTestId('link-actors')
      .locator('[data-source="seed-zhangjiang-boston-park-2016"] a')
      .first()
      .getAttribute('href');
    expect(href).toMatch(/^\/documents\/[^?]+\?q=seed-zhangjiang-boston-park-2016/);
  });

  test('an inferred status date says so, in Chinese', async ({ page }) => {
    await page.goto('/?v=1&lang=zh&sel=link:shanghai-shaoxing-technology-transfer');
    const details = page.getByTestId('detail-panel');
    await expect(details.getByTestId('link-status')).toContainText('已签署 · 2019年1月19日 日期推断');
    await expect(details.getByTestId('link-evidence')).toContainText('证据一般');
    await expect(details.getByTestId('link-evidence')).toContainText('状态日期');
  });

  test('the legend’s evidence filter takes a link out of the list and writes ev= to the URL', async ({
    page,
  }) => {
    await page.goto('/');
    await hydrated(page);
    const list = page.locator('nav.atlas-list');
    const eastCenter = list.locator('[data-target="link:east-center-southern-jiangsu-center"]');
    await expect(eastCenter).toBeVisible();
    await page.getByTestId('legend-filters').locator('summary').click();
    await page.getByTestId('legend-evidence').getByLabel('Moderate evidence').uncheck();
    await expect(page).toHaveURL(/[?&]ev=moderate/);
    await expect(eastCenter).toHaveCount(0);
    await expect(list.locator('[data-target="link:zhangjiang-boston-enterprise-park"]')).toBeVisible();
    await expect(list.getByTestId('list-filtered')).toContainText('3 links are hidden');
    // Back restores the link.
    await page.goBack();
    await expect(eastCenter).toBeVisible();
  });

  test('an organization without a seat is listed as off the map, in both languages', async ({ page }) => {
    await page.goto('/');
    const yangpu = page.locator('[data-organization="yangpu-sci-tech-innovation-center"]');
    await expect(yangpu.locator('summary')).toContainText('no known seat — not on the map');
    const seated = page.locator('[data-organization="zhangjiang-hi-tech-zone"]');
    await expect(seated.locator('summary')).not.toContainText('not on the map');
    await hydrated(page);
    await yangpu.locator('summary').click();
    await yangpu.getByRole('button', { name: /Shanghai Zhangjiang Boston Enterprise Park/ }).click();
    await expect(page).toHaveURL(/sel=link(:|%3A)zhangjiang-boston-enterprise-park/);
    await page.goto('/?v=1&lang=zh');
    await expect(
      page.locator('[data-organization="yangpu-sci-tech-innovation-center"] summary'),
    ).toContainText('所在地不明——不在地图上');
  });

  test('a link opened in the page reads its details from the API, and says so when it cannot', async ({
    page,
  }) => {
    // The page carries every link without its details; the first two asks (one retry) fail.
    let refused = 0;
    await page.route('**/api/links/zhangjiang-boston-enterprise-park', (route) => {
      if (refused >= 2) return route.continue();
      refused += 1;
      return route.fulfill({ status: 503, contentType: 'application/json', body: '{}' });
    });
    await page.goto('/');
    await hydrated(page);
    const yangpu = page.locator('[data-organization="yangpu-sci-tech-innovation-center"]');
    await yangpu.locator('summary').click();
    await yangpu.getByRole('button', { name: /Shanghai Zhangjiang Boston Enterprise Park/ }).click();
    const details = page.getByTestId('detail-panel');
    // What the index holds shows at once; the rest waits for the details.
    await expect(details.getByTestId('link-actors')).toContainText('Yangpu Science and Technology');
    const failed = details.getByTestId('link-details-failed');
    await expect(failed).toContainText('could not be loaded');
    expect(refused).toBe(2);
    await failed.getByRole('button', { name: 'Try again' }).click();
    await expect(details.getByTestId('link-evidence')).toContainText('Strong evidence');
    await expect(details.getByTestId('link-events')).toContainText('Opening');
    await expect(failed).toHaveCount(0);
  });

  test('a link the pointer rests on is read before the click, so its panel opens whole', async ({ page }) => {
    await page.goto('/');
    await hydrated(page);
    const link = page.locator('.atlas-list [data-target="link:zhangjiang-boston-enterprise-park"]');
    const read = page.waitForRequest('**/api/links/zhangjiang-boston-enterprise-park');
    await link.hover();
    await (await read).response();
    // From here the API refuses: what the panel shows must come from what the hover read.
    await page.route('**/api/links/zhangjiang-boston-enterprise-park', (route) =>
      route.fulfill({ status: 503, contentType: 'application/json', body: '{}' }),
    );
    await link.click();
    const details = page.getByTestId('detail-panel');
    await expect(details.getByTestId('link-evidence')).toContainText('Strong evidence');
    await expect(details.getByTestId('link-details-loading')).toHaveCount(0);
    await expect(details.getByTestId('link-details-failed')).toHaveCount(0);
  });

  test('a place lists the organizations seated there', async ({ page }) => {
    await page.goto('/?v=1&sel=place:shaoxing');
    await expect(page.getByTestId('place-organizations')).toContainText('Shaoxing Municipal Government');
  });
});
