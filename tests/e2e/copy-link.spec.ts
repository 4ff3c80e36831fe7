import { test, expect } from '@playwright/test';

for (const { lang, copied } of [
  { lang: 'fr', copied: 'Lien copié' },
  { lang: 'ar', copied: 'تم نسخ الرابط' },
]) {
  test(`${lang}: a section's link icon copies the section's address and says so`, async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/${lang}/praticiens/avrr/`);
    const link = page.locator('#principes + a.sl-anchor-link');
    await expect(link).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(/#principes$/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      new URL(`/${lang}/praticiens/avrr/#principes`, page.url()).href,
    );
    await expect(page.getByRole('status').filter({ hasText: copied })).toHaveCount(1);
    await expect(link).toHaveAttribute('data-copied', copied);
  });
}
