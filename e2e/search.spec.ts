import { expect } from '@playwright/test';
import { test } from './fixtures';
import { mapView, waitForMap } from './map-helpers';

// Shaoxing's marker (data/places.json).
const SHAOXING = { lng: 120.583, lat: 30.0 };

test.describe('search', () => {
  test('a Chinese name on the English page: arrows and Enter select, the URL gets sel=', async ({ page }) => {
    await page.goto('/?lang=en');
    await waitForMap(page);
    const box = page.getByRole('combobox', { name: 'Search places, organizations and links' });
    await box.fill('苏州');
    const results = page.getByRole('listbox', { name: 'Search results' });
    await expect(results).toBeVisible();
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    const options = results.getByRole('option');
    await expect(options.first()).toHaveAttribute('data-target', 'place:suzhou');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    // Shown in English, with the Chinese name that matched.
    await expect(options.first()).toContainText('Suzhou');

    await box.press('ArrowDown');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(box).toHaveAttribute(
      'aria-activedescendant',
      (await options.nth(1).getAttribute('id')) as string,
    );
    const second = (await options.nth(1).getAttribute('data-target')) as string;
    await box.press('ArrowUp');
    await box.press('ArrowDown');
    await box.press('Enter');
    await expect(results).toBeHidden();
    const [type, id] = second.split(':') as [string, string];
    if (type === 'organization') {
      await expect(page).toHaveURL(/sel=(place|link):/);
    } else {
      await expect(page).toHaveURL(new RegExp(`sel=${type}:${id}`));
    }
    await expect(page.getByTestId('detail-panel')).toBeVisible();
  });

  test('Enter on the first result selects the place and frames it; Escape closes, then clears', async ({
    page,
  }) => {
    await page.goto('/?lang=en');
    await waitForMap(page);
    const box = page.getByRole('combobox', { name: 'Search places, organizations and links' });
    await box.fill('shaoxing');
    await box.press('Enter');
    await expect(page).toHaveURL(/sel=place:shaoxing/);
    await expect(page.getByTestId('detail-panel')).toContainText('Shaoxing');
    // The map brings it into view: it ends centred on Shaoxing.
    await expect
      .poll(
        async () => {
          const { lng, lat } = await mapView(page);
          return Math.max(Math.abs(lng - SHAOXING.lng), Math.abs(lat - SHAOXING.lat));
        },
        { timeout: 15_000 },
      )
      .toBeLessThan(0.5);

    // Beside the box, the way to the chosen entity's page.
    await expect(page.getByTestId('search-chosen-page').getByRole('link')).toHaveAttribute(
      'href',
      '/places/shaoxing?lang=en',
    );

    await box.fill('bost');
    await expect(page.getByRole('listbox')).toBeVisible();
    await box.press('Escape');
    await expect(page.getByRole('listbox')).toBeHidden();
    // The first Escape belonged to the search box: the selection stays.
    await expect(page.getByTestId('detail-panel')).toBeVisible();
    await box.press('Escape');
    await expect(box).toHaveValue('');
  });

  test('an organization selects what the map can show of it, and offers its own page', async ({ page }) => {
    await page.goto('/?lang=en');
    await waitForMap(page);
    const box = page.getByRole('combobox', { name: 'Search places, organizations and links' });
    // CAST has no seat: choosing it selects the link it acts in.
    await box.fill('中国科学技术协会');
    await expect(page.getByRole('option').first()).toHaveAttribute('data-target', 'organization:cast');
    await box.press('Enter');
    await expect(page).toHaveURL(/sel=link:lingang-sci-tech-organization-cluster/);
    await page.getByTestId('search-chosen-page').getByRole('link').click();
    await expect(page).toHaveURL(/\/organizations\/cast\?lang=en$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'China Association for Science and Technology',
    );
  });

  test('nothing found is said, in Chinese too', async ({ page }) => {
    await page.goto('/?lang=zh');
    const box = page.getByRole('combobox', { name: '搜索地点、机构和合作' });
    await box.fill('Shanghai');
    await expect(page.getByRole('listbox').getByRole('option').first()).toContainText('上海');
    await box.fill('xyzzy');
    await expect(page.getByRole('status').filter({ hasText: '没有与“xyzzy”匹配的结果。' })).toBeVisible();
  });
});

test.describe('keyboard help', () => {
  test('? opens the shortcuts, Escape closes them, focus returns, the selection stays', async ({ page }) => {
    await page.goto('/?v=1&sel=place:boston&lang=en');
    await waitForMap(page);
    const button = page.getByRole('button', { name: /Keyboard shortcuts/ });
    await button.focus();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('Clear the selection');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
    await expect(page.getByTestId('detail-panel')).toBeVisible();

    // Typing "?" in the search box is typing, not a shortcut.
    const box = page.getByRole('combobox');
    await box.fill('');
    await box.press('?');
    await expect(dialog).toBeHidden();
    await expect(box).toHaveValue('?');
  });

  test('the button opens it too, in Chinese', async ({ page }) => {
    await page.goto('/?lang=zh');
    await page.getByRole('button', { name: /键盘快捷键/ }).click();
    const dialog = page.getByRole('dialog', { name: '键盘快捷键' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: '关闭' }).click();
    await expect(dialog).toBeHidden();
  });
});
