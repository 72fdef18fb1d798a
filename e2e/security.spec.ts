import { createHash } from 'node:crypto';
import { type ConsoleMessage, expect, type Page } from '@playwright/test';
import { test } from './fixtures';
import { waitForIdle, waitForMap } from './map-helpers';

/** The policy as directive name → sources. */
function directives(csp: string | undefined): Map<string, string[]> {
  return new Map(
    (csp ?? '').split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

test.describe('security headers', () => {
  for (const path of ['/', '/api/links', '/api/openapi.json']) {
    test(`are sent on ${path}`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      const headers = response.headers();
      expect(headers['strict-transport-security']).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) {
        expect(headers['permissions-policy']?.split(', ')).toContain(`${feature}=()`);
      }
      expect(headers['x-powered-by']).toBeUndefined();
      const csp = directives(headers['content-security-policy']);
      expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
      expect(headers['content-security-policy']).not.toContain('unsafe-eval');
      expect(csp.get('script-src') ?? []).not.toContain("'unsafe-inline'");
    });
  }

  test('an entity page’s policy allows only its own scripts and this response’s nonce', async ({
    request,
  }) => {
    const [first, second] = await Promise.all([request.get('/places/boston'), request.get('/places/boston')]);
    const nonceOf = (csp: string | undefined) => /'nonce-([^']+)'/.exec(csp ?? '')?.[1];
    const csp = first.headers()['content-security-policy'];
    const nonce = nonceOf(csp);
    expect(nonce).toBeTruthy();
    expect(nonceOf(second.headers()['content-security-policy'])).not.toBe(nonce);
    expect(directives(csp).get('script-src')).toEqual(["'self'", `'nonce-${nonce}'`]);
    expect(directives(csp).get('worker-src')).toEqual(["'self'"]);
    expect(directives(csp).get('connect-src')).toEqual(["'self'"]);
    // Every script Next wrote into the page carries that nonce.
    const scripts = (await first.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  });

  for (const path of ['/', '/embed?v=1&sel=place:suzhou']) {
    test(`${path} is one page for everyone: its inline scripts allowed by hash, cacheable, revalidated`, async ({
      request,
    }) => {
      const [first, second] = await Promise.all([request.get(path), request.get(path)]);
      const csp = first.headers()['content-security-policy'];
      expect(second.headers()['content-security-policy']).toBe(csp);
      const html = await first.text();
      expect(await second.text()).toBe(html);
      expect(csp).not.toContain("'nonce-");
      expect(html).not.toContain(' nonce=');
      // Every inline script is allowed by its own hash, and nothing else inline is.
      const sources = directives(csp).get('script-src') ?? [];
      const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
        ([, body]) => body,
      );
      expect(inline.length).toBeGreaterThan(0);
      for (const body of inline)
        expect(sources).toContain(
          `'sha256-${createHash('sha256')
            .update(body ?? '')
            .digest('base64')}'`,
        );
      expect(sources.filter((source) => source.startsWith("'sha256-")).length).toBe(new Set(inline).size);
      expect(sources[0]).toBe("'self'");
      expect(sources).not.toContain("'unsafe-inline'");
      // A CDN may keep it, under the languages it is read in; a browser revalidates it.
      const headers = first.headers();
      expect(headers['cache-control']).toMatch(/^public, max-age=0, must-revalidate, s-maxage=\d+/);
      expect(headers.vary).toMatch(/Accept-Language/);
      const etag = headers.etag;
      expect(etag).toMatch(/^"[\w-]+"$/);
      const again = await request.get(path, { headers: { 'if-none-match': etag as string } });
      expect(again.status()).toBe(304);
      expect(await again.text()).toBe('');
    });
  }

  test('the cached atlas is the reader’s language, and a URL’s language wins', async ({ request }) => {
    const zh = await request.get('/', { headers: { 'accept-language': 'zh-CN,zh;q=0.9' } });
    const en = await request.get('/', { headers: { 'accept-language': 'en-GB,en;q=0.9' } });
    expect(await zh.text()).toContain('<html lang="zh');
    expect(await en.text()).toContain('<html lang="en');
    expect(zh.headers().etag).not.toBe(en.headers().etag);
    const asked = await request.get('/?lang=en', { headers: { 'accept-language': 'zh-CN' } });
    expect(await asked.text()).toContain('<html lang="en');
  });

  test('a path with a broken percent-escape answers 400 with the API error body, not 500', async ({
    request,
  }) => {
    for (const path of ['/api/sources/%', '/api/sources/%C0%AF', '/api/sources/%E0%A4%A']) {
      const response = await request.get(path);
      expect(response.status()).toBe(400);
      expect((await response.json()).error.code).toBe('bad_request');
      expect(response.headers()['x-content-type-options']).toBe('nosniff');
    }
  });

  test('API answers may load and run nothing', async ({ request }) => {
    const response = await request.get('/api/stats?metric=gdp');
    expect(response.headers()['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
  });
});

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

/** Records every policy violation the page or its workers report, as events and as console messages. */
async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations?.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}`);
    });
  });
  const messages: string[] = [];
  const record = (message: ConsoleMessage) => {
    if (/Content.Security.Policy|Permissions.Policy/i.test(message.text())) messages.push(message.text());
  };
  page.on('console', record);
  page.on('worker', (worker) => worker.on('console', record));
  return async () => ({
    events: await page.evaluate(() => window.cspViolations ?? []),
    messages,
  });
}

test('using the map breaks no rule of the policy', async ({ page }) => {
  const violations = await watchViolations(page);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
  await page.goto('/');
  await waitForMap(page);
  // The map drew, so its worker started from the atlas's origin under worker-src 'self'.
  expect(workers).toContain('/maplibre-gl-worker.mjs');
  await page.getByRole('button', { name: 'Yangtze River Delta' }).click();
  await waitForIdle(page);
  await page.getByRole('button', { name: 'Globe' }).click();
  await expect(page.locator('.map-frame')).toHaveAttribute('data-projection', 'globe');
  await waitForIdle(page);
  const link = page.getByRole('button', { name: /Shanghai–Suzhou science and innovation cooperation tasks/ });
  await link.click();
  await expect(link).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('detail-panel')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('detail-panel')).toHaveCount(0);
  expect(await violations()).toEqual({ events: [], messages: [] });
});

test('a whole session through every feature breaks no rule and asks no other origin', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const violations = await watchViolations(page);
  const foreign: string[] = [];
  const origin = new URL(baseURL ?? '').origin;
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (/^https?:$/.test(url.protocol) && url.origin !== origin) foreign.push(url.href);
  });
  await page.goto('/');
  await waitForMap(page);
  // Map: views, projection, layers, a place picked from the list.
  await page.getByRole('button', { name: 'Yangtze River Delta' }).click();
  await waitForIdle(page);
  await page.getByRole('checkbox', { name: 'Place outlines' }).uncheck();
  await page.getByRole('button', { name: /^Boston 波士顿/ }).click();
  await page.getByRole('button', { name: 'Fit selection' }).click();
  await waitForIdle(page);
  // Charts: currency, a table, the years, downloads.
  await page.getByRole('button', { name: 'US dollars (USD)' }).click();
  await page.locator('[data-panel="gdp"]').getByRole('button', { name: 'Table' }).click();
  await page.getByRole('slider', { name: 'From' }).fill('2018');
  await expect(page).toHaveURL(/yr=2018-/);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-panel="gdppc"]').getByRole('button', { name: 'PNG' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('gdppc.png');
  // Sharing and the other language.
  await page.getByRole('button', { name: 'Share this view' }).click();
  await expect(page.getByText('Link copied.')).toBeVisible();
  await page.getByRole('button', { name: 'Embed' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: /Switch to Chinese/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await waitForIdle(page);
  expect(await violations()).toEqual({ events: [], messages: [] });
  expect(foreign).toEqual([]);
});

test('text from the data reaches the page as text, never as markup', async ({ page }) => {
  const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  // Every text field of the figures the charts and the profile fetch carries script and HTML.
  const poison = (value: unknown): unknown => {
    if (typeof value === 'string' && !/^(CNY|USD|\d|[a-z_]+$)/.test(value)) return `${payload}${value}`;
    if (Array.isArray(value)) return value.map(poison);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([key, v]) => [key, key === 'source' || key === 'place' ? v : poison(v)]),
      );
    }
    return value;
  };
  await page.route(/\/api\/(stats|places\/[a-z-]+)\?/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, json: poison(await response.json()) });
  });
  await page.goto('/?v=1&sel=place:shaoxing&tbl=gdp');
  // Yuan is prefetched into the page; dollars and the profile are fetched, poisoned, and drawn.
  await page.getByRole('button', { name: 'US dollars (USD)' }).click();
  const table = page.locator('[data-panel="gdp"] table');
  await expect(table).toContainText('<img src=x');
  await expect(page.locator('[data-panel="profile"]')).toContainText('<script>');
  await expect(page.locator('img[src="x"], [data-panel] script')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});
