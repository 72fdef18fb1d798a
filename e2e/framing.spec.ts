import { expect, type Page } from '@playwright/test';
import { test } from './fixtures';
import { MAP, mapView, pixelOf, waitForIdle, waitForMap } from './map-helpers';

// Both ends of the Shanghai–Suzhou link and of the Shaoxing sub-center link (data/places.json).
const SHANGHAI: [number, number] = [121.471, 31.234361];
const SUZHOU: [number, number] = [120.585278, 31.299722];
const SHAOXING: [number, number] = [120.583, 30.0];

/** The world view that shows Boston and Shanghai together is below zoom 3 at this size. */
const CLOSE_ZOOM = 5;

async function inFrame(page: Page, point: [number, number]) {
  const box = await page.locator(MAP).boundingBox();
  if (!box) throw new Error('no map');
  const { x, y } = await pixelOf(page, point);
  return x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;
}

test.describe('selections come into view', () => {
  test('a link that selects without a camera opens on the selection', async ({ page }) => {
    await page.goto('/?v=1&sel=link:shanghai-suzhou-193-tasks');
    await waitForMap(page);
    expect((await mapView(page)).zoom).toBeGreaterThan(CLOSE_ZOOM);
    expect(await inFrame(page, SHANGHAI)).toBe(true);
    expect(await inFrame(page, SUZHOU)).toBe(true);
  });

  test('a camera in the link wins over the selection', async ({ page }) => {
    await page.goto('/?v=1&c=-71.06,42.36&z=4&sel=link:shanghai-suzhou-193-tasks');
    await waitForMap(page);
    const view = await mapView(page);
    expect(view.zoom).toBeCloseTo(4, 1);
    expect(view.lng).toBeCloseTo(-71.06, 1);
  });

  test('a selection from the list eases the map to it', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    expect((await mapView(page)).zoom).toBeLessThan(CLOSE_ZOOM);
    await page.getByRole('button', { name: /Shaoxing Sub-center.*Shanghai → Shaoxing/ }).click();
    await expect
      .poll(async () => (await mapView(page)).zoom, { timeout: 15_000 })
      .toBeGreaterThan(CLOSE_ZOOM);
    await waitForIdle(page);
    expect(await inFrame(page, SHANGHAI)).toBe(true);
    expect(await inFrame(page, SHAOXING)).toBe(true);
  });

  test('under reduced motion the map jumps instead of easing', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/');
    await waitForMap(page);
    await page.getByRole('button', { name: /Shaoxing Sub-center.*Shanghai → Shaoxing/ }).click();
    // No animation: the camera is there at the next frame, not after a transition.
    const moving = await page.evaluate(
      (selector) =>
        new Promise<{ moving: boolean; zoom: number }>((resolve) =>
          requestAnimationFrame(() => {
            const map = (
              document.querySelector(selector) as HTMLElement & {
                atlasMap: { isMoving(): boolean; getZoom(): number };
              }
            ).atlasMap;
            resolve({ moving: map.isMoving(), zoom: map.getZoom() });
          }),
        ),
      MAP,
    );
    expect(moving.moving).toBe(false);
    expect(moving.zoom).toBeGreaterThan(CLOSE_ZOOM);
  });
});
