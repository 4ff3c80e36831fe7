import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { languages } from '../../src/site/languages.ts';

/**
 * Search that understands (issue 18): realistic queries per language, in
 * ./search-queries/<code>.json, each with the pages that answer it. Every query runs through
 * the site's own search code (the dialog's `findAddresses`: small words left out, words found
 * separately when they find nothing together) on the language's home page, where no audience
 * comes first. At least 95 % must have an answering page among the first three results.
 */
type Query = { q: string; pages: string[] };

const queriesOf = (code: string): Query[] | undefined => {
  const file = join(import.meta.dirname, 'search-queries', `${code}.json`);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
};

/** Opens search on a page, so that the dialog's code is loaded, and waits for it. */
async function openSearch(page: Page, path: string) {
  await page.goto(path);
  await page.locator('[data-open-search]').click();
  await page.waitForFunction(() => 'findAddresses' in document.querySelector('site-search')!);
}

/** `/ar/migrants/retour-aide/` gives `migrants/retour-aide`; `/ar/` gives `index`. */
const slugOf = (url: string) =>
  new URL(url, 'http://x').pathname.split('/').filter(Boolean).slice(1).join('/') || 'index';

test('the query set of every language finds an answering page in the first three results, 95 % of the time', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const figures: string[] = [];
  const misses: string[] = [];
  let answered = 0;
  let total = 0;
  for (const code of Object.keys(languages)) {
    const queries = queriesOf(code);
    if (!queries) continue;
    await openSearch(page, `/${code}/`);
    const found = await page.evaluate(
      async (terms) => {
        const root = document.querySelector('site-search') as unknown as {
          findAddresses: (term: string) => Promise<string[]>;
        };
        // All at once: each query is independent of the others.
        return Promise.all(terms.map((term) => root.findAddresses(term)));
      },
      queries.map((query) => query.q),
    );
    let own = 0;
    queries.forEach(({ q, pages }, i) => {
      const top = found[i]!;
      // Every result is a page of the language searched.
      for (const url of top) expect(url, q).toMatch(new RegExp(`^/${code}/`));
      if (top.some((url) => pages.includes(slugOf(url)))) own += 1;
      else misses.push(`${code} "${q}": ${top.map(slugOf).join(', ') || 'nothing'}`);
    });
    figures.push(`${code} ${own}/${queries.length}`);
    answered += own;
    total += queries.length;
  }
  const share = answered / total;
  console.log(
    `search query set: ${answered}/${total} (${(share * 100).toFixed(1)} %) answered in the first three\n` +
      `  ${figures.join(', ')}${misses.length ? `\n  missed:\n    ${misses.join('\n    ')}` : ''}`,
  );
  expect(total).toBeGreaterThanOrEqual(4 * 12);
  expect(share).toBeGreaterThanOrEqual(0.95);
});

test('"demande d\'asile" on the Arabic site lists Arabic pages, for migrants first on a migrant page, and the audience filter keeps one audience', async ({
  page,
}) => {
  await page.goto('/ar/migrants/vos-options/');
  await page.locator('[data-open-search]').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('searchbox').fill("demande d'asile");
  const links = dialog.locator('.search-results li a');
  await expect(links.first()).toBeVisible();
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  for (const href of hrefs) expect(href).toMatch(/^\/ar\//);
  // On a page for migrants, a page for migrants comes first.
  expect(hrefs[0]).toMatch(/^\/ar\/migrants\//);
  // The hidden words are never shown: no result's excerpt holds their mark or the French term.
  await expect(dialog.locator('.search-results')).not.toContainText('\u2042');
  await expect(dialog.locator('.search-results')).not.toContainText(/demande d'asile/i);

  // Practitioners only: each result is a page for practitioners or for everyone.
  await dialog.getByLabel('عرض').selectOption('practitioner');
  const practitionersOrEveryone =
    /^\/ar\/(praticiens|outils|glossaire|a-propos|hors-ligne)\/|^\/ar\/$/;
  await expect
    .poll(async () => {
      const kept = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      return kept.length > 0 && kept.every((href) => practitionersOrEveryone.test(href));
    })
    .toBe(true);
});
