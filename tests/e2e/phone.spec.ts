import { test, expect } from '@playwright/test';
import { languages } from '../../src/site/languages.ts';
import { interfaceStrings } from '../../src/site/content-files';
import { trackOf } from '../../src/site/track';
import { langOf, sitePages } from './site-pages';

/**
 * What a reader sees on a phone, in every language (issue 17): the site's name whole in the
 * header, Previous and Next within the reader's track, "informs, does not decide" said once,
 * and "Leave quickly" never over a heading scrolled into view.
 */
const pages = sitePages();

for (const [code, { title }] of Object.entries(languages)) {
  test(`${code}: at 360 px the header shows the site's whole name, broken only between words`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`/${code}/migrants/retour-aide/`);
    const name = page.locator('header .site-title');
    await expect(name).toHaveText(title);
    // The page's own interface strings, not French ones (Starlight finds them by `lang`:
    // Dari's are in fa-AF.json).
    const strings = interfaceStrings(code);
    await expect(page.locator('.quick-exit')).toContainText(strings['quickExit.label']!);
    await expect(page.locator('.site-disclaimer')).toContainText(strings['site.freeConfidential']!);
    const layout = await name.evaluate((a) => {
      const box = a.getBoundingClientRect();
      const frame = a.closest('.title-wrapper')!.getBoundingClientRect();
      const header = a.closest('header')!.getBoundingClientRect();
      // Each word drawn in one piece: a word cut across lines has two boxes.
      const text = a.firstChild as Text;
      const split: string[] = [];
      for (const m of text.data.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(text, m.index);
        range.setEnd(text, m.index + m[0].length);
        if (range.getClientRects().length !== 1) split.push(m[0]);
      }
      return {
        inside:
          box.left >= frame.left - 1 &&
          box.right <= frame.right + 1 &&
          box.top >= header.top - 1 &&
          box.bottom <= header.bottom + 1,
        split,
      };
    });
    expect(layout.split).toEqual([]);
    expect(layout.inside, 'the name is clipped by the header').toBe(true);
  });

  test(`${code}: Previous and Next stay within the reader's track on every page; "informs, does not decide" is said once`, async ({
    request,
  }) => {
    const mine = pages.filter((p) => langOf(p) === code && !p.endsWith('/document/'));
    expect(mine.length).toBeGreaterThan(20);
    for (const path of mine) {
      const html = await (await request.get(path)).text();
      for (const [, href] of html.matchAll(/<a href="([^"]+)" rel="(?:prev|next)"/g)) {
        expect(trackOf(href!, '/'), `${path} → ${href}`).toBe(trackOf(path, '/'));
      }
      // The footer's sentence, unless the page says it itself (saysItInforms).
      const footer = (html.match(/data-informs/g) ?? []).length;
      expect(footer, path).toBeLessThanOrEqual(1);
    }
    const own = await (await request.get(`/${code}/outils/explorateur/`)).text();
    expect(own).not.toContain('data-informs');
    const other = await (await request.get(`/${code}/praticiens/avrr/`)).text();
    expect(other).toContain('data-informs');
  });
}

test('at 360 px, "Leave quickly" never covers a heading scrolled into view', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const code of ['fr', 'ps', 'bn']) {
    await page.goto(`/${code}/migrants/retour-aide/`);
    const exit = await page.locator('.quick-exit').boundingBox();
    expect(exit).not.toBeNull();
    const covered = await page.locator('main h2').evaluateAll(
      (headings, exitBox) =>
        headings
          .map((h) => {
            h.scrollIntoView({ block: 'end' });
            const box = h.getBoundingClientRect();
            const overlaps =
              box.bottom > exitBox.y &&
              box.top < exitBox.y + exitBox.height &&
              box.right > exitBox.x &&
              box.left < exitBox.x + exitBox.width;
            return overlaps ? h.textContent : null;
          })
          .filter(Boolean),
      exit!,
    );
    expect(covered, code).toEqual([]);
  }
});
