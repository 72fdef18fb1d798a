import { expect, type Page } from '@playwright/test';
import { test } from './fixtures';
import { MAP, waitForMap } from './map-helpers';

const gdpPanel = (page: Page) => page.locator('[data-panel="gdp"]');

async function featureState(page: Page, id: string) {
  return page.evaluate(
    ({ selector, id }) => {
      const map = (
        document.querySelector(selector) as HTMLElement & {
          atlasMap: { getFeatureState(f: { source: string; id: string }): Record<string, unknown> };
        }
      ).atlasMap;
      return map.getFeatureState({ source: 'atlas-places', id });
    },
    { selector: MAP, id },
  );
}

test.describe('the charts', () => {
  test('are on the first screen of a laptop, beside the map', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto('/');
    const chart = await gdpPanel(page).boundingBox();
    expect(chart?.y ?? 9999).toBeLessThan(768 - 80);
  });

  test('selecting Boston in the list highlights Boston in the GDP chart', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: /^Boston 波士顿/ }).click();
    const legend = gdpPanel(page).locator('.place-legend');
    await expect(legend.getByRole('button', { name: 'Boston' })).toHaveAttribute('aria-pressed', 'true');
    await expect(legend.getByRole('button', { name: 'Shanghai' })).toHaveAttribute('aria-pressed', 'false');
    // Boston's line at full strength, the others faded.
    await expect(gdpPanel(page).locator('path.recharts-curve[stroke="#b8477f"]').first()).toHaveCSS(
      'opacity',
      '1',
    );
    await expect(gdpPanel(page).locator('path.recharts-curve[stroke="#0072B2"]').first()).toHaveCSS(
      'opacity',
      '0.2',
    );
  });

  test('hovering a bar highlights its place on the map', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    const bar = page.locator('[data-panel="gdppc"] .recharts-bar-rectangle').nth(1);
    await bar.hover();
    await expect.poll(() => featureState(page, 'suzhou')).toMatchObject({ hover: true });
    await page.mouse.move(0, 0);
    await expect.poll(() => featureState(page, 'suzhou')).toMatchObject({ hover: false });
  });

  test('the currency switch changes a value by exactly the year’s rate', async ({ page, request }) => {
    await page.goto('/?v=1&tbl=gdp');
    const cell = gdpPanel(page).locator('tr[data-place="shaoxing"][data-year="2017"] td[data-value]');
    const yuan = Number(await cell.getAttribute('data-value'));
    await page.getByRole('button', { name: 'US dollars (USD)' }).click();
    await expect(page).toHaveURL(/cur=USD/);
    await expect(cell).not.toHaveAttribute('data-value', String(yuan));
    const dollars = Number(await cell.getAttribute('data-value'));
    const api = await (
      await request.get('/api/stats?metric=gdp&places=shaoxing&from=2017&to=2017&currency=USD')
    ).json();
    const rate = api.rates[0].cnyPerUsd;
    expect(yuan).toBe(510.8);
    expect(dollars * rate).toBeCloseTo(yuan, 6);
    await gdpPanel(page).getByText('Notes, marks and rates').click();
    await expect(gdpPanel(page)).toContainText(`2017 ${rate} (Federal Reserve G.5A)`);
  });

  test('the CSV download equals what the API returns for the same view', async ({ page, request }) => {
    await page.goto('/?v=1&cur=USD&yr=2016-2021');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      gdpPanel(page).getByRole('link', { name: 'CSV' }).click(),
    ]);
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    const file = await readFile(path, 'utf8');
    const api = await request.get(
      '/api/stats?metric=gdp&places=shanghai,suzhou,shaoxing,boston&currency=USD&from=2016&to=2021&format=csv',
    );
    expect(file).toBe(await api.text());
    expect(file.split('\r\n')[0]).toContain('status');
  });

  test('the SVG download is the chart as drawn, with the places out of focus faded', async ({ page }) => {
    await page.goto('/?sel=place:boston');
    // The export saves the drawn chart, so it waits until Recharts has drawn it.
    await expect(
      gdpPanel(page).locator('svg.recharts-surface path[data-focus-place="boston"]'),
    ).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      gdpPanel(page).getByRole('button', { name: 'SVG' }).click(),
    ]);
    const { readFile } = await import('node:fs/promises');
    const file = await readFile(await download.path(), 'utf8');
    const line = (place: string) => new RegExp(`<path[^>]*data-focus-place="${place}"[^>]*>`).exec(file)?.[0];
    expect(line('shanghai')).toMatch(/\sopacity="0.2"/);
    expect(line('boston')).toBeDefined();
    expect(line('boston')).not.toMatch(/\sopacity="/);
  });

  test('the table view lists the same numbers as the chart', async ({ page, request }) => {
    await page.goto('/');
    const api = await (
      await request.get(
        '/api/stats?metric=gdp&places=shanghai,suzhou,shaoxing,boston&currency=CNY&from=2015&to=2024',
      )
    ).json();
    const plotted = api.series.flatMap(
      (s: { place: string; points: { year: number; value: number | null }[] }) =>
        s.points.filter((p) => p.value !== null).map((p) => `${s.place}:${p.year}:${p.value}`),
    );
    // Every figure with a value is drawn as exactly one mark on the chart, and nothing else is.
    await expect(gdpPanel(page).locator('.recharts-line-dots :is(circle, polygon, rect)')).toHaveCount(
      plotted.length,
    );
    await gdpPanel(page).getByRole('button', { name: 'Table' }).click();
    await expect(page).toHaveURL(/tbl=gdp/);
    const rows = await gdpPanel(page)
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs
          .map((tr) => [
            tr.getAttribute('data-place'),
            tr.getAttribute('data-year'),
            tr.querySelector('td[data-value]')?.getAttribute('data-value'),
          ])
          .filter(([, , value]) => value !== '')
          .map((cells) => cells.join(':')),
      );
    expect(rows.sort()).toEqual(plotted.sort());
  });

  test('the year range filters the links on the map, the list and the charts together', async ({ page }) => {
    await page.goto('/?v=1&yr=2019-2021');
    await waitForMap(page);
    const list = page.getByRole('navigation', { name: 'Places and links' });
    await expect(list.getByRole('button', { name: /Shanghai–Suzhou science/ })).toBeVisible();
    await expect(list.getByRole('button', { name: /Shanghai Zhangjiang Boston/ })).toHaveCount(0);
    await expect(list).toContainText('2 links are outside 2019–2021');
    await expect(gdpPanel(page)).toContainText('2019–2021');
    const drawnLinks = () =>
      page.evaluate(async (selector) => {
        const map = (
          document.querySelector(selector) as HTMLElement & {
            atlasMap: { getSource(id: string): { getData(): Promise<{ features: { id: string }[] }> } };
          }
        ).atlasMap;
        const data = await map.getSource('atlas-links').getData();
        return data.features.map((f) => f.id).sort();
      }, MAP);
    await expect
      .poll(drawnLinks)
      .toEqual([
        'east-center-southern-jiangsu-center',
        'shanghai-shaoxing-technology-transfer',
        'shanghai-suzhou-193-tasks',
      ]);
    await page.getByRole('button', { name: 'All years' }).click();
    await expect(list.getByRole('button', { name: /Shanghai Zhangjiang Boston/ })).toBeVisible();
    await expect.poll(drawnLinks).toHaveLength(5);
  });

  test('shows an error inside the panel when its figures cannot load, and the page stays up', async ({
    page,
  }) => {
    await page.route('**/api/stats?metric=park_area**', (route) =>
      route.fulfill({ status: 500, contentType: 'application/json', body: '{"error":{}}' }),
    );
    // The first paint carries the dollar figures; switching to yuan fetches new ones, and the area fetch fails.
    await page.goto('/?v=1&cur=USD');
    await page.getByRole('button', { name: 'Yuan (CNY)' }).click();
    await expect(page.locator('[data-panel="area"]').getByRole('alert')).toContainText('could not be loaded');
    await expect(gdpPanel(page).locator('tr, .recharts-surface').first()).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('a chart below the fold stays the server’s sketch until the reader scrolls to it', async ({
    page,
  }) => {
    // A phone: the map fills the first screen, and every chart is further down the page.
    await page.setViewportSize({ width: 412, height: 823 });
    await page.goto('/');
    await waitForMap(page);
    const canvas = (panel: string) => page.locator(`[data-panel="${panel}"] .chart-canvas`);
    // Straight to the third chart, past the first. Had the charts drawn once the map was
    // ready, whether seen or not, the first would have drawn before the third (in turn).
    await canvas('area').scrollIntoViewIfNeeded();
    await expect(canvas('area').locator('svg.recharts-surface')).toBeVisible();
    await expect(canvas('gdp')).toHaveAttribute('aria-busy', 'true');
    await expect(canvas('gdp').locator('[data-sketch]')).toBeAttached();
    // And back up, as a reader would: the first chart draws now.
    await canvas('gdp').scrollIntoViewIfNeeded();
    await expect(canvas('gdp').locator('svg.recharts-surface')).toBeVisible();
    await expect(canvas('gdp')).not.toHaveAttribute('aria-busy');
  });

  test.describe(() => {
    // This reader's pointer is on the map before the scripts run, and nothing else says so.
    test.use({ liveMapAtOnce: false });

    test('wait for the map, but not for a map that never finishes', async ({ page }) => {
      // The basemap is never answered, so the map never becomes ready.
      await page.route('**/basemap/world.geojson', () => {});
      // The reader's pointer is on the map before the scripts run: the charts wait for the live
      // map it asks for (components/map/live-map-intent.ts). The scripts are held until then.
      let releaseScripts = () => {};
      const scriptsHeld = new Promise<void>((resolve) => {
        releaseScripts = resolve;
      });
      await page.route('**/_next/static/chunks/**', async (route) => {
        await scriptsHeld;
        await route.continue();
      });
      await page.goto('/', { waitUntil: 'commit' });
      const stack = page.locator('.map-stack');
      await expect(stack).toBeVisible();
      const box = await stack.boundingBox();
      if (!box) throw new Error('the map has no box');
      await page.mouse.move(box.x + 300, box.y + 80);
      releaseScripts();
      await expect(stack).toHaveAttribute('data-live-map', 'loading');
      const canvas = gdpPanel(page).locator('.chart-canvas');
      await expect(canvas).toHaveAttribute('aria-busy', 'true');
      await expect(canvas.locator('svg.recharts-surface')).toHaveCount(0);
      await expect(canvas.locator('svg.recharts-surface')).toBeVisible({ timeout: 15_000 });
      await expect(canvas).not.toHaveAttribute('aria-busy');
      await expect(page.locator(MAP)).toHaveAttribute('data-map-ready', 'false');
    });

    test('an image download asked of a chart still showing its sketch draws it, then saves it', async ({
      page,
    }) => {
      // The clock stands still: the 4 s at which the charts stop waiting for the map never come.
      await page.clock.install({ time: 0 });
      await page.clock.pauseAt(1000);
      await page.goto('/');
      await page.waitForSelector('html[data-hydrated="true"]', { state: 'attached' });
      const canvas = gdpPanel(page).locator('.chart-canvas');
      await expect(canvas).toHaveAttribute('aria-busy', 'true');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        gdpPanel(page).getByRole('button', { name: 'SVG' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('gdp.svg');
      const { readFile } = await import('node:fs/promises');
      expect(await readFile(await download.path(), 'utf8')).toMatch(/<svg[^>]*class="recharts-surface"/);
      await expect(canvas).not.toHaveAttribute('aria-busy');
      await expect(gdpPanel(page).getByRole('alert')).toHaveCount(0);
      // The reader went to the chart, not to the map.
      await expect(page.locator('.map-stack')).toHaveAttribute('data-live-map', 'waiting');
    });
  });
});

test.describe('breaks and gaps', () => {
  test('a line that changes release carries a tick, named in the notes and in the table', async ({
    page,
    request,
  }) => {
    await page.goto('/');
    const panel = gdpPanel(page);
    await expect(panel.locator('g[data-break][data-focus-place="shanghai"][data-year="2021"]')).toHaveCount(
      1,
    );
    await expect(panel.locator('g[data-focus-place="shanghai"][data-year="2020"]')).toHaveCount(1);
    await expect(panel.locator('g[data-break][data-focus-place="shanghai"][data-year="2020"]')).toHaveCount(
      0,
    );
    await panel.getByText('Notes, marks and rates').click();
    await expect(panel.locator('[data-line-breaks]')).toContainText(
      'Shanghai 2021 (Break in the line: a different release from the previous figure (first published))',
    );

    // Every row's notes say "break" exactly where the API marks one.
    await page.goto('/?v=1&tbl=gdp');
    const api = await (
      await request.get('/api/stats?metric=gdp&places=shanghai,suzhou,shaoxing,boston&from=2015&to=2024')
    ).json();
    let breaks = 0;
    for (const series of api.series as {
      place: string;
      points: { year: number | null; value: number | null; vintageBreak: boolean }[];
    }[]) {
      for (const point of series.points) {
        if (point.year === null) continue;
        const cell = panel.locator(
          `tr[data-place="${series.place}"][data-year="${point.year}"] td[data-notes]`,
        );
        const broken = point.value !== null && point.vintageBreak;
        if (broken) breaks += 1;
        if (broken) await expect(cell).toHaveAttribute('data-notes', /vintageBreak/);
        else await expect(cell).not.toHaveAttribute('data-notes', /vintageBreak/);
      }
    }
    expect(breaks).toBeGreaterThan(0);
    await expect(panel.locator('tr[data-place="boston"][data-year="2021"] td[data-notes]')).toContainText(
      'BEA 2021 data, as of Apr 2023',
    );
  });

  test('the per-capita chart lists the places it has no figure for, with why', async ({ page }) => {
    await page.goto('/');
    const panel = page.locator('[data-panel="gdppc"]');
    const caveat = panel.locator('.gap-list[data-gaps="short"]');
    await expect(caveat.locator('[data-gap="boston"]')).toHaveAttribute('data-reason', 'none');
    await expect(caveat.locator('[data-gap="boston"]')).toHaveText('Boston: no figure in any year');
    // Each of the four places is a bar or a listed gap, never neither (bars draw after the map).
    await expect(panel.locator('.recharts-bar-rectangle').first()).toBeVisible();
    const bars = await panel.locator('.recharts-bar-rectangle').count();
    const gaps = await caveat.locator('[data-gap]').count();
    expect(bars).toBeGreaterThan(0);
    expect(bars + gaps).toBe(4);
    await panel.getByText('Notes, marks and rates').click();
    await expect(panel.locator('.chart-notes [data-gap="boston"]')).toContainText(
      'Boston-Cambridge-Newton, MA-NH Metropolitan Statistical Area',
    );

    await page.goto('/?v=1&lang=zh');
    await expect(page.locator('[data-panel="gdppc"] [data-gaps="short"] [data-gap="boston"]')).toHaveText(
      '波士顿：任何年份均无数值',
    );
  });

  test('the GDP legend names each line’s kind of territory', async ({ page }) => {
    await page.goto('/');
    const legend = gdpPanel(page).locator('.place-legend');
    await expect(legend.getByRole('button', { name: 'Boston' })).toHaveText('Bostonmetro area');
    await expect(legend.getByRole('button', { name: 'Suzhou' })).toHaveText('Suzhouprefecture-level city');
    await expect(legend.getByRole('button', { name: 'Shanghai' })).toHaveText('Shanghaimunicipality');
    await page.goto('/?v=1&lang=zh');
    await expect(gdpPanel(page).locator('.place-legend')).toContainText('波士顿都市区');
  });

  test('the area and cooperation panels each say what their figures support', async ({ page }) => {
    await page.goto('/?v=1&pn=area,coop');
    const area = page.locator('[data-panel="area"] [data-comparison-sentence="area"]');
    await expect(area).toContainText(/^What the figures say: Of the \d+ areas shown, the largest is /);
    await expect(area).toContainText('each source draws its own boundary');
    const coop = page.locator('[data-panel="coop"] [data-comparison-sentence="coop"]');
    await expect(coop).toContainText('5 links in 2015–2024, the most in 2021 (2)');
    // It follows the view's years.
    await page.goto('/?v=1&pn=area,coop&yr=2016-2019');
    await expect(coop).toContainText('2 links in 2016–2019, the most in 2016 and 2019 (1)');
    await page.goto('/?v=1&pn=coop&yr=2017-2018&lang=zh');
    await expect(coop).toContainText('2017–2018年间没有来源文件提到的合作');
  });

  test('a per-capita bar on a new population basis carries the break tick', async ({ page }) => {
    // 2020: both derived figures divide by the census after years of estimates.
    await page.goto('/?v=1&yr=2019-2020');
    const panel = page.locator('[data-panel="gdppc"]');
    await expect(panel.getByRole('heading', { name: 'GDP per capita, 2020' })).toBeVisible();
    await expect(panel.locator('.recharts-bar-rectangle')).toHaveCount(2);
    await expect(panel.locator('g[data-break]')).toHaveCount(2);
    await page.goto('/?v=1&yr=2019-2019');
    await expect(panel.getByRole('heading', { name: 'GDP per capita, 2019' })).toBeVisible();
    await expect(panel.locator('.recharts-bar-rectangle').first()).toBeVisible();
    await expect(panel.locator('g[data-break]')).toHaveCount(0);
  });

  test('a per-capita tooltip says which population the figure is divided by', async ({ page }) => {
    await page.goto('/');
    await page.locator('[data-panel="gdppc"] .recharts-bar-rectangle').first().hover();
    const tooltip = page.locator('[data-panel="gdppc"] .chart-tooltip');
    await expect(tooltip.locator('.point-note').first()).toContainText(/resident population/);
  });
});
