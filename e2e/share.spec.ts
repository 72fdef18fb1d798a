import { expect } from '@playwright/test';
import { test } from './fixtures';
import { MAP, mapView, waitForIdle, waitForMap } from './map-helpers';

test.describe('sharing a view', () => {
  test('a copied link opens the same view in a fresh browser', async ({ browser, page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/');
    await waitForMap(page);
    await page.getByRole('button', { name: /Shanghai–Suzhou science and innovation/ }).click();
    await page.getByRole('button', { name: 'Yangtze River Delta' }).click();
    await waitForIdle(page);
    // Pan by dragging, as a reader would.
    const box = await page.locator(MAP).boundingBox();
    if (!box) throw new Error('no map');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height / 2 + 60, { steps: 8 });
    await page.mouse.up();
    await waitForIdle(page);
    await expect(page).toHaveURL(/c=/);
    await page.getByRole('button', { name: 'Share this view' }).click();
    await expect(page.getByText('Link copied.')).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain('sel=link:shanghai-suzhou-193-tasks');
    // One writer: the copied link is the address bar, character for character.
    expect(link).toBe(page.url());
    const before = await mapView(page);
    const heading = await page.getByTestId('detail-panel').getByRole('heading', { level: 2 }).textContent();

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(link);
    await waitForMap(other);
    await expect(other.getByTestId('detail-panel').getByRole('heading', { level: 2 })).toHaveText(
      heading ?? '',
    );
    await expect(
      other.getByRole('button', { name: /Shanghai–Suzhou science and innovation/ }),
    ).toHaveAttribute('aria-pressed', 'true');
    const after = await mapView(other);
    expect(after.lng).toBeCloseTo(before.lng, 3);
    expect(after.lat).toBeCloseTo(before.lat, 3);
    expect(after.zoom).toBeCloseTo(before.zoom, 1);
    await fresh.close();
  });

  test('Back and Forward step through selections, not through every pan', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    await page.getByRole('button', { name: /Shanghai Zhangjiang Boston Enterprise Park/ }).click();
    await expect(page).toHaveURL(/sel=link(:|%3A)zhangjiang-boston-enterprise-park/);
    await page.getByRole('button', { name: /^Suzhou 苏州/ }).click();
    await expect(page).toHaveURL(/sel=place(:|%3A)suzhou/);
    await page.getByRole('button', { name: 'Yangtze River Delta' }).click();
    await waitForIdle(page);
    await page.goBack();
    await expect(page).toHaveURL(/sel=link(:|%3A)zhangjiang-boston-enterprise-park/);
    await expect(page.getByTestId('detail-panel')).toContainText(
      'Shanghai Zhangjiang Boston Enterprise Park',
    );
    await page.goBack();
    await expect(page.getByTestId('detail-panel')).toHaveCount(0);
    await page.goForward();
    await expect(page.getByTestId('detail-panel')).toContainText(
      'Shanghai Zhangjiang Boston Enterprise Park',
    );
  });

  test('an old-style link opens the view it meant', async ({ page }) => {
    await page.goto('/?link=shanghai-shaoxing-technology-transfer&currency=USD');
    await expect(page).toHaveURL(/v=1/);
    await expect(page).toHaveURL(/sel=link(:|%3A)shanghai-shaoxing-technology-transfer/);
    await expect(page.getByTestId('detail-panel')).toContainText('Shaoxing Sub-center');
  });

  test('a hostile link falls back to defaults, says what it ignored and runs nothing', async ({ page }) => {
    const dialogs: string[] = [];
    const errors: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    page.on('pageerror', (error) => errors.push(error.message));
    const payload = encodeURIComponent('"><img src=x onerror=alert(1)><script>alert(2)</script>');
    // At commit: the page takes the bad values out of the address bar as soon as it hydrates.
    await page.goto(`/?v=1&sel=place:atlantis&z=999&c=${payload}&proj=${payload}&cur=EUR&lang=${payload}`, {
      waitUntil: 'commit',
    });
    const notice = page.getByRole('status').filter({ hasText: 'could not be used' });
    await expect(notice).toContainText('selection (no such place)');
    await expect(notice).toContainText('zoom');
    await expect(notice).toContainText('currency');
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await waitForMap(page);
    // The bad values are gone from the address bar, so a copied link carries none of them.
    await expect(page).not.toHaveURL(/atlantis|EUR|onerror/);
    await notice.getByRole('button', { name: 'Dismiss this notice' }).click();
    await expect(notice).toHaveCount(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('each view has a preview image and a title of its own', async ({ page, request }) => {
    await page.goto('/?v=1&sel=link:shanghai-suzhou-193-tasks');
    await expect(page).toHaveTitle(/Shanghai–Suzhou science and innovation cooperation tasks/);
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(image).toContain('/og?');
    const response = await request.get(new URL(image ?? '').pathname + new URL(image ?? '').search);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    const bytes = await response.body();
    expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  });

  test('the preview image is named at the origin the reader asked at, also from the page cache', async ({
    request,
    baseURL,
  }) => {
    const origin = new URL(baseURL ?? '').origin;
    const imageOf = async (headers: Record<string, string>) => {
      const html = await (await request.get('/?v=1&sel=place:suzhou', { headers })).text();
      return html.match(/<meta property="og:image" content="([^"]+)"/)?.[1]?.replaceAll('&amp;', '&');
    };
    // Twice each: the second answer comes from the cache, which must keep the two origins apart.
    for (let round = 0; round < 2; round++) {
      expect(await imageOf({})).toMatch(new RegExp(`^${origin}/og\\?`));
      const behindTls = await imageOf({ 'X-Forwarded-Proto': 'https' });
      expect(behindTls).toMatch(new RegExp(`^${origin.replace(/^http:/, 'https:')}/og\\?`));
      // A reader cannot name the origin itself.
      expect(await imageOf({ 'X-Atlas-Origin': 'https://evil.test' })).not.toContain('evil.test');
    }
  });

  test('the embed renders the same view inside an iframe, with a link back', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: /Lin-gang cluster/ }).click();
    await page.getByRole('button', { name: 'Embed' }).click();
    const snippet = await page.getByRole('textbox', { name: 'Embed code' }).inputValue();
    expect(snippet).toMatch(
      /^<iframe src="http:\/\/[^"]+\/embed\?v=1&sel=link:lingang-sci-tech-organization-cluster"/,
    );
    const src = /src="([^"]+)"/.exec(snippet)?.[1] ?? '';
    expect(src.replace('/embed?', '/?')).toBe(page.url());
    await page.setContent(`<!doctype html><title>host</title>${snippet.replace(/loading="lazy"/, '')}`);
    const frame = page.frameLocator('iframe');
    await expect(frame.getByTestId('detail-panel')).toContainText('Lin-gang cluster');
    await expect(frame.getByRole('link', { name: 'Open this view in the Innovation Atlas' })).toHaveAttribute(
      'href',
      '/?v=1&sel=link:lingang-sci-tech-organization-cluster',
    );
    expect(src).toContain('/embed?');
  });

  test('the embed says what it ignored and dims nothing for a selection the data does not have', async ({
    page,
  }) => {
    await page.goto('/embed?v=1&sel=place:atlantis');
    const notice = page.getByRole('status').filter({ hasText: 'could not be used' });
    await expect(notice).toContainText('selection (no such place)');
    await expect(page.getByTestId('detail-panel')).toHaveCount(0);
    await waitForMap(page);
    await expect(page).not.toHaveURL(/atlantis/);
    const dimmed = await page.evaluate((selector) => {
      type Map = {
        querySourceFeatures(source: string): { id?: string | number }[];
        getFeatureState(feature: { source: string; id: string | number }): { dimmed?: boolean };
      };
      const map = (document.querySelector(selector) as HTMLElement & { atlasMap: Map }).atlasMap;
      const features = map.querySourceFeatures('atlas-places');
      return {
        places: features.length,
        dimmed: features.filter(
          (f) => f.id !== undefined && map.getFeatureState({ source: 'atlas-places', id: f.id }).dimmed,
        ).length,
      };
    }, MAP);
    expect(dimmed.places).toBeGreaterThan(0);
    expect(dimmed.dimmed).toBe(0);
  });

  test('a selection in the embed dims what is unrelated (the check above can fail)', async ({ page }) => {
    await page.goto('/embed?v=1&sel=place:boston');
    await waitForMap(page);
    await expect
      .poll(() =>
        page.evaluate((selector) => {
          type Map = { getFeatureState(feature: { source: string; id: string }): { dimmed?: boolean } };
          const map = (document.querySelector(selector) as HTMLElement & { atlasMap: Map }).atlasMap;
          return Boolean(map.getFeatureState({ source: 'atlas-places', id: 'suzhou' }).dimmed);
        }, MAP),
      )
      .toBe(true);
  });
});
