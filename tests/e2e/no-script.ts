import { readFileSync } from 'node:fs';
import { expect, type CDPSession, type Page } from '@playwright/test';
import { bodyOf } from '../../src/site/mdx';
import { mdxToText, words } from '../../src/site/text';
import { sourceOf } from './site-pages';

/** Text as its letters and digits only: spaces and marks differ between source and page. */
const letters = (text: string) => words(text.replace(/['’]/g, '')).join('');

/** The page's title and first paragraph, as its MDX source writes them. */
function titleAndFirstParagraph(file: string) {
  const source = readFileSync(file, 'utf8');
  const title = /^title:\s*(.+)$/m.exec(source)![1]!.replace(/^(['"])(.*)\1$/, '$2');
  const body = bodyOf(source);
  const paragraph = body
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .find((block) => /^[\p{L}*_\[]/u.test(block) && !/^(import|export)\s/.test(block));
  return { title, paragraph: paragraph ? letters(mdxToText(paragraph)) : undefined };
}

/**
 * Shows the page again with scripts turned off, in the same tab (Chromium's own switch, the
 * one Playwright's `javaScriptEnabled: false` uses), and checks that a reader without
 * JavaScript still gets its title, its first paragraph word for word and all its text; a tool,
 * which needs JavaScript, explains in prose what it would have asked.
 */
export async function expectReadsWithoutScript(page: Page, path: string, session?: CDPSession) {
  const cdp = session ?? (await page.context().newCDPSession(page));
  await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
  await page.reload();
  const main = page.locator('main');
  await expect(main).toBeVisible();
  // The page's own scripts did not run: the search button, which a script enables, is still off.
  const search = page.locator('[data-open-search]');
  if (await search.count()) await expect(search, 'scripts still run').toBeDisabled();
  const h1 = page.locator('h1').first();
  await expect(h1).toBeVisible();
  const file = sourceOf(path);
  if (file) {
    const { title, paragraph } = titleAndFirstParagraph(file);
    await expect(h1).toHaveText(title);
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
      .filter((el) => !el.closest('details:not([open]) > :not(summary), [hidden], astro-island'))
      .filter((el) => !el.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
      .map((el) => `${el.tagName.toLowerCase()}: ${el.textContent!.trim().slice(0, 60)}`),
  );
  expect(hidden).toEqual([]);
  for (const widget of await page.locator('[data-widget]').all()) {
    const fallback = widget.locator('[class$="-fallback"]');
    await expect(fallback).toBeVisible();
    expect((await fallback.innerText()).length).toBeGreaterThan(500);
  }
  if (!session) await cdp.detach();
}
