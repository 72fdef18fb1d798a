import { expect } from '@playwright/test';
import { test } from './fixtures';
import { waitForMap } from './map-helpers';

test.describe('print', () => {
  test('a view prints as a briefing: its address, the map, figures and details, no controls', async ({
    page,
  }) => {
    // A camera of its own: the map does not move to frame the selection, so the address stays.
    await page.goto('/?v=1&c=120.58,30&z=9&sel=place:shaoxing');
    await waitForMap(page);
    const share = page.getByRole('button', { name: 'Share this view' });
    const downloads = page.locator('.chart-downloads').first();
    await expect(share).toBeVisible();
    await expect(downloads).toBeVisible();
    await expect(page.locator('.print-note')).toBeHidden();

    // A real print fires beforeprint, which reads the address as it is then (the map framed Shaoxing).
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect(share).toBeHidden();
    await expect(downloads).toBeHidden();
    await expect(page.getByRole('button', { name: 'All places' })).toBeHidden();
    await expect(page.locator('.print-note')).toBeVisible();
    await expect(page.locator('.print-address')).toHaveText(page.url());
    await expect(page.locator('.map-frame')).toBeVisible();
    await expect(page.locator('[data-panel="gdp"]')).toBeVisible();
    await expect(page.locator('.detail-panel')).toContainText('Shaoxing');
    // Nothing is cut off inside a scrolling box: the side column is as tall as its content.
    const side = await page
      .locator('.atlas-side')
      .evaluate((element) => [element.scrollHeight, element.clientHeight]);
    expect(side[0]).toBeLessThanOrEqual((side[1] ?? 0) + 1);
  });

  test('the notes open for the print and close after it', async ({ page }) => {
    await page.goto('/?v=1&pn=gdp');
    // The print note has read the address: its print listeners are in place.
    await expect(page.locator('.print-note')).toHaveAttribute('data-print-address', /^http/);
    const notes = page.locator('[data-panel="gdp"] details.chart-notes');
    await expect(notes).toHaveJSProperty('open', false);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect(notes).toHaveJSProperty('open', true);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect(notes).toHaveJSProperty('open', false);
  });
});
