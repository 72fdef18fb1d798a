import { expect, test } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
import { MAP } from './map-helpers';

// Launch options force a browser of their own, so this file holds only the no-WebGL case.
test.use({ launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--disable-3d-apis'] } });

test('says the map needs WebGL in one sentence, and the rest works', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  await expect(page.locator(MAP)).toHaveAttribute('data-map-ready', 'fallback');
  await expect(page.getByRole('note')).toHaveText(/^The map needs WebGL[^.]*\.$/);
  // The charts, which wait for the map, do not wait for one that cannot be drawn.
  await expect(page.locator('[data-panel="gdp"] svg.recharts-surface')).toBeVisible();
  await page
    .getByRole('button', { name: /Lin-gang/ })
    .first()
    .click();
  await expect(page.getByTestId('detail-panel')).toContainText('Lin-gang');
  expect(errors).toEqual([]);
});
