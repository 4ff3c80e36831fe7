import { test, expect } from '@playwright/test';

const languages = [
  { code: 'fr', name: 'Français', dir: 'ltr' },
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'es', name: 'Español', dir: 'ltr' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
];

test.describe('the language chooser at the site root', () => {
  for (const { code, name, dir } of languages) {
    test(`leads to the ${code} home page, named in its own script`, async ({ page }) => {
      await page.goto('/');
      const link = page.getByRole('link', { name: new RegExp(name) });
      await expect(link).toHaveAttribute('lang', code);
      await link.click();
      await expect(page).toHaveURL(new RegExp(`/${code}/$`));
      await expect(page.locator('html')).toHaveAttribute('lang', code);
      await expect(page.locator('html')).toHaveAttribute('dir', dir);
    });
  }

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
