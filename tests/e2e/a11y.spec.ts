import { test, expect } from '@playwright/test';
import { sitePages } from './site-pages';

const pages = sitePages();

// Every page's axe check, language and 320 px reflow are in every-page.spec.ts (one visit
// per page checks weight, privacy and accessibility together).

test.describe('without JavaScript every page reads', () => {
  test.use({ javaScriptEnabled: false });
  for (const path of pages) {
    test(path, async ({ page }) => {
      await page.goto(path);
      const main = page.locator('main');
      await expect(main).toBeVisible();
      expect((await main.innerText()).length).toBeGreaterThan(200);
    });
  }
});

for (const lang of ['fr', 'ar']) {
  test(`${lang}: the first Tab reaches a skip link that moves to the content`, async ({ page }) => {
    await page.goto(`/${lang}/migrants/vos-options/`);
    await page.keyboard.press('Tab');
    const skip = page.locator('a.sl-skip-link');
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#_top$/);
  });

  test(`${lang}: every control shows where the keyboard is`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`/${lang}/praticiens/avrr/`);
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      const visible = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return true;
        const style = getComputedStyle(el);
        return (
          (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
          style.boxShadow !== 'none'
        );
      });
      expect(
        visible,
        await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120)),
      ).toBe(true);
    }
  });

  test(`${lang}: the phone menu opens and closes by keyboard, without trapping focus`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`/${lang}/`);
    const toggle = page.locator('button.sl-menu-button');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#starlight__sidebar')).toBeVisible();
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() =>
        document.getElementById('starlight__sidebar')?.contains(document.activeElement),
      ),
    ).toBe(true);
    await page.keyboard.press('Escape');
    await expect(page.locator('#starlight__sidebar')).toBeHidden();
  });

  test(`${lang}: search opens, answers and closes by keyboard`, async ({ page }) => {
    await page.goto(`/${lang}/`);
    await page.keyboard.press('Control+k');
    const input = page.getByRole('dialog').getByRole('searchbox');
    await expect(input).toBeFocused();
    await page.keyboard.type(lang === 'ar' ? 'العودة' : 'retour');
    await expect(page.getByRole('dialog').getByRole('listitem').first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
  });
}
