import { expect, type Page } from '@playwright/test';

export const MAP = '.map-frame';

/** Waits for the map's own readiness marker: every layer added and both data sources loaded. */
export async function waitForMap(page: Page) {
  await expect(page.locator(MAP)).toHaveAttribute('data-map-ready', 'true', { timeout: 45_000 });
}

/** Waits until the map has stopped moving and redrawing. */
export async function waitForIdle(page: Page) {
  await page.waitForFunction(
    (selector) => {
      const map = (
        document.querySelector(selector) as { atlasMap?: { loaded(): boolean; isMoving(): boolean } }
      )?.atlasMap;
      return map ? map.loaded() && !map.isMoving() : false;
    },
    MAP,
    { timeout: 30_000 },
  );
}

/** The pixel (relative to the page) where the map draws a coordinate. */
export async function pixelOf(page: Page, lngLat: [number, number]) {
  const point = await page.evaluate(
    ({ selector, lngLat }) => {
      const frame = document.querySelector(selector) as HTMLElement & {
        atlasMap?: { project(l: [number, number]): { x: number; y: number } };
      };
      const map = frame.atlasMap;
      if (!map) throw new Error('map not ready');
      const { x, y } = map.project(lngLat);
      const box = frame.getBoundingClientRect();
      return { x: box.left + x, y: box.top + y };
    },
    { selector: MAP, lngLat },
  );
  return point;
}

/** The map's centre and zoom as MapLibre holds them. */
export async function mapView(page: Page) {
  return page.evaluate((selector) => {
    const map = (
      document.querySelector(selector) as HTMLElement & {
        atlasMap: { getCenter(): { lng: number; lat: number }; getZoom(): number };
      }
    ).atlasMap;
    const { lng, lat } = map.getCenter();
    return { lng, lat, zoom: map.getZoom() };
  }, MAP);
}
