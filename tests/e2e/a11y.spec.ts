import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { mdxToText, words } from '../../src/lib/text';
import { sitePages } from './site-pages';
import { focusIndicator } from './accessibility';

const pages = sitePages();

// Every page's axe check, language and 320 px reflow are in every-page.spec.ts (one visit
// per page checks weight, privacy and accessibility together).

test.describe('the focus check', () => {
  for (const [style, shown] of [
    ['outline: 2px solid transparent; box-shadow: none', false],
    ['outline: 0 solid red; box-shadow: none', false],
    ['outline: none; box-shadow: 0 0 0 3px rgba(0, 0, 0, 0)', false],
    ['outline: none; box-shadow: 0 0 0 3px red', true],
    ['outline: none; border-color: red', true],
    ['outline: 2px solid red', true],
  ] as const) {
    test(`${shown ? 'accepts' : 'rejects'} a focused link styled "${style}"`, async ({ page }) => {
      await page.setContent(
        `<style>a { outline: none; border: 2px solid white; } a:focus-visible { ${style} }</style><a href="#x">x</a>`,
      );
      await page.keyboard.press('Tab');
      await expect(page.locator('a')).toBeFocused();
      expect(await focusIndicator(page), style).toEqual(shown ? expect.any(String) : null);
    });
  }
});

/** The MDX file of a page of the site, when it has one (`/fr/migrants/` → its index.mdx). */
function sourceOf(path: string): string | undefined {
  const docs = join(import.meta.dirname, '../../content/docs');
  const slug = path.replace(/^\/|\/$/g, '');
  return [`${slug}.mdx`, `${slug}/index.mdx`, `${slug}.md`]
    .map((f) => join(docs, f))
    .find((f) => slug && existsSync(f));
}

/** Text as its letters and digits only: spaces and marks differ between source and page. */
const letters = (text: string) => words(text.replace(/['’]/g, '')).join('');

/** The page's title and first paragraph, as its MDX source writes them. */
function titleAndFirstParagraph(file: string) {
  const source = readFileSync(file, 'utf8');
  const title = /^title:\s*(.+)$/m.exec(source)![1]!.replace(/^(['"])(.*)\1$/, '$2');
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  const paragraph = body
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .find((block) => /^[\p{L}*_\[]/u.test(block) && !/^(import|export)\s/.test(block));
  return { title, paragraph: paragraph ? letters(mdxToText(paragraph)) : undefined };
}

test.describe('without JavaScript every page reads', () => {
  test.use({ javaScriptEnabled: false });
  for (const path of pages) {
    test(`${path} shows its title, its first paragraph and all its text, and a tool its prose`, async ({
      page,
    }) => {
      await page.goto(path);
      const main = page.locator('main');
      await expect(main).toBeVisible();
      const h1 = page.locator('h1').first();
      await expect(h1).toBeVisible();
      const file = sourceOf(path);
      if (file) {
        const { title, paragraph } = titleAndFirstParagraph(file);
        await expect(h1).toHaveText(title);
        // The first paragraph, word for word, is in what the reader sees.
        if (paragraph) expect(letters(await main.innerText())).toContain(paragraph);
      } else {
        expect((await h1.innerText()).trim()).not.toBe('');
      }
      // No text of the page is hidden, except answers folded in a closed <details> and what
      // waits for a script: elements [hidden] until then, and a tool's form (its island).
      const hidden = await main.evaluate((root) =>
        [...root.querySelectorAll<HTMLElement>('p, li, h2, h3, h4, td, th, dt, dd, figcaption')]
          // Text of its own: a row of buttons that wait for a script is no text to read.
          .filter((el) => {
            const copy = el.cloneNode(true) as HTMLElement;
            for (const button of copy.querySelectorAll('button')) button.remove();
            return copy.textContent?.trim();
          })
          .filter(
            (el) => !el.closest('details:not([open]) > :not(summary), [hidden], astro-island'),
          )
          .filter((el) => !el.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
          .map((el) => `${el.tagName.toLowerCase()}: ${el.textContent!.trim().slice(0, 60)}`),
      );
      expect(hidden).toEqual([]);
      // A tool, which needs JavaScript, explains in prose what it would have asked.
      for (const widget of await page.locator('[data-widget]').all()) {
        const fallback = widget.locator('[class$="-fallback"]');
        await expect(fallback).toBeVisible();
        expect((await fallback.innerText()).length).toBeGreaterThan(500);
      }
    });
  }
});

for (const lang of ['fr', 'ar']) {
  test(`${lang}: the first Tab reaches a skip link that moves to the content`, async ({ page }) => {
    await page.goto(`/${lang}/migrants/vos-options/`);
    await page.keyboard.press('Tab');
    const skip = page.locator('a.sl-skip-link');
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#_top$/);
  });

  test(`${lang}: every control shows where the keyboard is`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`/${lang}/praticiens/avrr/`);
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      const visible = (await focusIndicator(page)) !== null;
      expect(
        visible,
        await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120)),
      ).toBe(true);
    }
  });

  test(`${lang}: the phone menu opens and closes by keyboard, without trapping focus`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`/${lang}/`);
    const toggle = page.locator('button.sl-menu-button');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#starlight__sidebar')).toBeVisible();
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() =>
        document.getElementById('starlight__sidebar')?.contains(document.activeElement),
      ),
    ).toBe(true);
    await page.keyboard.press('Escape');
    await expect(page.locator('#starlight__sidebar')).toBeHidden();
  });

  test(`${lang}: search opens, answers and closes by keyboard`, async ({ page }) => {
    await page.goto(`/${lang}/`);
    await page.keyboard.press('Control+k');
    const input = page.getByRole('dialog').getByRole('searchbox');
    await expect(input).toBeFocused();
    await page.keyboard.type(lang === 'ar' ? 'العودة' : 'retour');
    await expect(page.getByRole('dialog').getByRole('listitem').first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
  });
}
