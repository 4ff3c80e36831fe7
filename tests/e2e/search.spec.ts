import { expect, test } from '@playwright/test';

/**
 * Search results arrive in two steps (the index, then each result's text from
 * `pagefind/fragment/`): a reader who clears the box in between has asked for nothing, and the
 * results of the earlier query must not come back into the emptied list.
 */
test('clearing the search box while results load leaves the list empty', async ({ page }) => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let asked = 0;
  await page.route('**/pagefind/fragment/**', async (route) => {
    asked += 1;
    await held;
    await route.continue();
  });
  await page.goto('/fr/');
  await page.getByRole('button', { name: 'Rechercher' }).click();
  const dialog = page.getByRole('dialog');
  const box = dialog.getByRole('searchbox');
  await box.fill('retour');
  // The query has found its results and is fetching their text.
  await expect.poll(() => asked).toBeGreaterThan(0);
  await box.fill('');
  const arrived = page.waitForResponse('**/pagefind/fragment/**');
  release();
  await arrived;
  // Time for the page to handle what arrived (no timing is measured).
  await page.waitForTimeout(1000);
  expect(await dialog.locator('.search-results li').count()).toBe(0);
  await expect(dialog.getByRole('status')).toHaveText('');
  await expect(dialog.locator('[data-search-more]')).toBeHidden();
});

test('after clearing, a new query shows its own results', async ({ page }) => {
  await page.goto('/fr/');
  await page.getByRole('button', { name: 'Rechercher' }).click();
  const dialog = page.getByRole('dialog');
  const box = dialog.getByRole('searchbox');
  await box.fill('retour');
  await expect(dialog.getByRole('status')).toContainText(/résultat/);
  await box.fill('');
  await expect(dialog.locator('.search-results li')).toHaveCount(0);
  await box.fill('reconstruire');
  await expect(dialog.getByRole('status')).toContainText(/« reconstruire »/);
  await expect(dialog.locator('.search-results li').first()).toBeVisible();
});
