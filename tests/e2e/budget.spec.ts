import { expect } from '@playwright/test';

import { kb, summarize } from '../../scripts/weigh.ts';
import { languages, scriptFonts } from '../../src/site/languages.ts';
import { sitePages } from './site-pages';
import { test } from './visit';
import { budget, describeEntries, isWidgetPage, load } from './weight';

/**
 * Weight budgets (issue 8): see ./weight.ts. Each guidance page's first load is checked in
 * every-page.spec.ts, on the one visit that page gets; here, the tools and search.
 */
const widgets = sitePages().filter(isWidgetPage);

test.describe('a widget page, first load', () => {
  for (const path of widgets) {
    test(`${path} weighs at most 35 KB with its tool ready`, async ({ cold: { page, visit } }) => {
      const { entries, summary } = (await visit(path)).loaded;
      // The island has hydrated: the tool's first question is on screen and answerable.
      await expect(page.locator('astro-island:not([ssr])')).toHaveCount(1);
      await expect(page.locator('astro-island input[type="radio"]').first()).toBeVisible();
      expect(
        summary.total,
        `total ${kb(summary.total)} KB:\n${describeEntries(entries)}`,
      ).toBeLessThanOrEqual(budget.widget);
    });
  }
});

const queries = [
  { lang: 'fr', word: 'retour', status: /^\d+ résultats? pour « retour »$/ },
  { lang: 'ar', word: 'العودة', status: /العودة/ },
];

for (const { lang, word, status } of queries) {
  test(`${lang}: opening search and running one query costs at most 110 KB, in the page's language`, async ({
    page,
  }) => {
    const { recorder } = await load(page, `/${lang}/migrants/vos-options/`);
    await page.locator('[data-open-search]').click();
    await page.getByRole('searchbox').fill(word);
    await expect(page.locator('.search-results li').first()).toBeVisible();
    const statusText = (await page.getByRole('dialog').getByRole('status').textContent()) ?? '';
    expect(statusText.trim()).toMatch(status);
    // The result count is written with the page's own digits and words, not Pagefind's English.
    expect(statusText).not.toMatch(/\bresults?\b/i);
    const entries = await recorder.take();
    const { total } = summarize(entries);
    expect(total, `search ${kb(total)} KB:\n${describeEntries(entries)}`).toBeLessThanOrEqual(
      budget.search,
    );
  });
}

for (const [code, { script }] of Object.entries(languages)) {
  test(`${code}: the font stack names system fonts for ${script} script and downloads none`, async ({
    page,
  }) => {
    for (const path of [`/${code}/`, '/']) {
      // Styles are in place once the page has loaded (a font would be listed in document.fonts
      // from then on, downloaded or not).
      await page.goto(path);
      const fonts = await page.evaluate(() => ({
        family: getComputedStyle(document.body).fontFamily,
        faces: document.fonts.size,
      }));
      // No @font-face at all: nothing to download, whatever the page.
      expect(fonts.faces).toBe(0);
      const family = fonts.family.split(',').map((f) => f.trim().replace(/^["']|["']$/g, ''));
      // Android (Noto), Windows and Apple families for the script, then the generic family
      // (Starlight appends emoji fonts after it).
      const generic = family.indexOf('sans-serif');
      expect(generic).toBeGreaterThan(0);
      for (const needed of scriptFonts[script as keyof typeof scriptFonts]) {
        expect(family.indexOf(needed), `${path}: ${needed}`).toBeGreaterThan(-1);
        expect(family.indexOf(needed)).toBeLessThan(generic);
      }
    }
  });
}
