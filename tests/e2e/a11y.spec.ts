import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { langOf, sitePages } from './site-pages';

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const pages = sitePages();

// One visit per page checks three things, to keep the suite fast as pages are added.
test.describe('every page: no axe violation, its language named, no sideways scroll at 320 px', () => {
  for (const path of pages) {
    test(path, async ({ page }) => {
      // A module's handout holds the module and all its pages: axe takes several times longer.
      if (path.endsWith('/document/')) test.slow();
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).withTags(wcag).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual(
        [],
      );

      const lang = langOf(path);
      if (lang) {
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
      }

      // WCAG 1.4.10 and 1.4.4 together: a 320 px screen with text at 200 %.
      await page.setViewportSize({ width: 320, height: 640 });
      await page.evaluate(() => {
        document.documentElement.style.fontSize = '200%';
      });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, 'horizontal scroll at 320 px with text at 200 %').toBeLessThanOrEqual(0);
    });
  }
});

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
