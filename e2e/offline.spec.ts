import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { expect } from '@playwright/test';
import { test } from './fixtures';

/**
 * A server of this test's own, so that stopping it leaves the suite's server alone, on a
 * port free at the start: with a fixed one, another server already there (another
 * checkout's suite) would answer in its place.
 */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function startServer(port: number): ChildProcess {
  return spawn('npx', ['next', 'start', '--port', String(port), '--hostname', '127.0.0.1'], {
    detached: true,
    stdio: 'ignore',
  });
}

async function waitUntilUp(origin: string) {
  for (let i = 0; i < 120; i += 1) {
    try {
      if ((await fetch(`${origin}/api/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('the server did not start');
}

function stop(server: ChildProcess) {
  // A server that already exited (it could not start, say) has nothing left to stop.
  if (server.pid && server.exitCode === null) process.kill(-server.pid, 'SIGKILL');
}

test('losing the server mid-session is said plainly, and the page recovers when it is back, without a reload', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  let server = startServer(port);
  try {
    await waitUntilUp(origin);
    await page.goto(`${origin}/`);
    await expect(page.locator('[data-panel="gdp"] .recharts-surface').first()).toBeVisible();
    // A mark on the window: a reload would wipe it.
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));

    stop(server);
    await expect
      .poll(async () =>
        fetch(`${origin}/api/health`).then(
          () => 'up',
          () => 'down',
        ),
      )
      .toBe('down');
    // Dollars are not in the cache yet: the charts must ask the server, which is gone.
    await page.getByRole('button', { name: 'US dollars (USD)' }).click();
    await expect(page.getByText('The connection to the atlas server was lost')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    server = startServer(port);
    await waitUntilUp(origin);
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
