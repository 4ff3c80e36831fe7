import { expect, test, type Page } from '@playwright/test';

/**
 * Knowledge checks (issue 10): each training module ends with a few questions whose answers
 * show on demand, with nothing scored or stored. They are native disclosures, so they work
 * with a keyboard, a screen reader and without JavaScript.
 */
const modules = [
  'module-1-solutions-durables',
  'module-2-avrr',
  'module-3-integration-pays-tiers',
  'module-4-reintegration',
];

/** The questions of a module page: the disclosures that follow the "check" heading. */
const questions = (page: Page) => page.locator('.sl-heading-wrapper:has(#verifier) ~ details');

for (const lang of ['fr', 'ar']) {
  for (const module of modules) {
    test(`${lang} ${module}: each question reveals its answer on demand, nothing is scored`, async ({
      page,
    }) => {
      await page.goto(`/${lang}/formateurs/${module}/`);
      const count = await questions(page).count();
      expect(count).toBeGreaterThanOrEqual(3);
      for (let i = 0; i < count; i++) {
        const question = questions(page).nth(i);
        const answer = question.locator(':scope > :not(summary)').first();
        await expect(answer).toBeHidden();
        await question.locator('summary').click();
        await expect(answer).toBeVisible();
        expect((await answer.textContent())?.trim().length).toBeGreaterThan(20);
      }
      // Answers are read, not marked: no field to fill in and no score anywhere in the section.
      await expect(page.locator('main input, main select, main textarea')).toHaveCount(0);
    });
  }
}

test('a question opens and closes from the keyboard', async ({ page }) => {
  await page.goto('/fr/formateurs/module-2-avrr/');
  const question = questions(page).first();
  const summary = question.locator('summary');
  const answer = question.locator(':scope > :not(summary)').first();
  await summary.focus();
  await expect(summary).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(answer).toBeVisible();
  await expect(question).toHaveJSProperty('open', true);
  await page.keyboard.press('Space');
  await expect(answer).toBeHidden();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('an answer still opens', async ({ page }) => {
    await page.goto('/ar/formateurs/module-1-solutions-durables/');
    const question = questions(page).first();
    await question.locator('summary').click();
    await expect(question.locator(':scope > :not(summary)').first()).toBeVisible();
  });
});
