import { readFile } from 'node:fs/promises';
import { expect, type Page } from '@playwright/test';
import { parseCsvRecords } from '../lib/data/csv';
import { test } from './fixtures';

const gdpPanel = (page: Page) => page.locator('[data-panel="gdp"]');
const modeButton = (page: Page, name: string) =>
  gdpPanel(page).locator('.chart-controls').getByRole('button', { name, exact: true });
const sentence = (page: Page) => gdpPanel(page).locator('[data-comparison-sentence]');
const cell = (page: Page, place: string, year?: number) =>
  gdpPanel(page).locator(`tr[data-place="${place}"]${year ? `[data-year="${year}"]` : ''} td[data-value]`);

test.describe('the GDP panel’s comparison modes', () => {
  test('a mode switch is a step in the URL, changes the chart, and Back undoes it', async ({
    page,
  }, testInfo) => {
    await page.goto('/');
    await expect(modeButton(page, 'Levels')).toHaveAttribute('aria-pressed', 'true');
    await expect(gdpPanel(page).locator('.chart-canvas')).toContainText('billion yuan');

    await modeButton(page, 'Indexed').click();
    await expect(page).toHaveURL(/[?&]cmp=index(&|$)/);
    await expect(gdpPanel(page).locator('.chart-canvas')).toContainText('index');
    await expect(gdpPanel(page).locator('.chart-canvas')).not.toContainText('billion yuan');
    await expect(sentence(page)).toHaveAttribute('data-comparison-sentence', 'index');
    await expect(gdpPanel(page)).toContainText('no exchange rate is involved');
    await gdpPanel(page).screenshot({ path: testInfo.outputPath('gdp-index.png') });

    await modeButton(page, 'Growth a year').click();
    await expect(page).toHaveURL(/[?&]cmp=growth(&|$)/);
    await expect(gdpPanel(page).locator('.recharts-bar-rectangle')).toHaveCount(4);
    await expect(gdpPanel(page).locator('.chart-canvas')).toContainText('2015–2024');
    await gdpPanel(page).screenshot({ path: testInfo.outputPath('gdp-growth.png') });

    await page.goBack();
    await expect(page).toHaveURL(/[?&]cmp=index(&|$)/);
    await expect(modeButton(page, 'Indexed')).toHaveAttribute('aria-pressed', 'true');
    await expect(gdpPanel(page).locator('.chart-canvas')).toContainText('index');

    await page.goBack();
    await expect(page).not.toHaveURL(/cmp=/);
    await expect(modeButton(page, 'Levels')).toHaveAttribute('aria-pressed', 'true');

    await page.goForward();
    await expect(modeButton(page, 'Indexed')).toHaveAttribute('aria-pressed', 'true');
  });

  test('a shared link opens in its mode, computed from the source figures', async ({ page }) => {
    await page.goto('/?v=1&tbl=gdp&cmp=index');
    await expect(modeButton(page, 'Indexed')).toHaveAttribute('aria-pressed', 'true');
    await expect(cell(page, 'shanghai', 2015)).toHaveAttribute('data-value', '100');
    const shanghai2016 = Number(await cell(page, 'shanghai', 2016).getAttribute('data-value'));
    expect(shanghai2016).toBeCloseTo((2988.7 / 2688.7) * 100, 6);
    // A year with no citable figure stays a gap.
    await expect(cell(page, 'boston', 2019)).toHaveAttribute('data-value', '');
    await expect(gdpPanel(page)).toContainText('Base years differ');

    await page.goto('/?v=1&tbl=gdp&cmp=growth&yr=2015-2020');
    const yuan = Number(await cell(page, 'shanghai').getAttribute('data-value'));
    expect(yuan).toBeCloseTo((3896.33 / 2688.7) ** (1 / 5) - 1, 9);
    // No exchange rate is involved: the same rate in dollars.
    await page.goto('/?v=1&tbl=gdp&cmp=growth&yr=2015-2020&cur=USD');
    await expect(cell(page, 'shanghai')).toHaveAttribute('data-value', String(yuan));
  });

  test('the CSV download is the figures the mode shows', async ({ page }) => {
    const downloaded = async () => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        gdpPanel(page).getByRole('button', { name: 'CSV' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('gdp.csv');
      return parseCsvRecords(await readFile((await download.path()) ?? '', 'utf8'));
    };

    await page.goto('/?v=1&tbl=gdp&cmp=growth&yr=2015-2020');
    const rows = await downloaded();
    expect(rows.map((r) => r.place).sort()).toEqual(['boston', 'shanghai', 'shaoxing', 'suzhou']);
    for (const row of rows) {
      await expect(cell(page, row.place ?? '')).toHaveAttribute(
        'data-value',
        row.average_annual_growth ?? '',
      );
    }
    expect(rows.find((r) => r.place === 'shanghai')).toMatchObject({ from: '2015', to: '2020' });

    await page.goto('/?v=1&tbl=gdp&cmp=index');
    const indexed = await downloaded();
    expect(indexed.find((r) => r.place === 'shanghai' && r.year === '2015')).toMatchObject({
      index: '100',
      base_year: '2015',
    });
    await expect(cell(page, 'shanghai', 2016)).toHaveAttribute(
      'data-value',
      indexed.find((r) => r.place === 'shanghai' && r.year === '2016')?.index ?? 'missing',
    );
  });

  test('a bad mode falls back to levels and says so', async ({ page }) => {
    await page.goto('/?v=1&cmp=ppp');
    const notice = page.getByRole('status').filter({ hasText: 'could not be used' });
    await expect(notice).toContainText('comparison mode');
    await expect(modeButton(page, 'Levels')).toHaveAttribute('aria-pressed', 'true');
  });

  test('the sentence says what the figures support, in English and in Chinese', async ({ page }) => {
    await page.goto('/?v=1&cmp=growth&yr=2019-2022');
    await expect(sentence(page)).toContainText(
      'Of the 2 places with figures, Suzhou has the highest average annual growth: 7.6% a year from 2019 to 2022',
    );
    await expect(sentence(page)).toContainText('2 other places have no figure to compare');
    await expect(gdpPanel(page).locator('.geography-line')).toContainText('Different kinds of territory');

    await page.goto('/?v=1&lang=zh&cmp=growth&yr=2019-2022');
    await expect(sentence(page)).toContainText(
      '有数据的2个地方中，苏州的年均增长率最高：2019–2022年年均7.6%',
    );
    await expect(gdpPanel(page).locator('.geography-line')).toContainText('地域类型不同');
  });

  test('the per-capita panel has its own sentence, about the year its bars show', async ({ page }) => {
    await page.goto('/?v=1&pn=gdppc');
    const line = page.locator('[data-panel="gdppc"] [data-comparison-sentence="gdppc"]');
    await expect(page.locator('[data-panel="gdppc"]')).toContainText('GDP per capita, 2022');
    await expect(line).toContainText(
      'In 2022, the latest year most places share, Suzhou has the highest GDP per capita of the 2 places with a figure',
    );
    await expect(line).toContainText('2 other places have no figure to compare');
    await expect(line).not.toContainText('Boston');
    await page.goto('/?v=1&pn=gdppc&lang=zh');
    await expect(page.locator('[data-panel="gdppc"] [data-comparison-sentence="gdppc"]')).toContainText(
      '苏州的人均地区生产总值最高',
    );
  });
});
