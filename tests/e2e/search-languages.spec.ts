import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { languages, sourceLanguage } from '../../src/site/languages.ts';
import { words } from '../../src/site/text';

/**
 * Search in every language, on whole words where Pagefind has no stemmer (Amharic, Tigrinya,
 * Afaan Oromoo, Somali, Hausa, Dari, Pashto, Bengali), online and from the offline copy, which
 * must then hold the engine Pagefind uses for that language (`wasm.unknown.pagefind` for most).
 * The word searched is the longest word of the title of a page in that language, read from
 * its source, so the test follows the translation.
 */
const page = 'migrants/retour-aide';

function wordOf(code: string): string {
  const file = join(import.meta.dirname, '../../content/docs', code, `${page}.mdx`);
  const title = /^title:\s*(.+)$/m
    .exec(readFileSync(file, 'utf8'))![1]!
    .replace(/^['"]|['"]$/g, '');
  return words(title)
    .filter((w) => !/^\p{N}+$/u.test(w))
    .reduce((a, b) => (b.length > a.length ? b : a), '');
}

async function search(tab: Page, word: string, code: string) {
  await tab.locator('[data-open-search]').click();
  await tab.getByRole('dialog').getByRole('searchbox').fill(word);
  const first = tab.getByRole('dialog').getByRole('listitem').getByRole('link').first();
  await expect(first, `"${word}"`).toBeVisible({ timeout: 15_000 });
  await expect(first).toHaveAttribute('href', new RegExp(`^/${code}/`));
}

for (const code of Object.keys(languages).filter((c) => c !== sourceLanguage)) {
  test(`${code}: a word of a page's title finds that language's pages, online and from the offline copy`, async ({
    page: tab,
    context,
  }) => {
    const word = wordOf(code);
    expect(word.length).toBeGreaterThan(1);
    await tab.goto(`/${code}/`);
    await search(tab, word, code);

    await tab.goto(`/${code}/hors-ligne/`);
    await tab.locator('offline-copy button[data-action="save"]').click();
    await expect(tab.locator('offline-copy button[data-action="remove"]')).toBeVisible({
      timeout: 30_000,
    });
    await context.setOffline(true);
    try {
      const response = await tab.goto(`/${code}/${page}/`);
      expect(response?.fromServiceWorker()).toBe(true);
      await search(tab, word, code);
    } finally {
      await context.setOffline(false);
    }
  });
}
