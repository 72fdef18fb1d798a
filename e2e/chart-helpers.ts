import { expect, type Page } from '@playwright/test';

/**
 * Scrolls to each chart in turn, as a reader would, and waits until Recharts has drawn it
 * (a chart draws only once it is near the viewport); then back to the top of the page and
 * of the charts' own scroll box.
 */
export async function drawEveryChart(page: Page) {
  const canvases = page.locator('.chart-canvas');
  for (const canvas of await canvases.all()) {
    await canvas.scrollIntoViewIfNeeded();
    await expect(canvas).not.toHaveAttribute('aria-busy');
  }
  await expect(canvases.locator('svg.recharts-surface')).toHaveCount(await canvases.count());
  await page.evaluate(() => {
    for (const box of [document.scrollingElement, ...document.querySelectorAll('.charts')])
      box?.scrollTo({ top: 0, left: 0, behavior: 'instant' });
  });
}
