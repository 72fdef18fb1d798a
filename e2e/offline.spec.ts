import { type ChildProcess, spawn } from 'node:child_process';
import { expect, test } from '@playwright/test';

// A server of this test's own, so that stopping it leaves the suite's server alone.
const PORT = 3150;
const ORIGIN = `http://127.0.0.1:${PORT}`;

function startServer(): ChildProcess {
  return spawn('npx', ['next', 'start', '--port', String(PORT), '--hostname', '127.0.0.1'], {
    detached: true,
    stdio: 'ignore',
  });
}

async function waitUntilUp() {
  for (let i = 0; i < 120; i += 1) {
    try {
      if ((await fetch(`${ORIGIN}/api/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('the server did not start');
}

function stop(server: ChildProcess) {
  if (server.pid) process.kill(-server.pid, 'SIGKILL');
}

test('losing the server mid-session is said plainly, and the page recovers when it is back, without a reload', async ({
  page,
}) => {
  test.setTimeout(120_000);
  let server = startServer();
  try {
    await waitUntilUp();
    await page.goto(`${ORIGIN}/`);
    await expect(page.locator('[data-panel="gdp"] .recharts-surface').first()).toBeVisible();
    // A mark on the window: a reload would wipe it.
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));

    stop(server);
    await expect
      .poll(async () =>
        fetch(`${ORIGIN}/api/health`).then(
          () => 'up',
          () => 'down',
        ),
      )
      .toBe('down');
    // Dollars are not in the cache yet: the charts must ask the server, which is gone.
    await page.getByRole('button', { name: 'US dollars (USD)' }).click();
    await expect(page.getByText('The connection to the atlas server was lost')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    server = startServer();
    await waitUntilUp();
    await expect(page.getByText('The connection to the atlas server was lost')).toHaveCount(0, {
      timeout: 20_000,
    });
    await expect(page.locator('[data-panel="gdp"]')).toContainText('billion US dollars');
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(
      true,
    );
  } finally {
    stop(server);
  }
});
