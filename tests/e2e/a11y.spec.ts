import { test, expect } from '@playwright/test';
import { focusIndicator } from './accessibility';

// Every page's axe check, language, 320 px reflow and reading without JavaScript are in
// every-page.spec.ts (one visit per page checks weight, privacy and accessibility together).

test.describe('the focus check', () => {
  for (const [style, shown] of [
    ['outline: 2px solid transparent; box-shadow: none', false],
    ['outline: 0 solid red; box-shadow: none', false],
    ['outline: none; box-shadow: 0 0 0 3px rgba(0, 0, 0, 0)', false],
    ['outline: none; box-shadow: 0 0 0 3px red', true],
    ['outline: none; border-color: red', true],
    ['outline: 2px solid red', true],
  ] as const) {
    test(`${shown ? 'accepts' : 'rejects'} a focused link styled "${style}"`, async ({ page }) => {
      await page.setContent(
        `<style>a { outline: none; border: 2px solid white; } a:focus-visible { ${style} }</style><a href="#x">x</a>`,
      );
      await page.keyboard.press('Tab');
      await expect(page.locator('a')).toBeFocused();
      expect(await focusIndicator(page), style).toEqual(shown ? expect.any(String) : null);
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
      const visible = (await focusIndicator(page)) !== null;
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
