import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import axe from 'axe-core';
import { test } from './fixtures';
import { waitForMap } from './map-helpers';

const VIEWS = [
  ['the atlas', '/'],
  ['a selected place', '/?v=1&sel=place:shaoxing'],
  ['a selected link', '/?v=1&sel=link:zhangjiang-boston-enterprise-park'],
  ['every chart as a table', '/?v=1&tbl=gdp,gdppc,area,coop,profile&sel=place:shaoxing'],
  ['the embed', '/embed?v=1&sel=link:shanghai-suzhou-193-tasks'],
] as const;

/** Server pages without a map: an entity's page and the 404 page. */
const PAGES = [
  ['a place page', '/places/shaoxing'],
  ['an organization page', '/organizations/zhangjiang-hi-tech-zone'],
  ['a link page', '/links/shanghai-suzhou-193-tasks'],
  ['the 404 page', '/places/no-such-place'],
] as const;

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * axe leaves its experimental rules out unless they are asked for by name; these are the
 * ones that test a WCAG 2.x A or AA criterion (orientation lock, fake headings and captions,
 * data cells without headers), read from the installed axe-core so a newer one adds its own.
 */
const EXPERIMENTAL_WCAG_RULES = axe
  .getRules()
  .filter(({ tags }) => tags.includes('experimental') && tags.some((tag) => WCAG_22_AA.includes(tag)))
  .map(({ ruleId }) => ruleId);

/** Best practice, not WCAG, but a page without a level-one heading is hard to find one's way in. */
const EXTRA_RULES = ['page-has-heading-one'];

async function violations(page: Page) {
  const enabled = [...EXPERIMENTAL_WCAG_RULES, ...EXTRA_RULES];
  const results = await new AxeBuilder({ page })
    // options() replaces every option, so it comes before withTags().
    .options({ rules: Object.fromEntries(enabled.map((id) => [id, { enabled: true }])) })
    .withTags(WCAG_22_AA)
    .analyze();
  // The rules this suite relies on really ran, with the axe-core it pins.
  expect(results.testEngine.version).toBe(axe.version);
  const ran = new Set(
    [...results.passes, ...results.violations, ...results.incomplete, ...results.inapplicable].map(
      (r) => r.id,
    ),
  );
  for (const id of [...enabled, 'target-size', 'label-content-name-mismatch']) expect(ran, id).toContain(id);
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
  }));
}

test('the axe tests run axe-core 4.14 or newer, with its experimental WCAG rules', () => {
  const [major = 0, minor = 0] = axe.version.split('.').map(Number);
  expect(major * 100 + minor).toBeGreaterThanOrEqual(414);
  expect(EXPERIMENTAL_WCAG_RULES).toEqual(
    expect.arrayContaining(['css-orientation-lock', 'p-as-heading', 'table-fake-caption', 'td-has-header']),
  );
});

for (const [language, shown, hint] of [
  ['en', '中文', 'Switch to Chinese'],
  ['zh', 'English', '切换到英文'],
] as const) {
  test(`the language switch is named by what it shows, then what it does (${language})`, async ({ page }) => {
    await page.goto(`/?v=1&lang=${language}`);
    // Its name begins with its visible text: a voice-control user says what they see.
    const button = page.getByRole('button', { name: new RegExp(`^${shown}\\s.*${hint}`) });
    await expect(button).toBeVisible();
    const visibleText = await button.evaluate((el) =>
      [...el.querySelectorAll('span')]
        .filter((span) => span.getBoundingClientRect().width > 1 && span.getBoundingClientRect().height > 1)
        .map((span) => span.textContent)
        .join(''),
    );
    expect(visibleText).toBe(shown);
  });
}

for (const language of ['en', 'zh'] as const) {
  test.describe(`accessibility (${language})`, () => {
    for (const [name, path] of VIEWS) {
      test(`${name} has no WCAG 2.2 AA violation`, async ({ page }) => {
        const url = `${path}${path.includes('?') ? '&' : '?'}lang=${language}`;
        await page.goto(url.replace('/?lang', '/?v=1&lang'));
        await waitForMap(page);
        expect(await violations(page)).toEqual([]);
      });
    }
    for (const [name, path] of PAGES) {
      test(`${name} has no WCAG 2.2 AA violation`, async ({ page }) => {
        await page.goto(`${path}?lang=${language}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        expect(await violations(page)).toEqual([]);
      });
    }
    test('the search results and the shortcuts dialog have no WCAG 2.2 AA violation', async ({ page }) => {
      await page.goto(`/?v=1&lang=${language}`);
      await waitForMap(page);
      await page.getByRole('combobox').fill(language === 'zh' ? '上海' : 'Shanghai');
      await expect(page.getByRole('listbox')).toBeVisible();
      expect(await violations(page)).toEqual([]);
      await page.getByTestId('shortcuts-button').click();
      await expect(page.getByRole('dialog')).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  });
}

test('a keyboard-only journey reaches every control, reads a link and switches a chart to a table', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await waitForMap(page);
  const reached = new Set<string>();
  // Tab through the whole page once; every stop must show where focus is.
  for (let i = 0; i < 120; i += 1) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const visible = style.outlineStyle !== 'none' && style.outlineWidth !== '0px';
      return {
        name: (el.getAttribute('aria-label') || el.textContent || el.tagName).trim().slice(0, 60),
        visible,
      };
    });
    if (!stop) continue;
    expect(stop.visible, `focus ring on ${stop.name}`).toBe(true);
    reached.add(stop.name);
  }
  for (const control of [
    'Share this view',
    'Embed',
    'All places',
    'Yangtze River Delta',
    'Globe',
    'Chart',
    'Table',
  ]) {
    expect(
      [...reached].some((name) => name.includes(control)),
      control,
    ).toBe(true);
  }

  // Select a link from the list and read its details, with the keyboard alone.
  const link = page.getByRole('button', { name: /Shanghai–Suzhou science and innovation/ });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('detail-panel')).toContainText('193');

  // Switch the GDP chart to its table.
  await page.locator('[data-panel="gdp"]').getByRole('button', { name: 'Table' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-panel="gdp"] table')).toBeVisible();

  // Copy the link, and Escape still closes the details: focus was never trapped.
  await page.getByRole('button', { name: 'Share this view' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Link copied.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('detail-panel')).toHaveCount(0);
});
