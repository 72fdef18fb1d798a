import { type ConsoleMessage, expect, type Page, test } from '@playwright/test';
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

  test('the page policy allows only its own scripts and this response’s nonce', async ({ request }) => {
    const [first, second] = await Promise.all([request.get('/'), request.get('/')]);
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
