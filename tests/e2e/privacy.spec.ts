import { test, expect } from '@playwright/test';
import { clean, traces, watch } from './traces';

// Every page, one visit each, is checked in every-page.spec.ts; here, searching, the menu,
// the tools and leaving.

for (const { lang, path, search, term } of [
  { lang: 'fr', path: '/fr/migrants/retour-aide/', search: 'Rechercher', term: 'passeport' },
  { lang: 'ar', path: '/ar/migrants/retour-aide/', search: 'ابحث', term: 'جواز' },
]) {
  test(`${lang}: searching and using the menu leave no trace`, async ({ page }) => {
    const { foreign } = await watch(page);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(path);
    await page.locator('#starlight__sidebar summary').first().click();
    await page.getByRole('button', { name: search }).click();
    await page.getByRole('dialog').getByRole('searchbox').fill(term);
    await expect(page.getByRole('dialog').getByRole('listitem').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(await traces(page)).toEqual(clean);
    expect(foreign).toEqual([]);
    await page.reload();
    expect(await traces(page)).toEqual(clean);
  });
}

test('a hostile string typed into search is shown as text and runs nothing', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.goto('/fr/');
  await page.getByRole('button', { name: 'Rechercher' }).click();
  const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
  await page.getByRole('dialog').getByRole('searchbox').fill(hostile);
  await expect(page.getByRole('dialog').getByRole('status')).toContainText(hostile);
  expect(await page.locator('dialog img, dialog script').count()).toBe(0);
  expect(dialogs).toBe(0);
});

test.describe('leave quickly', () => {
  const neutral = 'https://www.google.com/';

  test.beforeEach(async ({ page }) => {
    // The neutral site is not reached from the test machine: answer for it.
    await page.route(`${neutral}**`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Neutral</title><p>Neutral</p>' }),
    );
  });

  for (const lang of ['fr', 'en', 'es', 'ar']) {
    test(`${lang}: the button replaces the page, and Back does not return`, async ({ page }) => {
      await page.goto(`/${lang}/migrants/vos-options/`);
      await page.locator('[data-quick-exit]').click();
      await expect(page).toHaveURL(neutral);
      await page.goBack();
      expect(page.url()).not.toContain('127.0.0.1');
    });
  }

  test('pressing Shift three times leaves too', async ({ page }) => {
    await page.goto('/ar/');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await expect(page).toHaveURL(neutral);
  });

  test('the button is reachable by keyboard and visible on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/fr/');
    const exit = page.locator('[data-quick-exit]');
    await expect(exit).toBeInViewport();
    for (let i = 0; i < 10 && !(await exit.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(exit).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(neutral);
  });
});

for (const lang of ['fr', 'ar']) {
  for (const tool of ['explorateur', 'eligibilite-avrr']) {
    test(`${lang}: a full run of ${tool} keeps nothing, calls no one and breaks no policy`, async ({
      page,
    }) => {
      const { foreign } = await watch(page);
      const path = `/${lang}/outils/${tool}/`;
      await page.goto(path);
      const title = await page.title();
      const historyLength = await page.evaluate(() => history.length);
      const form = page.locator('[data-widget] form');
      for (let step = 0; step < 12 && (await form.count()); step++) {
        await page.locator('[data-widget] input[type="radio"]:not([disabled])').first().check();
        await form.locator('button[type="submit"]').click();
      }
      await expect(
        page.locator('[data-widget] [data-option], [data-widget] [data-outcome]').first(),
      ).toBeVisible();
      await page.waitForLoadState('networkidle');
      expect(await traces(page)).toEqual(clean);
      expect(foreign).toEqual([]);
      expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(path);
      expect(await page.title()).toBe(title);
      expect(await page.evaluate(() => history.length)).toBe(historyLength);
    });
  }
}
