import { expect, type Page } from '@playwright/test';
import { drawEveryChart } from './chart-helpers';
import { test } from './fixtures';
import { waitForMap } from './map-helpers';

/** Two laptops, a desktop, a tablet held upright and a phone. */
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 768, height: 1024 },
  { width: 390, height: 844 },
] as const;

const PAGES = [
  ['the atlas', '/?v=1'],
  ['the embed', '/embed?v=1'],
] as const;

/** The controls drawn over the map: MapLibre's and the atlas's own. */
const MAP_CONTROLS = [
  '.maplibregl-ctrl-attrib',
  '.maplibregl-ctrl-scale',
  '.maplibregl-ctrl-group',
  '.map-toolbar button',
].join(', ');

type Box = { name: string; left: number; top: number; right: number; bottom: number };

/** Boxes of every visible element that matches, named so a failure says which. */
async function boxesOf(page: Page, selector: string): Promise<Box[]> {
  return page.locator(selector).evaluateAll((elements) =>
    elements.flatMap((element) => {
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) return [];
      const name = `${element.className || element.tagName} “${(element.textContent ?? '').trim().slice(0, 30)}”`;
      return [{ name, left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom }];
    }),
  );
}

/** The one element that matches; fails the test when there is none. */
async function boxOf(page: Page, selector: string): Promise<Box> {
  const [box] = await boxesOf(page, selector);
  if (!box) throw new Error(`${selector} is not on the page`);
  return box;
}

function intersect(a: Box, b: Box) {
  // Touching edges are not an overlap; a fraction of a pixel is rounding.
  return a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
}

function overlaps(boxes: Box[]) {
  const found: string[] = [];
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) if (intersect(a, b)) found.push(`${a.name} × ${b.name}`);
  });
  return found;
}

function outside(boxes: Box[], frame: Box) {
  return boxes
    .filter(
      (box) =>
        box.left < frame.left - 0.5 ||
        box.right > frame.right + 0.5 ||
        box.top < frame.top - 0.5 ||
        box.bottom > frame.bottom + 0.5,
    )
    .map((box) => box.name);
}

async function open(page: Page, path: string, language: string, size: (typeof SIZES)[number]) {
  await page.setViewportSize(size);
  await page.goto(`${path}&lang=${language}`);
  await waitForMap(page);
  // The charts draw after the map, once scrolled to; their final size is the one to check.
  await drawEveryChart(page);
  await page.evaluate(() => document.fonts.ready);
}

for (const language of ['en', 'zh'] as const) {
  for (const size of SIZES) {
    for (const [name, path] of PAGES) {
      test(`${name} fits ${size.width}×${size.height} (${language})`, async ({ page }) => {
        await open(page, path, language, size);

        const scroll = await page.evaluate(() => {
          const root = document.scrollingElement as HTMLElement;
          return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
        });
        expect(scroll.scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(scroll.clientWidth);

        const frame = await boxOf(page, '.map-frame');
        const controls = await boxesOf(page, MAP_CONTROLS);
        // Attribution, scale, zoom buttons and the toolbar's four buttons.
        expect(controls.length).toBeGreaterThanOrEqual(7);
        expect(overlaps(controls), 'map controls on top of one another').toEqual([]);
        expect(outside(controls, frame), 'map controls cut off by the map’s edge').toEqual([]);

        const header = await boxesOf(page, '.atlas-header h1, .atlas-header .lede, .header-actions button');
        expect(overlaps(header), 'header text under its buttons').toEqual([]);

        const embedTitle = await boxesOf(page, '.embed h1');
        expect(overlaps([...embedTitle, ...controls]), 'the embed’s title under a map control').toEqual([]);

        if (path.startsWith('/embed')) return;
        // Every chart panel is whole on screen, not hidden past the edge of a row that scrolls.
        const row = await boxOf(page, '.charts-row');
        const panels = await boxesOf(page, '.chart-panel');
        expect(panels).toHaveLength(5);
        expect(
          panels
            .filter((panel) => panel.left < row.left - 0.5 || panel.right > row.right + 0.5)
            .map((p) => p.name),
          'chart panels cut off at the side',
        ).toEqual([]);
        expect(overlaps(panels), 'chart panels on top of one another').toEqual([]);
      });
    }
  }
}
