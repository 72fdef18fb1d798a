import AxeBuilder from '@axe-core/playwright';
import { expect } from '@playwright/test';
import { test } from './fixtures';

test.describe('a shipped source document', () => {
  test('shows its full text with the passage a source quotes marked', async ({ page }) => {
    const response = await page.goto(
      '/documents/shanghai-suzhou-tasks-2021?q=seed-shanghai-suzhou-tasks-2021',
    );
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Shanghai, Suzhou push deeper cooperation on technology',
    );
    await expect(page.locator('dl')).toContainText('first reported by Shanghai Daily');
    await expect(page.locator('dl')).toContainText('26 Oct 2021');
    await expect(page.locator('mark')).toHaveCount(1);
    await expect(page.locator('mark')).toHaveText(
      'Shanghai and Suzhou sealed arrangements on 193 science and innovation cooperation tasks on October 26',
    );
    // The whole document, not only the passage.
    await expect(page.locator('.document-text')).toContainText('G60 Sci-Tech Corridor');
    await expect(page.getByRole('status')).toHaveText('The passage the source quotes is marked.');
  });

  test('marks nothing for a source that quotes another document, and says so', async ({ page }) => {
    await page.goto('/documents/shanghai-suzhou-tasks-2021?q=seed-lingang-cluster-2023');
    await expect(page.locator('mark')).toHaveCount(0);
    await expect(page.getByRole('status')).toHaveText(
      'The passage this link asked for is not in this document.',
    );
  });

  test('reads in Chinese, the document itself in its own language', async ({ page }) => {
    await page.goto('/documents/shaoxing-sub-center-2019?lang=zh');
    await expect(page.locator('dl')).toContainText('发布者');
    await expect(page.locator('dl')).toContainText('2019年1月19日（推断）');
    await expect(page.locator('.document-text')).toHaveAttribute('lang', 'en');
  });

  for (const language of ['en', 'zh'] as const) {
    test(`has no WCAG 2.2 AA violation (${language})`, async ({ page }) => {
      await page.goto(`/documents/lingang-cluster-2023?q=seed-lingang-cluster-2023&lang=${language}`);
      await expect(page.locator('mark')).toHaveCount(1);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(results.violations.map((v) => v.id)).toEqual([]);
    });
  }

  test('answers 404 for an unknown document', async ({ page }) => {
    const response = await page.goto('/documents/no-such-document');
    expect(response?.status()).toBe(404);
  });

  test('opens from a link’s sources in the details panel', async ({ page }) => {
    await page.goto('/?sel=link:shanghai-suzhou-193-tasks');
    const details = page.getByTestId('detail-panel');
    await details.getByRole('link', { name: 'read the whole document, quote marked' }).first().click();
    await expect(page).toHaveURL(
      /\/documents\/shanghai-suzhou-tasks-2021\?q=seed-shanghai-suzhou-tasks-2021/,
    );
    await expect(page.locator('mark')).toContainText('193 science and innovation cooperation tasks');
  });
});
