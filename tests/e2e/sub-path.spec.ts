import { test, expect } from '@playwright/test';
import { interfaceStrings } from '../../src/site/content-files';
import { fixtureStrings } from '../../scripts/fixture.ts';
import { fakeSpeech } from './speech';

// The site built with SITE_BASE=/guide/, as when an organisation hosts it inside its own domain.
test('works under a sub-path: chooser, pages, links, styles and search', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto('/guide/');
  await page.getByRole('link', { name: /Français/ }).click();
  await expect(page).toHaveURL(/\/guide\/fr\/$/);
  await page.locator('[data-audience="migrant"]').click();
  await expect(page).toHaveURL(/\/guide\/fr\/migrants\/vos-options\/$/);
  await expect(page.locator('h1')).toBeVisible();
  await page.getByRole('button', { name: 'Rechercher' }).click();
  await page.getByRole('dialog').getByRole('searchbox').fill('retour');
  const first = page.getByRole('dialog').getByRole('listitem').getByRole('link').first();
  await expect(first).toHaveAttribute('href', /^\/guide\/fr\//);
  expect(failed).toEqual([]);
});

// In this build one sentence of the French "Vos options" page was changed after translation.
for (const lang of ['en', 'es', 'ar']) {
  test(`${lang}: a translation behind its French page says so and links to the French`, async ({
    page,
  }) => {
    await page.goto(`/guide/${lang}/migrants/vos-options/`);
    const notice = page.locator('[data-outdated-notice]');
    await expect(notice).toBeVisible();
    await notice.getByRole('link').click();
    await expect(page).toHaveURL(/\/guide\/fr\/migrants\/vos-options\/$/);
    await expect(page.locator('[data-outdated-notice]')).toHaveCount(0);
  });
}

test('an up-to-date translation shows no notice', async ({ page }) => {
  await page.goto('/guide/ar/migrants/retour-aide/');
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('[data-outdated-notice]')).toHaveCount(0);
});

// Provenance (issue 16). In this build "Rester ici" in French carries a recorded check of its
// current version, the Arabic "Après le retour" is missing (so Arabic readers get the French
// page), and FEEDBACK_EMAIL is set.

for (const lang of ['fr', 'ar']) {
  test(`${lang}: a page with a recorded check says who checked it and when`, async ({ page }) => {
    const t = interfaceStrings(lang);
    await page.goto(`/guide/${lang}/migrants/rester-ici/`);
    const line = page.locator('[data-provenance]');
    await expect(line).toHaveAttribute('data-checked', lang === 'fr' ? 'yes' : 'no');
    if (lang === 'fr') {
      const date = new Intl.DateTimeFormat('fr', { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date('2027-01-15'),
      );
      await expect(line).toContainText(
        t['provenance.checked']!.replace('{by}', t['provenance.role.iomStaff']!).replace(
          '{date}',
          date,
        ),
      );
    } else {
      // The Arabic translation was not checked: the French check does not carry over.
      await expect(line).toContainText(t['provenance.notChecked']!);
    }
  });
}

test('ar: a page missing in Arabic shows the French text with its provenance, in Arabic', async ({
  page,
}) => {
  const t = interfaceStrings('ar');
  await page.goto('/guide/ar/migrants/apres-le-retour/');
  const line = page.locator('[data-provenance="machine-assisted"]');
  await expect(line).toContainText(t['provenance.writtenMachine']!);
  await expect(line).toHaveAttribute('data-checked', 'no');
});

for (const lang of ['fr', 'ar']) {
  test(`${lang}: "report a mistake" opens the mail app with the page's address and version`, async ({
    page,
  }) => {
    const t = interfaceStrings(lang);
    await page.goto(`/guide/${lang}/migrants/vos-droits/`);
    const link = page.locator('[data-feedback] a');
    await expect(link).toHaveText(t['feedback.link']!);
    const href = (await link.getAttribute('href'))!;
    expect(href.startsWith('mailto:guide@example.org?')).toBe(true);
    const body = new URLSearchParams(href.split('?')[1]).get('body')!;
    expect(body).toContain(`/guide/${lang}/migrants/vos-droits/`);
    expect(body).toMatch(/[0-9a-f]{12}/);
  });
}

// In this build the French "Stop" label holds a | and a newline (scripts/fixture.ts).
test('a read-aloud label holding | and a newline reaches the browser as written', async ({
  page,
}) => {
  const french = interfaceStrings('fr');
  await page.addInitScript(fakeSpeech, [{ name: 'Française', lang: 'fr-FR' }]);
  await page.goto('/guide/fr/migrants/vos-options/');
  await page.getByRole('button', { name: 'Écouter la page' }).click();
  const labels = page.locator('.read-aloud-bar button span');
  await expect(labels).toHaveCount(3);
  expect(await labels.nth(1).evaluate((span) => span.textContent)).toBe(
    fixtureStrings['readAloud.stop'],
  );
  // The label after it is its own, not shifted by the | before it.
  expect(await labels.nth(2).evaluate((span) => span.textContent)).toBe(
    french['readAloud.speedNormal'],
  );
});
