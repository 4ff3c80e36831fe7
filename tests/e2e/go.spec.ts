import { test, expect } from '@playwright/test';
import { languages } from '../../src/site/languages.ts';
import { axeViolations } from './accessibility';

for (const { locale, lang } of [
  { locale: 'ar-EG', lang: 'ar' },
  { locale: 'es-MX', lang: 'es' },
  { locale: 'fr-SN', lang: 'fr' },
  { locale: 'fa-AF', lang: 'prs' },
  { locale: 'fa', lang: 'prs' },
  { locale: 'prs', lang: 'prs' },
  { locale: 'ps-AF', lang: 'ps' },
  { locale: 'am-ET', lang: 'am' },
  { locale: 'ti-ER', lang: 'ti' },
  { locale: 'bn-BD', lang: 'bn' },
  { locale: 'so-SO', lang: 'so' },
  { locale: 'om-ET', lang: 'om' },
  { locale: 'ha-NE', lang: 'ha' },
  { locale: 'pt-GW', lang: 'pt' },
]) {
  test(`a language-neutral link opens the ${lang} page for a ${locale} browser, section kept`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto('/go/praticiens/avrr/#principes');
    await expect(page).toHaveURL(new RegExp(`/${lang}/praticiens/avrr/#principes$`));
    await expect(page.locator('#principes')).toBeInViewport();
    // The forwarding page replaced itself: Back does not bounce the reader forward again.
    expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(2);
    await context.close();
  });
}

test('a browser in a language the site lacks gets the list, not a guess', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'wo-SN' });
  const page = await context.newPage();
  await page.goto('/go/migrants/retour-aide/#papiers');
  await expect(page).toHaveURL(/\/go\/migrants\/retour-aide\/#papiers$/);
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('link', { name: 'العربية' }).click();
  await expect(page).toHaveURL(/\/ar\/migrants\/retour-aide\/#papiers$/);
  await context.close();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a language-neutral link lists every language', async ({ page }) => {
    await page.goto('/go/glossaire/');
    for (const { label: name } of Object.values(languages)) {
      await expect(page.getByRole('link', { name })).toBeVisible();
    }
  });
});
