import { test, expect } from '@playwright/test';

test('the language chooser lists the four languages, each named in its own script', async ({ page }) => {
  await page.goto('/');
  for (const name of ['Français', 'English', 'Español', 'العربية']) {
    await expect(page.getByRole('link', { name })).toBeVisible();
  }
});
