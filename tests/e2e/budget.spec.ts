import { expect, test, type Page } from '@playwright/test';

import { inlineScripts, kb, recordResponses, summarize } from '../../scripts/weigh.mjs';
import { langOf, sitePages } from './site-pages';

/**
 * Weight budgets (issue 8), on a cold cache with every request counted, each body compressed
 * with gzip -9 (see scripts/weigh.mjs). Readers pay for every megabyte: these fail the build
 * when a change makes a page heavier than promised. 1 KB = 1000 bytes.
 */
const KB = 1000;
const budget = {
  guidance: 20 * KB,
  guidanceScript: 3 * KB,
  widget: 35 * KB,
  search: 110 * KB,
};

const widgetPages = (path: string) => /\/outils\/(explorateur|eligibilite-avrr)\/$/.test(path);
const pages = sitePages().filter((p) => langOf(p));
// A module's printable handout gathers several pages into one document to print; it is not
// a page to read on a phone, and only its own weight (the sum of its pages) would make sense.
const handout = (path: string) => /\/document\/$/.test(path);
const guidance = pages.filter((p) => !widgetPages(p) && !handout(p));

const widgets = pages.filter(widgetPages);

/** Loads a page on a fresh (cold) context and waits until the network is quiet. */
async function load(page: Page, path: string) {
  const recorder = recordResponses(page);
  await page.goto(path, { waitUntil: 'networkidle' });
  const entries = await recorder.take();
  return { recorder, entries, summary: summarize(entries, await inlineScripts(page)) };
}

const describe = (entries: { url: string; bytes: number }[]) =>
  entries.map((e) => `${kb(e.bytes)} KB ${new URL(e.url).pathname}`).join('\n');

test.describe('a guidance page, first load', () => {
  for (const path of guidance) {
    test(`${path} weighs at most 20 KB, 3 KB of it script, and loads no search or font`, async ({
      page,
    }) => {
      const { entries, summary } = await load(page, path);
      const detail = describe(entries);
      expect(summary.total, `total ${kb(summary.total)} KB:\n${detail}`).toBeLessThanOrEqual(
        budget.guidance,
      );
      expect(summary.script, `script ${kb(summary.script)} KB:\n${detail}`).toBeLessThanOrEqual(
        budget.guidanceScript,
      );
      // Search costs nothing until it is opened; text uses the phone's own fonts.
      expect(entries.filter((e) => e.url.includes('/pagefind/'))).toEqual([]);
      expect(entries.filter((e) => e.kind === 'font')).toEqual([]);
    });
  }
});

test.describe('a widget page, first load', () => {
  for (const path of widgets) {
    test(`${path} weighs at most 35 KB with its tool ready`, async ({ page }) => {
      const { entries, summary } = await load(page, path);
      // The island has hydrated: the tool's first question is on screen and answerable.
      await expect(page.locator('astro-island:not([ssr])')).toHaveCount(1);
      await expect(page.locator('astro-island input[type="radio"]').first()).toBeVisible();
      expect(
        summary.total,
        `total ${kb(summary.total)} KB:\n${describe(entries)}`,
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
    await page.waitForLoadState('networkidle');
    const entries = await recorder.take();
    const { total } = summarize(entries);
    expect(total, `search ${kb(total)} KB:\n${describe(entries)}`).toBeLessThanOrEqual(
      budget.search,
    );
  });
}

test('the font stack names fonts for Latin, Arabic and Ethiopic script and downloads none', async ({
  page,
}) => {
  await page.goto('/ar/', { waitUntil: 'networkidle' });
  const fonts = await page.evaluate(() => ({
    family: getComputedStyle(document.body).fontFamily,
    faces: document.fonts.size,
  }));
  // No @font-face at all: nothing to download, whatever the page.
  expect(fonts.faces).toBe(0);
  const family = fonts.family.split(',').map((f) => f.trim().replace(/^["']|["']$/g, ''));
  // Android (Noto), Windows and Apple families for each script, then the generic family
  // (Starlight appends emoji fonts after it).
  const generic = family.indexOf('sans-serif');
  expect(generic).toBeGreaterThan(0);
  for (const needed of ['Roboto', 'Segoe UI', 'Noto Sans Arabic', 'Noto Sans Ethiopic', 'Nyala']) {
    expect(family.indexOf(needed)).toBeGreaterThan(-1);
    expect(family.indexOf(needed)).toBeLessThan(generic);
  }
});
