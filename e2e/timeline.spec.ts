import { expect } from '@playwright/test';
import { test } from './fixtures';

const yearsIn = (url: string) => new URL(url).searchParams.get('yr');

test.describe('the timeline', () => {
  test('plays the links in year by year, pauses, steps, and is one history entry', async ({ page }) => {
    await page.goto('/?v=1&pn=gdp');
    const list = page.getByRole('navigation', { name: 'Places and links' });
    const play = page.getByRole('button', { name: 'Play years' });
    await play.click();
    await expect(page).toHaveURL(/yr=2015-2015/);
    await expect(list.getByRole('button', { name: /Shanghai Zhangjiang Boston/ })).toHaveCount(0);
    // The Boston park (2016) appears when its year comes.
    await expect(page).toHaveURL(/yr=2015-2016/);
    await expect(list.getByRole('button', { name: /Shanghai Zhangjiang Boston/ })).toBeVisible();
    await expect(page).toHaveURL(/yr=2015-2017/);
    await page.getByRole('button', { name: 'Pause' }).click();
    const paused = yearsIn(page.url());
    expect(paused).toMatch(/^2015-20(1[7-9]|2[0-3])$/);
    await expect(page.getByRole('button', { name: 'Play years' })).toHaveAttribute('aria-pressed', 'false');

    await page.getByRole('button', { name: 'One year on' }).click();
    const [from, to] = (paused ?? '').split('-').map(Number);
    await expect(page).toHaveURL(new RegExp(`yr=${from}-${(to ?? 0) + 1}`));
    await page.getByRole('button', { name: 'One year back' }).click();
    await expect(page).toHaveURL(new RegExp(`yr=${paused}`));

    // Back: before the two steps, then before the whole play.
    await page.goBack();
    await page.goBack();
    await expect.poll(() => yearsIn(page.url())).toBe(paused);
    await page.goBack();
    await expect.poll(() => yearsIn(page.url())).toBeNull();
  });

  test('runs to the last year and stops; stepping stops at both ends', async ({ page }) => {
    await page.goto('/?v=1&pn=gdp&yr=2015-2023');
    await page.getByRole('button', { name: 'Play years' }).click();
    // One step reaches the last year: the range is the whole span again and the play ends.
    await expect.poll(() => yearsIn(page.url())).toBeNull();
    await expect(page.getByRole('button', { name: 'Play years' })).toHaveAttribute('aria-pressed', 'false');
    await expect(page.getByRole('button', { name: 'One year on' })).toBeDisabled();
    await page.goto('/?v=1&pn=gdp&yr=2019-2019');
    await expect(page.getByRole('button', { name: 'One year back' })).toBeDisabled();
  });

  test('speaks Chinese', async ({ page }) => {
    await page.goto('/?v=1&lang=zh&pn=gdp');
    await expect(page.getByRole('button', { name: '逐年播放' })).toBeVisible();
    await expect(page.getByRole('button', { name: '前进一年' })).toBeDisabled();
  });
});
