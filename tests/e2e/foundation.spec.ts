import { test, expect } from '@playwright/test';
import { languages as registry } from '../../src/site/languages.ts';
import { describeEntries, load } from './weight';

const languages = Object.entries(registry).map(([code, l]) => ({
  code,
  name: l.label,
  lang: l.lang,
  dir: l.dir ?? 'ltr',
}));

test.describe('the language chooser at the site root', () => {
  for (const { code, name, lang, dir } of languages) {
    test(`leads to the ${code} home page, named in its own script`, async ({ page }) => {
      await page.goto('/');
      const link = page.getByRole('link', { name: new RegExp(name) });
      await expect(link).toHaveAttribute('lang', lang);
      await link.click();
      await expect(page).toHaveURL(new RegExp(`/${code}/$`));
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('html')).toHaveAttribute('dir', dir);
    });
  }

  test('lists 13 languages in two columns on a 360 px phone, under a heading of two phrases', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/');
    const items = page.locator('[data-languages] li');
    await expect(items).toHaveCount(13);
    expect(languages).toHaveLength(13);
    // The heading stays short: French and English, not a line per language.
    await expect(page.locator('h1 > span')).toHaveCount(2);
    // Two entries side by side: the list is scanned in 7 rows, not 13.
    const tops = await items.evaluateAll((list) =>
      list.map((li) => Math.round(li.getBoundingClientRect().top)),
    );
    expect(new Set(tops).size).toBeLessThanOrEqual(7);
    // Nothing scrolls sideways.
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBeLessThanOrEqual(0);
  });

  test('weighs under 5 KB on a cold load, everything it fetches counted', async ({ page }) => {
    const { summary, entries } = await load(page, '/');
    expect(summary.total, describeEntries(entries)).toBeLessThan(5000);
  });

  test('offers the browser’s language first, without redirecting', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'ar-MA' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/$/);
    const first = page.locator('[data-languages] li').first();
    await expect(first).toHaveAttribute('data-lang', 'ar');
    await expect(first.getByText('لغتك؟')).toBeVisible();
    await context.close();
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('still lists every language as a plain link', async ({ page }) => {
      await page.goto('/');
      await expect(page.locator('[data-languages] a')).toHaveCount(languages.length);
    });
  });
});

test('the Arabic home page reads right to left', async ({ page }) => {
  await page.goto('/ar/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  // The sidebar sits on the right in a right-to-left layout (checked on a wide screen).
  await page.setViewportSize({ width: 1280, height: 800 });
  const sidebar = await page.locator('#starlight__sidebar').boundingBox();
  expect(sidebar!.x).toBeGreaterThan(640);
});

test('each audience reaches its track from the French home page in one tap', async ({ page }) => {
  await page.goto('/fr/');
  for (const audience of ['migrant', 'practitioner', 'trainer']) {
    const href = await page.locator(`[data-audience="${audience}"]`).getAttribute('href');
    const response = await page.request.get(new URL(href!, page.url()).toString());
    expect(response.status(), `${audience} → ${href}`).toBe(200);
  }
});

test('search finds a word of the French home page from /fr/', async ({ page }) => {
  await page.goto('/fr/');
  await page.getByRole('button', { name: 'Rechercher' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('searchbox').fill('reconstruire');
  await expect(dialog.getByRole('status')).toContainText(/résultat/);
  await expect(
    dialog.getByRole('link').filter({ hasText: 'Rentrer, rester ou partir' }),
  ).toBeVisible();
});
