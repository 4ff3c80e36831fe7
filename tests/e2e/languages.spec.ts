import { test, expect } from '@playwright/test';

test('the language links lead to the same page in another language and keep the section', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/fr/praticiens/avrr/#principes');
  await page.locator('header .language-links summary').click();
  await page.locator('header').getByRole('link', { name: 'العربية' }).click();
  await expect(page).toHaveURL(/\/ar\/praticiens\/avrr\/#principes$/);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('#principes')).toBeInViewport();
});

test('on a phone, the language links are in the menu and work by keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/ar/migrants/retour-aide/#papiers');
  await page.getByRole('button', { name: /القائمة|Menu/ }).click();
  const summary = page.locator('.mobile-preferences .language-links summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  const spanish = page.locator('.mobile-preferences').getByRole('link', { name: 'Español' });
  await spanish.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/es\/migrants\/retour-aide\/#papiers$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the language links still lead to each language', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/es/glossaire/');
    await page.locator('header .language-links summary').click();
    await page.locator('header').getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\/glossaire\/$/);
  });
});

test('searching an Arabic word from an Arabic page finds Arabic pages', async ({ page }) => {
  await page.goto('/ar/');
  await page.getByRole('button', { name: 'ابحث' }).click();
  await page.getByRole('dialog').getByRole('searchbox').fill('جواز');
  const results = page.getByRole('dialog').getByRole('listitem').getByRole('link');
  await expect(results.first()).toBeVisible();
  for (const href of await results.evaluateAll((links) =>
    links.map((a) => (a as HTMLAnchorElement).pathname),
  )) {
    expect(href).toMatch(/^\/ar\//);
  }
});
