import { expect } from '@playwright/test';
import { PLACE_COLOURS } from '../lib/palette';
import { test } from './fixtures';

/** The pages are read without JavaScript (and so without WebGL): everything below is server HTML. */
test.describe('entity pages without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a place: names, figures with year, unit, geography, status and source, sources, citations', async ({
    page,
  }) => {
    const response = await page.goto('/places/shaoxing?lang=en');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Shaoxing');
    await expect(page.locator('dd[lang="zh-CN"]')).toHaveText('绍兴');
    await expect(page).toHaveTitle(/Shaoxing 绍兴 — Innovation Atlas/);

    const figures = page.getByTestId('place-figures');
    await expect(figures.locator('thead')).toContainText('Year');
    await expect(figures.locator('thead')).toContainText('Geography');
    const gdp2017 = figures.locator('tr[data-metric="gdp"][data-year="2017"]');
    await expect(gdp2017).toHaveCount(1);
    await expect(gdp2017).toContainText('billion yuan');
    await expect(gdp2017).toContainText('Shaoxing');

    // The link that starts here, and the way to its page.
    await expect(page.getByTestId('place-links').getByRole('link')).toContainText([/Shaoxing Sub-center/]);

    // Every source with its quote, and the shipped document with the quote marked.
    const sources = page.getByTestId('entity-sources');
    await expect(sources.locator('blockquote').first()).not.toBeEmpty();
    await expect(
      sources.getByRole('link', { name: 'read the whole document, quote marked' }).first(),
    ).toHaveAttribute('href', /^\/documents\/[a-z0-9-]+\?q=[a-z0-9-]+&lang=en$/);

    // The citation of the page itself, in both styles, with the day it was read.
    const today = new Date().toISOString().slice(0, 10);
    const apa = page.getByTestId('citation-apa');
    await expect(apa).toHaveText(
      /^Innovation Atlas\. \(n\.d\.\)\. Shaoxing\. Retrieved .+, from http:\/\/.+\/places\/shaoxing\?lang=en$/,
    );
    await expect(page.getByTestId('citation-gbt7714')).toHaveText(
      new RegExp(
        `^Innovation Atlas\\. Shaoxing\\[EB/OL\\]\\. \\[${today}\\]\\. http://.+/places/shaoxing\\?lang=en\\.$`,
      ),
    );
    // No script ran: the copy buttons are there, but the text is what a reader copies.
    await expect(page.getByTestId('cite-this')).toContainText('GB/T 7714-2015');

    // Back to the atlas with the place selected.
    await expect(page.getByTestId('show-on-map')).toHaveAttribute('href', '/?v=1&sel=place:shaoxing&lang=en');
  });

  test('a place or link page draws its entity on the map, framed, with no script', async ({ page }) => {
    await page.goto('/places/shaoxing?lang=en');
    const map = page.locator('figure[data-map-for="place:shaoxing"]');
    await expect(map.locator('figcaption')).toHaveText('Shaoxing on the map');
    const svg = map.locator('svg');
    await expect(svg.locator('title')).toHaveText('Shaoxing on the map');
    const circles = await svg.locator('circle').evaluateAll((nodes) =>
      nodes.map((n) => ({
        fill: n.getAttribute('fill'),
        opacity: n.getAttribute('opacity'),
        cx: Number(n.getAttribute('cx')),
        cy: Number(n.getAttribute('cy')),
      })),
    );
    const [width, height] = ((await svg.getAttribute('viewBox')) ?? '').split(' ').slice(2).map(Number);
    const shaoxing = circles.filter((c) => c.fill === PLACE_COLOURS.shaoxing && c.opacity === null);
    expect(shaoxing.length).toBeGreaterThan(0);
    for (const c of shaoxing) {
      expect(c.cx).toBeGreaterThan((width ?? 0) * 0.2);
      expect(c.cx).toBeLessThan((width ?? 0) * 0.8);
      expect(c.cy).toBeGreaterThan((height ?? 0) * 0.2);
      expect(c.cy).toBeLessThan((height ?? 0) * 0.8);
    }

    // A link page frames both its ends.
    await page.goto('/links/shanghai-shaoxing-technology-transfer?lang=en');
    const link = page.locator('figure[data-map-for="link:shanghai-shaoxing-technology-transfer"] svg');
    const fills = await link
      .locator('circle:not([opacity])')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('fill')));
    expect(fills).toEqual(expect.arrayContaining([PLACE_COLOURS.shanghai, PLACE_COLOURS.shaoxing]));
  });

  test('a link: actors and roles, status, timeline, evidence and its sources with quotes', async ({
    page,
  }) => {
    await page.goto('/links/shanghai-suzhou-193-tasks?lang=en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Shanghai–Suzhou science and innovation cooperation tasks',
    );
    await expect(page.getByTestId('link-actors').getByRole('link').first()).toHaveAttribute(
      'href',
      /^\/organizations\/[a-z0-9-]+\?lang=en$/,
    );
    await expect(page.getByTestId('link-status')).not.toBeEmpty();
    await expect(page.getByTestId('link-evidence')).toHaveAttribute('data-grade', /^(strong|moderate|weak)$/);
    const quote = page
      .getByTestId('entity-sources')
      .locator('[data-source="seed-shanghai-suzhou-tasks-2021"]');
    await expect(quote.locator('blockquote')).toContainText('193 science and innovation cooperation tasks');
    await expect(quote.getByRole('link', { name: 'read the whole document, quote marked' })).toHaveAttribute(
      'href',
      '/documents/shanghai-suzhou-tasks-2021?q=seed-shanghai-suzhou-tasks-2021&lang=en',
    );
    // The underlying sources are cited too, each work once.
    const cited = page.locator('[data-style="apa"] .cite-sources li');
    const texts = await cited.allTextContents();
    expect(texts.length).toBeGreaterThan(0);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts.join('\n')).toContain('(2021, October 26)');
  });

  test('an organization: seat, roles, sources', async ({ page }) => {
    await page.goto('/organizations/zhangjiang-hi-tech-zone?lang=en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Shanghai Zhangjiang Hi-Tech Zone');
    await expect(
      page.getByTestId('organization-seat').getByRole('link', { name: 'Shanghai' }),
    ).toHaveAttribute('href', '/places/shanghai?lang=en');
    await expect(page.getByTestId('organization-roles')).toContainText(
      'Shanghai Zhangjiang Boston Enterprise Park',
    );
    await expect(page.getByTestId('entity-sources').locator('blockquote').first()).not.toBeEmpty();
  });

  test('reads in Chinese, quotes in their own language', async ({ page }) => {
    await page.goto('/links/zhangjiang-boston-enterprise-park?lang=zh');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('上海张江波士顿企业园');
    await expect(page.locator('dd[lang="en"]')).toHaveText('Shanghai Zhangjiang Boston Enterprise Park');
    await expect(page.getByRole('heading', { name: '引用本页' })).toBeVisible();
    await expect(page.getByTestId('citation-gbt7714')).toContainText(
      '创新地图. 上海张江波士顿企业园[EB/OL].',
    );
    await expect(page.getByTestId('entity-sources').locator('blockquote[lang="en"]').first()).toBeVisible();
    await expect(page.getByTestId('show-on-map')).toHaveText('在地图上显示');
  });

  test('the language follows the browser without ?lang', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto('/places/boston');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('波士顿');
    await context.close();
  });

  for (const path of [
    '/places/no-such-place',
    '/links/no-such-link',
    '/organizations/no-such-body',
    '/places/UPPER',
    '/links/%3Cscript%3E',
  ]) {
    test(`answers 404 for ${path}`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      // Drawn on the server: no script runs here.
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not in the atlas');
      await expect(page.getByRole('link', { name: 'Back to the atlas' })).toBeVisible();
    });
  }
});

test.describe('entity page metadata and sitemap', () => {
  test('a page has its canonical address, its other language and its own preview', async ({
    page,
    request,
  }) => {
    await page.goto('/places/boston?lang=en');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/places\/boston\?lang=en$/);
    await expect(page.locator('link[rel="alternate"][hreflang="zh-CN"]')).toHaveAttribute(
      'href',
      /\/places\/boston\?lang=zh$/,
    );
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(image).toMatch(/\/og\?v=1&sel=place:boston&lang=en$/);
    const preview = await request.get(new URL(image as string).pathname + new URL(image as string).search);
    expect(preview.status()).toBe(200);
    expect(preview.headers()['content-type']).toBe('image/png');
  });

  test('an organization page has a preview of its own, and an unknown one a JSON 404', async ({
    page,
    request,
  }) => {
    await page.goto('/organizations/cast?lang=zh');
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(image).toMatch(/\/og\/organizations\/cast\?lang=zh$/);
    const preview = await request.get(new URL(image as string).pathname + new URL(image as string).search);
    expect(preview.status()).toBe(200);
    expect(preview.headers()['content-type']).toBe('image/png');
    const atlas = await request.get('/og?v=1&lang=zh');
    expect(Buffer.compare(await preview.body(), await atlas.body())).not.toBe(0);

    const unknown = await request.get('/og/organizations/atlantis-office');
    expect(unknown.status()).toBe(404);
    expect((await unknown.json()).error.code).toBe('not_found');
  });

  test('the sitemap lists every entity page in both languages', async ({ request }) => {
    const response = await request.get('/sitemap.xml');
    expect(response.status()).toBe(200);
    const xml = await response.text();
    for (const path of [
      '/places/shanghai?lang=en',
      '/places/shanghai?lang=zh',
      '/organizations/cast?lang=en',
      '/links/shanghai-suzhou-193-tasks?lang=zh',
    ]) {
      expect(xml).toContain(path);
    }
  });
});

test.describe('the way to the pages from the atlas', () => {
  test('the details panel and the list link to the entity page', async ({ page }) => {
    await page.goto('/?v=1&sel=link:shanghai-suzhou-193-tasks&lang=en');
    await page
      .getByTestId('detail-panel')
      .getByRole('link', { name: /^Open page/ })
      .click();
    await expect(page).toHaveURL(/\/links\/shanghai-suzhou-193-tasks\?lang=en$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Shanghai–Suzhou science and innovation cooperation tasks',
    );
    await page.goto('/?lang=en');
    await page.locator('[data-page-link="place:boston"]').click();
    await expect(page).toHaveURL(/\/places\/boston\?lang=en$/);
  });

  test('inside the embed, a page opens in a new tab rather than in the frame', async ({
    page,
    context,
    baseURL,
  }) => {
    // A host page on a web origin whose policy lets it frame (frame-ancestors * matches no opaque about:blank).
    await page.goto('/documents/lingang-cluster-2023');
    await page.setContent(
      `<!doctype html><title>host</title><iframe title="atlas" width="900" height="700" src="${baseURL}/embed?v=1&sel=link:shanghai-suzhou-193-tasks&lang=en"></iframe>`,
    );
    const frame = page.frameLocator('iframe');
    const popup = context.waitForEvent('page');
    await frame
      .getByTestId('detail-panel')
      .getByRole('link', { name: /^Open page/ })
      .click();
    const opened = await popup;
    await expect(opened).toHaveURL(/\/links\/shanghai-suzhou-193-tasks\?lang=en$/);
    await expect(opened.getByRole('heading', { level: 1 })).toHaveText(
      'Shanghai–Suzhou science and innovation cooperation tasks',
    );
    await expect(frame.getByTestId('detail-panel')).toBeVisible();
  });
});
