import { expect, test } from '@playwright/test';

test.describe('the first page', () => {
  test('lists the places and the links with their sources', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Innovation Atlas');
    const links = page.getByRole('list', { name: 'Cooperation links' });
    await expect(links.getByRole('listitem').filter({ has: page.getByRole('heading') })).toHaveCount(4);
    const park = page.locator('[data-link-id="zhangjiang-boston-enterprise-park"]');
    await expect(park).toContainText('26 Feb 2016');
    await expect(park.getByRole('list', { name: 'Sources' }).getByRole('listitem').first()).toBeVisible();
    const places = page.getByRole('list', { name: 'Places' });
    for (const name of ['Shanghai', 'Suzhou', 'Shaoxing', 'Lin-gang', 'Boston']) {
      await expect(places).toContainText(name);
    }
  });

  test('asks nothing of any origin but its own', async ({ page, baseURL }) => {
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol.startsWith('http') && url.origin !== new URL(baseURL ?? '').origin)
        foreign.push(url.href);
    });
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    expect(foreign).toEqual([]);
  });
});

test.describe('the API over HTTP', () => {
  test('answers 400 with a JSON error body for bad input', async ({ request }) => {
    const response = await request.get('/api/stats?metric=gdp&from=2020&to=2010');
    expect(response.status()).toBe(400);
    expect(response.headers()['content-type']).toMatch(/application\/json/);
    const body = await response.json();
    expect(body.error.code).toBe('bad_request');
    expect(body.error.issues[0].path).toBe('from');
  });

  test('answers 404 with a JSON error body for an unknown source', async ({ request }) => {
    const response = await request.get('/api/sources/no-such-source');
    expect(response.status()).toBe(404);
    expect((await response.json()).error.code).toBe('not_found');
  });

  test('answers 304 when the ETag still matches', async ({ request }) => {
    const first = await request.get('/api/links');
    const etag = first.headers().etag;
    expect(etag).toBeTruthy();
    const second = await request.get('/api/links', { headers: { 'If-None-Match': etag ?? '' } });
    expect(second.status()).toBe(304);
  });

  test('serves CSV with a header row', async ({ request }) => {
    const response = await request.get('/api/stats?metric=gdp&places=shaoxing&format=csv');
    expect(response.headers()['content-type']).toMatch(/text\/csv/);
    const [header] = (await response.text()).split('\r\n');
    expect(header?.split(',')).toEqual(
      expect.arrayContaining(['place', 'year', 'value', 'status', 'source']),
    );
  });

  test('does not announce its framework', async ({ request }) => {
    const response = await request.get('/api/places');
    expect(response.headers()['x-powered-by']).toBeUndefined();
  });
});
