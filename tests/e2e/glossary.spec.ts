import { expect, test, type Page } from '@playwright/test';
import { axeViolations, sidewaysScrollAt320 } from './accessibility';

/**
 * Glossary terms in the text: the first use of a term opens its definition in place, from the
 * keyboard, and without JavaScript leads to the glossary entry.
 *
 * On "Vos options", in every language, the paragraph after the table of options names a
 * counsellor (the glossary's #conseiller) for the first time; the table's last link comes
 * just before it in the tab order.
 */
const cases = [
  {
    lang: 'fr',
    term: 'conseiller',
    paragraph: 'Chaque option a des avantages.',
    more: 'Toute la définition dans le glossaire',
  },
  { lang: 'ar', term: 'للمستشار', paragraph: 'لكل خيار مزايا.', more: 'التعريف الكامل في المسرد' },
];

/** The first paragraph of the glossary's entry for counsellors, as the glossary page shows it. */
async function entryStart(page: Page, lang: string) {
  const glossary = await page.context().newPage();
  await glossary.goto(`/${lang}/glossaire/`);
  const text = await glossary.locator('.sl-heading-wrapper:has(#conseiller) + p').innerText();
  await glossary.close();
  return text.trim();
}

for (const { lang, term: name, more } of cases) {
  test(`${lang}: a glossary term opens its definition in place, from the keyboard`, async ({
    page,
  }) => {
    const definition = await entryStart(page, lang);
    expect(definition.length).toBeGreaterThan(20);
    await page.goto(`/${lang}/migrants/vos-options/`);

    // Tab from the link just before the term.
    await page.locator('.sl-markdown-content table a[href="../autre-pays/"]').focus();
    await page.keyboard.press('Tab');
    // (The author links the word again further down: this is the first of the two.)
    const term = page.getByRole('button', { name, exact: true }).first();
    await expect(term).toBeFocused();
    await expect(term).toHaveAttribute('aria-expanded', 'false');

    await page.keyboard.press('Enter');
    await expect(term).toHaveAttribute('aria-expanded', 'true');
    const panel = page.locator(`#${await term.getAttribute('aria-controls')}`);
    await expect(panel).toBeVisible();
    expect((await panel.innerText()).startsWith(definition)).toBe(true);
    // Kept out of search and of read-aloud; the page did not move.
    await expect(panel).toHaveAttribute('data-pagefind-ignore', '');
    await expect(panel).toHaveAttribute('data-no-read', '');
    await expect(page).toHaveURL(new RegExp(`/${lang}/migrants/vos-options/$`));
    await expect(term).toBeFocused();

    // Escape closes it and leaves focus on the term.
    await page.keyboard.press('Escape');
    await expect(term).toHaveAttribute('aria-expanded', 'false');
    await expect(panel).toBeHidden();
    await expect(term).toBeFocused();

    // Space opens it again; its link to the whole entry comes next in the tab order, and
    // Escape from there closes it and brings focus back to the term.
    await page.keyboard.press(' ');
    await expect(panel).toBeVisible();
    await page.keyboard.press('Tab');
    const full = panel.getByRole('link', { name: more });
    await expect(full).toBeFocused();
    await expect(full).toHaveAttribute('href', new RegExp(`/${lang}/glossaire/#conseiller$`));
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(term).toBeFocused();

    // The author's own link to the same entry, further down, opens the same definition.
    const links = page.locator('.sl-markdown-content [data-gl][href$="/glossaire/#conseiller"]');
    await expect(links).toHaveCount(2);
    const again = links.last();
    await expect(again).toHaveAttribute('role', 'button');
    await again.click();
    await expect(again).toHaveAttribute('aria-expanded', 'true');
    const second = page.locator(`#${await again.getAttribute('aria-controls')}`);
    await expect(second).toBeVisible();
    expect((await second.innerText()).startsWith(definition)).toBe(true);

    // Open, it passes axe and reflows on a 320 px screen with text at 200 %.
    expect(await axeViolations(page, '.sl-markdown-content')).toEqual([]);
    expect(await sidewaysScrollAt320(page)).toBeLessThanOrEqual(0);
    await expect(second).toBeVisible();
  });
}

test('fr: a term used again later on the page is not linked again', async ({ page }) => {
  await page.goto('/fr/migrants/rester-ici/');
  const content = page.locator('.sl-markdown-content');
  await expect(content.getByRole('button', { name: 'conseiller' })).toHaveCount(1);
  // …though the word comes back in the text.
  expect((await content.innerText()).match(/conseiller/gi)!.length).toBeGreaterThan(1);
  // Never in a heading.
  await expect(content.locator('h2 [data-gl], h3 [data-gl]')).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const { lang, term: name, paragraph } of cases) {
    test(`${lang}: a glossary term is a plain link to its entry`, async ({ page }) => {
      await page.goto(`/${lang}/migrants/vos-options/`);
      const term = page.locator('p', { hasText: paragraph }).getByRole('link', { name });
      await expect(term).not.toHaveAttribute('aria-expanded');
      await term.click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/glossaire/#conseiller$`));
      await expect(page.locator('#conseiller')).toBeInViewport();
    });
  }

  test('fr, under a sub-path: the link leads to the entry there', async ({ page, baseURL }) => {
    // The same site built with SITE_BASE=/guide/ is served on the next port (playwright.config.ts).
    const url = new URL(baseURL!);
    url.port = String(Number(url.port) + 1);
    await page.goto(new URL('/guide/fr/migrants/vos-options/', url).href);
    await page
      .locator('p', { hasText: cases[0]!.paragraph })
      .getByRole('link', { name: 'conseiller' })
      .click();
    await expect(page).toHaveURL(/\/guide\/fr\/glossaire\/#conseiller$/);
    await expect(page.locator('#conseiller')).toBeInViewport();
  });
});
