import { expect } from '@playwright/test';
import { test } from './fixtures';
import {
  MAP,
  offsetsFromLiveMap,
  type PlacePoints,
  pictureMarkers,
  waitForIdle,
  waitForMap,
} from './map-helpers';

const VIEWS = [
  { name: 'the default view (a fit of every place and arc)', path: '/' },
  { name: 'a view with its own camera', path: '/?c=121.2,31.1&z=7.5' },
  { name: 'a selection without a camera', path: '/?sel=place:suzhou' },
  { name: 'a camera held at the top of the world', path: '/?c=-150,80&z=1.2' },
  { name: 'the globe, far out', path: '/?c=150,25&z=1.6&proj=globe' },
  { name: 'the globe, turned, over the delta', path: '/?c=121,31&z=5.2&b=-35&proj=globe' },
  { name: 'the globe of the default view', path: '/?proj=globe' },
];

for (const { name, path } of VIEWS) {
  test(`the first paint is the SVG map, and MapLibre lands on it: ${name}`, async ({ page, request }) => {
    // The server's HTML alone already holds the map: basemap paths and the place markers.
    const html = await (await request.get(path)).text();
    expect(html).toContain('class="static-map"');
    expect(html.match(/data-place="/g)?.length ?? 0).toBeGreaterThanOrEqual(1);
    // A globe's water is its disc; the flat map's fills the frame.
    expect(html.includes('class="static-map-globe"')).toBe(path.includes('proj=globe'));
    // The basemap's paths are in the page's HTML, and not again in its flight data.
    const paths = [...html.matchAll(/<path d="([^"]{300,})"/g)].map((m) => m[1] as string);
    expect(paths.length).toBeGreaterThan(0);
    const flight = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)]
      .map((m) => m[1] as string)
      .filter((script) => script.includes('self.__next_f'))
      .join('');
    expect(flight.length).toBeGreaterThan(1000);
    for (const d of paths) expect(flight.includes(d.slice(0, 200))).toBe(false);

    // The client draws the atlas's layers of the picture again: to the same markup the server sent.
    const hydration: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && /hydrat/i.test(message.text())) hydration.push(message.text());
    });
    await page.goto(path);
    await expect(page.locator('.static-map svg')).toBeVisible();
    const before = await pictureMarkers(page);
    expect(before.length).toBeGreaterThanOrEqual(1);
    await waitForMap(page);
    await waitForIdle(page);
    // Once MapLibre has drawn, the picture is gone.
    await expect(page.locator('.static-map')).toBeHidden();
    const places: PlacePoints = await (await request.get('/api/places')).json();
    const differences = await offsetsFromLiveMap(page, places, before);
    test.info().annotations.push({
      type: 'pixel differences',
      description: differences.map((d) => d.toFixed(2)).join(', '),
    });
    console.log(name, 'px differences', differences.map((d) => d.toFixed(2)).join(', '));
    expect(Math.max(...differences)).toBeLessThan(3);
    await expect(page.locator(MAP)).toHaveAttribute('data-map-ready', 'true');
    expect(hydration).toEqual([]);
  });
}

test('the first pan after the page settles moves the map', async ({ page }) => {
  await page.goto('/');
  await waitForMap(page);
  await waitForIdle(page);
  const centre = () =>
    page.evaluate(
      (selector) =>
        (
          document.querySelector(selector) as HTMLElement & {
            atlasMap: { getCenter(): { lng: number; lat: number } };
          }
        ).atlasMap.getCenter(),
      MAP,
    );
  const before = await centre();
  const box = await page.locator(MAP).boundingBox();
  if (!box) throw new Error('the map has no box');
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x - 80, y + 20, { steps: 4 });
  await page.mouse.move(x - 160, y + 40, { steps: 4 });
  await page.mouse.up();
  await expect.poll(async () => Math.abs((await centre()).lng - before.lng)).toBeGreaterThan(1);
  // The pan is the view: the address takes the new camera.
  await expect(page).toHaveURL(/c=-?\d/);
});
