import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { interfaceStrings } from '../../src/site/content-files';

/** The provenance line under each title (issue 16), on the real site, where nothing is checked yet. */

test('fr: a page says it was drafted with machine assistance and not yet checked', async ({
  page,
}) => {
  const t = interfaceStrings('fr');
  await page.goto('/fr/migrants/retour-aide/');
  const line = page.locator('[data-provenance]');
  await expect(line).toHaveAttribute('data-provenance', 'machine-assisted');
  await expect(line).toHaveAttribute('data-checked', 'no');
  await expect(line).toContainText(t['provenance.writtenMachine']!);
  await expect(line).toContainText(t['provenance.notChecked']!);
});

test('ar: a translation says it was translated with machine assistance from the French of a date', async ({
  page,
}) => {
  const t = interfaceStrings('ar');
  const french = readFileSync(
    new URL('../../content/docs/fr/migrants/retour-aide.mdx', import.meta.url),
    'utf8',
  );
  const reviewed = french.match(/^reviewed: (\d{4}-\d\d-\d\d)$/m)![1]!;
  const date = new Intl.DateTimeFormat('ar', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(reviewed),
  );
  await page.goto('/ar/migrants/retour-aide/');
  const line = page.locator('[data-provenance]');
  await expect(line).toHaveAttribute('data-checked', 'no');
  await expect(line).toContainText(t['provenance.translatedMachine']!.replace('{date}', date));
  await expect(line).toContainText(t['provenance.notChecked']!);
});

for (const lang of ['fr', 'ar']) {
  test(`${lang}: the line links to the about page, which explains the labels`, async ({ page }) => {
    const t = interfaceStrings(lang);
    await page.goto(`/${lang}/praticiens/avrr/`);
    await page
      .locator('[data-provenance]')
      .getByRole('link', { name: t['provenance.link'] })
      .click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/a-propos/#provenance$`));
    await expect(page.locator('#provenance')).toBeInViewport();
  });

  test(`${lang}: without FEEDBACK_EMAIL or FEEDBACK_URL there is no "report a mistake" link`, async ({
    page,
  }) => {
    await page.goto(`/${lang}/migrants/vos-droits/`);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('[data-feedback]')).toHaveCount(0);
  });
}

test('the line works without JavaScript and prints', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/fr/migrants/vos-options/');
  await expect(page.locator('[data-provenance]')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-provenance]')).toBeVisible();
  await context.close();
});
