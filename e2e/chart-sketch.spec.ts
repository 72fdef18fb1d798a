import AxeBuilder from '@axe-core/playwright';
import { type APIRequestContext, type Browser, expect, type Locator, type Page } from '@playwright/test';
import { drawEveryChart } from './chart-helpers';
import { test } from './fixtures';
import { waitForMap } from './map-helpers';

/**
 * The server's sketches of the charts (components/charts/ChartSketch.tsx): in the HTML with
 * JavaScript off, with a mark or bar for every figure the API answers, and replaced by the
 * Recharts chart in the same box and on the same ticks once the map has settled.
 */

const GDP_PLACES = 'shanghai,suzhou,shaoxing,boston';
const AREA_PLACES = 'zhangjiang,lingang,suzhou-industrial-park,boston';
const YEARS = { from: 2015, to: 2024 };

type Point = {
  year: number | null;
  value: number | null;
  qualifier: string;
  original: { value: number | null; unit: string };
};
type Series = { place: string; points: Point[] };

async function stats(request: APIRequestContext, search: string): Promise<Series[]> {
  const response = await request.get(`/api/stats?${search}`);
  expect(response.ok()).toBe(true);
  return (await response.json()).series;
}

const inYears = (p: Point) => p.year !== null && p.year >= YEARS.from && p.year <= YEARS.to;

/** The figures a line chart marks: one per place and year with a value (a lower bound included, beside the line). */
const levelFigures = (series: Series[]) =>
  new Set(
    series.flatMap((s) =>
      s.points.filter((p) => inYears(p) && p.value !== null).map((p) => `${s.place}:${p.year}`),
    ),
  ).size;

/** Each place's series with the most figures in its own currency in the years (the one the index and growth modes use). */
function mainSeries(series: Series[]): Series[] {
  const count = (s: Series) => s.points.filter((p) => inYears(p) && p.original.value !== null).length;
  const best = new Map<string, Series>();
  for (const s of series) {
    const current = best.get(s.place);
    if (!current || count(s) > count(current)) best.set(s.place, s);
  }
  return [...best.values()];
}

/** The indexed figures: every figure in the base figure's unit, the base (the first in the years) included. */
const indexFigures = (series: Series[]) =>
  mainSeries(series).reduce((total, s) => {
    const figures = s.points
      .filter((p) => inYears(p) && p.original.value !== null)
      .sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
    const base = figures[0];
    return total + (base ? figures.filter((p) => p.original.unit === base.original.unit).length : 0);
  }, 0);

async function jsOff(browser: Browser, path: string) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(path);
  return { page, close: () => context.close() };
}

const sketch = (page: Page, panel: string) => page.locator(`[data-panel="${panel}"] [data-sketch]`);
const marks = (root: Locator) => root.locator('[data-mark]');
const bars = (root: Locator) => root.locator('[data-bar]');
const yTicks = (root: Locator) => root.locator('.chart-sketch-tick-y:not(.chart-sketch-category)');

test.describe('with JavaScript off', () => {
  test('every panel shown by default has its sketch, a mark or bar for each figure', async ({
    browser,
    request,
  }) => {
    const { page, close } = await jsOff(browser, '/');
    await expect(page.locator('[data-sketch]')).toHaveCount(4);
    await expect(page.locator('.chart-canvas [data-sketch]')).toHaveCount(4);

    const gdp = await stats(request, `metric=gdp&places=${GDP_PLACES}&currency=CNY&from=2015&to=2024`);
    const levels = sketch(page, 'gdp');
    await expect(levels).toHaveAttribute('data-sketch', 'gdp-levels');
    expect(levelFigures(gdp)).toBeGreaterThan(0);
    await expect(marks(levels)).toHaveCount(levelFigures(gdp));
    const joined = new Set(
      gdp
        .filter((s) => s.points.some((p) => inYears(p) && p.value !== null && p.qualifier !== 'more_than'))
        .map((s) => s.place),
    );
    await expect(levels.locator('[data-line]')).toHaveCount(joined.size);

    // Per capita: the year the title names, one bar per place with a figure then.
    const title = await page.locator('[data-panel="gdppc"] h2').textContent();
    const year = Number(/\d{4}/.exec(title ?? '')?.[0]);
    expect(year).toBeGreaterThanOrEqual(YEARS.from);
    const perCapita = await stats(
      request,
      `metric=gdp_per_capita&places=${GDP_PLACES}&currency=CNY&from=2015&to=2024`,
    );
    const thatYear = perCapita.filter((s) =>
      s.points.some((p) => p.year === year && p.value !== null),
    ).length;
    expect(thatYear).toBeGreaterThan(0);
    await expect(bars(sketch(page, 'gdppc'))).toHaveCount(thatYear);
    await expect(marks(sketch(page, 'gdppc'))).toHaveCount(thatYear);

    const area = await stats(request, `metric=park_area&places=${AREA_PLACES}&currency=CNY`);
    const areaFigures = area.flatMap((s) => s.points).filter((p) => p.value !== null).length;
    expect(areaFigures).toBeGreaterThan(0);
    await expect(bars(sketch(page, 'area'))).toHaveCount(areaFigures);
    await expect(marks(sketch(page, 'area'))).toHaveCount(areaFigures);

    // Cooperation: a bar segment for each year and kind with at least one link.
    const links: { features: { properties: { year: number; kind: string } }[] } = await (
      await request.get('/api/links')
    ).json();
    const segments = new Set(links.features.map((f) => `${f.properties.year}:${f.properties.kind}`)).size;
    expect(segments).toBeGreaterThan(0);
    await expect(bars(sketch(page, 'coop'))).toHaveCount(segments);

    // Drawn, not read aloud: the table and the sentence carry the figures.
    for (const panel of ['gdp', 'gdppc', 'area', 'coop'])
      await expect(sketch(page, panel)).toHaveAttribute('aria-hidden', 'true');
    await close();
  });

  test('the sketched charts have no WCAG 2.2 AA violation', async ({ page }) => {
    // The app's scripts held back, the server's HTML stays as it came; axe brings its own script.
    await page.route(/\/_next\/static\/chunks\/.*\.js$/, (route) => route.abort());
    await page.goto('/');
    await expect(page.locator('.chart-canvas [data-sketch]')).toHaveCount(4);
    const results = await new AxeBuilder({ page })
      .include('.charts')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
      .analyze();
    expect(results.passes.length).toBeGreaterThan(0);
    expect(
      results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) })),
    ).toEqual([]);
  });

  const LANGUAGES = [
    { lang: 'en', path: '/', levelUnit: 'billion yuan', areaUnit: 'km²', format: 'en-GB', scale: 1 },
    { lang: 'zh', path: '/?lang=zh', levelUnit: '亿元', areaUnit: '平方公里', format: 'zh-CN', scale: 10 },
  ];
  for (const { lang, path, levelUnit, areaUnit, format, scale } of LANGUAGES) {
    test(`tick labels and axis titles are in the reading language: ${lang}`, async ({ browser }) => {
      const { page, close } = await jsOff(browser, path);
      const levels = sketch(page, 'gdp');
      await expect(levels.locator('.chart-sketch-title')).toHaveText(levelUnit);
      await expect(sketch(page, 'area').locator('.chart-sketch-unit')).toHaveText(areaUnit);
      // The sketch's axis runs 0, step, 2 × step…: each label is its tick in the language's scale and digits.
      const labels = await yTicks(levels).allTextContents();
      expect(labels.length).toBeGreaterThanOrEqual(3);
      const step = Number(labels[1]?.replace(/\D/g, '')) / scale;
      const expected = labels.map((_, i) =>
        new Intl.NumberFormat(format, { maximumFractionDigits: 0 }).format(i * step * scale),
      );
      expect(labels).toEqual(expected);
      expect(labels.at(-1)).toMatch(/,/);
      await close();
    });
  }

  test('the levels labels in Chinese are the English ones in 亿 (10⁸), not billions', async ({ browser }) => {
    const en = await jsOff(browser, '/');
    const zh = await jsOff(browser, '/?lang=zh');
    const number = (text: string) => Number(text.replace(/\D/g, ''));
    const enLabels = (await yTicks(sketch(en.page, 'gdp')).allTextContents()).map(number);
    const zhLabels = (await yTicks(sketch(zh.page, 'gdp')).allTextContents()).map(number);
    expect(zhLabels).toEqual(enLabels.map((n) => n * 10));
    await en.close();
    await zh.close();
  });

  test('cmp=index with cur=USD sketches the indexed lines, a mark per indexed figure', async ({
    browser,
    request,
  }) => {
    const { page, close } = await jsOff(browser, '/?cmp=index&cur=USD');
    const index = sketch(page, 'gdp');
    await expect(index).toHaveAttribute('data-sketch', 'gdp-index');
    await expect(index.locator('.chart-sketch-title')).toHaveText('index');
    const gdp = await stats(request, `metric=gdp&places=${GDP_PLACES}&currency=USD&from=2015&to=2024`);
    expect(indexFigures(gdp)).toBeGreaterThan(0);
    await expect(marks(index)).toHaveCount(indexFigures(gdp));
    // The line at 100 is on the axis: every line starts there.
    await expect(yTicks(index)).toContainText(['100']);
    await expect(sketch(page, 'gdppc').locator('.chart-sketch-title')).toHaveText('US dollars');
    await close();
  });

  test('cmp=growth with cur=USD sketches a bar per place with a rate, and lists the rest', async ({
    browser,
    request,
  }) => {
    const { page, close } = await jsOff(browser, '/?cmp=growth&cur=USD');
    const growth = sketch(page, 'gdp');
    await expect(growth).toHaveAttribute('data-sketch', 'gdp-growth');
    const gdp = await stats(request, `metric=gdp&places=${GDP_PLACES}&currency=USD&from=2015&to=2024`);
    const withRate = mainSeries(gdp).filter((s) => {
      const years = new Set(
        s.points.filter((p) => inYears(p) && p.original.value !== null).map((p) => p.year),
      );
      return years.size >= 2;
    }).length;
    expect(withRate).toBeGreaterThan(0);
    await expect(bars(growth)).toHaveCount(withRate);
    await expect(growth.locator('.chart-sketch-note')).toHaveCount(withRate);
    await expect(growth.locator('.chart-sketch-tick-x').first()).toHaveText(/%$/);
    await close();
  });
});

/** Each canvas's numeric axis labels (not a bar chart's category names), with their centres on the page. */
const tickCentres = (page: Page, selector: string) =>
  page.locator('.chart-canvas').evaluateAll(
    (all, selector) =>
      all.map((canvas) =>
        [...canvas.querySelectorAll(selector)]
          .filter(
            (t) =>
              !t.classList.contains('chart-sketch-category') && /^[\d,.\-−%\s]+$/.test(t.textContent ?? ''),
          )
          .map((t) => {
            const box = t.getBoundingClientRect();
            return {
              text: (t.textContent ?? '').trim(),
              x: box.x + box.width / 2,
              y: box.y + box.height / 2,
            };
          }),
      ),
    selector,
  );

test.describe('with JavaScript on', () => {
  for (const path of ['/', '/?cmp=index&cur=USD', '/?cmp=growth&lang=zh']) {
    test(`Recharts takes the sketch's place in the same box, on the same value ticks: ${path}`, async ({
      page,
    }) => {
      // Read as soon as the HTML is in: the charts draw only once the map has settled.
      await page.goto(path, { waitUntil: 'domcontentloaded' });
      await expect(page.locator('.chart-canvas [data-sketch]')).toHaveCount(4);
      const canvases = page.locator('.chart-canvas');
      const before = await canvases.evaluateAll((all) =>
        all.map((c) => {
          const { x, y, width, height } = c.getBoundingClientRect();
          return { x, y, width, height };
        }),
      );
      const sketchTicks = await tickCentres(page, '.chart-sketch-tick-x, .chart-sketch-tick-y');

      await waitForMap(page);
      await drawEveryChart(page);
      await expect(page.locator('.chart-canvas [data-sketch]')).toHaveCount(0);
      const after = await canvases.evaluateAll((all) =>
        all.map((c) => {
          const { x, y, width, height } = c.getBoundingClientRect();
          return { x, y, width, height };
        }),
      );
      expect(after).toEqual(before);

      // Every number the sketch wrote on its axes, Recharts writes too, in the same place.
      const drawnTicks = await tickCentres(page, '.recharts-cartesian-axis-tick-value');
      sketchTicks.forEach((ticks, i) => {
        expect(ticks.length).toBeGreaterThan(0);
        for (const tick of ticks) {
          const drawn = drawnTicks[i]?.find((d) => d.text === tick.text);
          expect(drawn, `canvas ${i}: Recharts writes ${tick.text}`).toBeDefined();
          expect(Math.abs((drawn?.x ?? 0) - tick.x), `canvas ${i}: ${tick.text} across`).toBeLessThan(3);
          expect(Math.abs((drawn?.y ?? 0) - tick.y), `canvas ${i}: ${tick.text} up and down`).toBeLessThan(3);
        }
      });
    });
  }
});
