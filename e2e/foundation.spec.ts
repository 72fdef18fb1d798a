import { expect } from '@playwright/test';
import { test } from './fixtures';

test('the page lists every place and link from the API', async ({ page, request }) => {
  const [places, links] = await Promise.all([
    request.get('/api/places').then((r) => r.json()),
    request.get('/api/links').then((r) => r.json()),
  ]);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Innovation Atlas');
  const list = page.getByRole('navigation', { name: 'Places and links' });
  for (const feature of [...places.features, ...links.features]) {
    const name = feature.properties.name_en ?? feature.properties.title_en;
    // A string name matches as a substring: the button's name also carries the places and year.
    await expect(list.getByRole('button', { name }).first()).toBeVisible();
  }
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
