import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

/**
 * Printing (issue 10): every page prints its content only, black on white, with the full
 * address after each link; each training module has a printable handout gathering the module
 * and the pages it uses. Screenshots of the print rendering are attached to the report for a
 * person to look at (no pixel comparison: machines render fonts differently).
 */

/** The width of the printable area, in CSS pixels, with the 1.5 cm margins of print.css. */
const printable = {
  A4: Math.floor(((210 - 30) / 25.4) * 96),
  Letter: Math.floor(((215.9 - 30) / 25.4) * 96),
};

/** How many pages a PDF has. */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length;

/** What the print style sheet writes after an element (its `::after` content). */
const after = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => getComputedStyle(el, '::after').content);

/** The controls and navigation that must not be printed. */
const chrome = [
  'header.header',
  '#starlight__sidebar',
  'starlight-toc',
  '[data-open-search]',
  'a[data-quick-exit]',
  'a.sl-skip-link',
  'a.sl-anchor-link',
  'main button',
];

/** Every box that sticks out of the page sideways, or hides part of its content in a scroll box. */
const overflowing = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width) out.push('the page scrolls sideways');
    for (const el of document.querySelectorAll<HTMLElement>('main *')) {
      if (!el.checkVisibility()) continue;
      const box = el.getBoundingClientRect();
      const clipped =
        getComputedStyle(el).overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1;
      if (box.left < -1 || box.right > width + 1 || clipped) {
        out.push(`${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.slice(0, 40)}`);
      }
    }
    return out;
  });

for (const { lang, dir } of [
  { lang: 'fr', dir: 'ltr' },
  { lang: 'ar', dir: 'rtl' },
]) {
  const path = `/${lang}/migrants/vos-options/`;

  test(`${lang}: a guidance page prints its content only, with the full address of each link`, async ({
    page,
  }, testInfo) => {
    await page.goto(path);
    // A link written relative to the page (`../retour-aide/`).
    const link = `main a[href$="retour-aide/"]:not([data-gl])`;
    expect(await page.locator(link).first().getAttribute('href')).not.toMatch(/^https?:/);
    await expect(page.locator('header.header')).toBeVisible();
    expect(await after(page, link)).toBe('none');

    await page.emulateMedia({ media: 'print' });
    for (const selector of chrome) {
      for (const element of await page.locator(selector).all()) await expect(element).toBeHidden();
    }
    await expect(page.locator('main h1')).toBeVisible();
    await expect(page.locator('main .sl-markdown-content')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('dir', dir);
    // The address a reader can type, in full, left to right even in Arabic.
    const address = new URL(`/${lang}/migrants/retour-aide/`, page.url()).href;
    expect(await after(page, link)).toContain(address);
    const direction = await page
      .locator(link)
      .first()
      .evaluate((el) => getComputedStyle(el, '::after').direction);
    expect(direction).toBe('ltr');
    // Black on white.
    const colours = await page.evaluate(() => ({
      text: getComputedStyle(document.querySelector('main p')!).color,
      background: getComputedStyle(document.body).backgroundColor,
    }));
    expect(colours).toEqual({ text: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)' });

    await testInfo.attach(`${lang}-print.png`, {
      body: await page.screenshot({ fullPage: true }),
      contentType: 'image/png',
    });
  });

  test(`${lang}: headings stay with what follows, and nothing sticks out of an A4 or Letter page`, async ({
    page,
  }) => {
    await page.goto(`/${lang}/praticiens/reintegration/`);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['main h2', 'main .sl-heading-wrapper', 'main h1']) {
      const value = await page
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).breakAfter);
      expect(value, selector).toBe('avoid');
    }
    for (const [format, width] of Object.entries(printable)) {
      await page.setViewportSize({ width, height: 1000 });
      expect(await overflowing(page), format).toEqual([]);
    }
  });

  test(`${lang}: a page prints to A4 and to Letter with no line cut at the edge and its last section printed`, async ({
    page,
  }) => {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    const last = page.locator('main .sl-markdown-content :is(h2, h3)').last();
    const lastText = page.locator('main .sl-markdown-content > :is(p, ul, ol, div, aside)').last();
    for (const [format, width] of Object.entries(printable) as ['A4' | 'Letter', number][]) {
      // The print layout at the width of the paper's printable area.
      await page.setViewportSize({ width, height: 1000 });
      expect(await overflowing(page), format).toEqual([]);
      for (const element of [last, lastText]) {
        await expect(element, format).toBeVisible();
        const box = (await element.boundingBox())!;
        expect(box.x, format).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, format).toBeLessThanOrEqual(width + 1);
      }
      const pages = pageCount(await page.pdf({ format }));
      expect(pages, format).toBeGreaterThanOrEqual(1);
      expect(pages, format).toBeLessThanOrEqual(8);
    }
  });
}

test('a knowledge check prints its questions, and its answers only when opened', async ({
  page,
}) => {
  await page.goto('/fr/formateurs/module-1-solutions-durables/');
  await page.emulateMedia({ media: 'print' });
  const [closed, opened] = await page.locator('main details').all();
  await opened!.locator('summary').click();
  await expect(closed!.locator('summary')).toBeVisible();
  await expect(closed!.locator(':scope > p')).toBeHidden();
  await expect(opened!.locator(':scope > p')).toBeVisible();
});

/** The pages a module's handout prints after it, from its frontmatter. */
function handoutOf(module: string): string[] {
  const file = join(import.meta.dirname, `../../content/docs/fr/formateurs/${module}.mdx`);
  const frontmatter = readFileSync(file, 'utf8').split('---')[1]!;
  const list = frontmatter.split(/^handout:\n/m)[1]!;
  return [...list.matchAll(/^ {2}- (\S+)$/gm)].map((m) => m[1]!);
}

const module = 'module-1-solutions-durables';

for (const { lang, linkText } of [
  { lang: 'fr', linkText: 'Document à imprimer' },
  { lang: 'ar', linkText: 'نسخة للطباعة' },
]) {
  test(`${lang}: a module links to its handout, which holds the module and its pages in order`, async ({
    page,
  }) => {
    await page.goto(`/${lang}/formateurs/${module}/`);
    const title = (await page.locator('main h1').textContent())!.trim();
    await page.getByRole('link', { name: linkText }).click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/formateurs/${module}/document/$`));
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
    await expect(page.locator('main h1')).toContainText(title);

    // The module first, then each page of its list, each under its title and its address.
    const slugs = [`formateurs/${module}`, ...handoutOf(module)];
    const sections = page.locator('section.handout-page');
    await expect(sections).toHaveCount(slugs.length);
    for (const [i, slug] of slugs.entries()) {
      const section = sections.nth(i);
      const address = section.locator('.handout-address a');
      await expect(address).toHaveAttribute('href', `/${lang}/${slug}/`);
      const pageTitle = await page.evaluate(async (url) => {
        const html = await (await fetch(url)).text();
        return new DOMParser().parseFromString(html, 'text/html').querySelector('h1')!.textContent;
      }, `/${lang}/${slug}/`);
      await expect(section.locator('h2').first()).toHaveText(pageTitle!.trim());
      // Its sections are one level below its title.
      await expect(section.locator('h3').first()).toBeVisible();
    }

    // Ids stay unique once the pages are together; links still lead to the real pages.
    const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
    expect(ids.length - new Set(ids).size).toBe(0);
    const resource = sections.first().locator(`a[href$="/praticiens/solutions-durables/"]`).first();
    await expect(resource).toHaveAttribute('href', `/${lang}/praticiens/solutions-durables/`);
    // Words in another language keep their language.
    await expect(sections.first().locator('[lang="en"]').first()).toBeAttached();
  });
}

test('the handout prints without navigation, each page on a new sheet', async ({
  page,
}, testInfo) => {
  // The shortest module keeps the test quick.
  await page.goto('/ar/formateurs/module-3-integration-pays-tiers/document/');
  const print = page.getByRole('button', { name: 'اطبع هذه الوثيقة' });
  await expect(print).toBeVisible();
  await page.evaluate(() => {
    window.print = () => document.documentElement.setAttribute('data-printed', '');
  });
  await print.click();
  await expect(page.locator('html')).toHaveAttribute('data-printed', '');

  await page.emulateMedia({ media: 'print' });
  for (const selector of [...chrome, '[data-no-print]']) {
    for (const element of await page.locator(selector).all()) await expect(element).toBeHidden();
  }
  await expect(page.locator('main h1')).toBeVisible();
  const sections = page.locator('section.handout-page');
  expect(
    await sections.evaluateAll((all) => all.map((s) => getComputedStyle(s).breakBefore)),
  ).toEqual(Array((await sections.count()) as number).fill('page'));
  // A content link prints the page's official address (the site's, as in its canonical link).
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  const link = 'section.handout-page a[href$="/praticiens/pays-tiers/"]:not([dir])';
  expect(await after(page, link)).toContain(new URL('/ar/praticiens/pays-tiers/', canonical!).href);
  for (const [format, width] of Object.entries(printable)) {
    await page.setViewportSize({ width, height: 1000 });
    expect(await overflowing(page), format).toEqual([]);
  }
  // One sheet at least per page of the handout, and not a runaway document.
  const count = await sections.count();
  for (const format of ['A4', 'Letter'] as const) {
    const pages = pageCount(await page.pdf({ format }))!;
    expect(pages, format).toBeGreaterThan(count);
    expect(pages, format).toBeLessThan(100);
  }
  await testInfo.attach('ar-handout-print.png', {
    body: await page.screenshot(),
    contentType: 'image/png',
  });
});

/** Every page in the built search index (each Pagefind fragment is one page), by address. */
function indexedPages(): string[] {
  const dir = join(
    import.meta.dirname,
    '../..',
    process.env.OUT_DIR || 'dist',
    'pagefind/fragment',
  );
  return readdirSync(dir).map((file) => {
    const text = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
    return (JSON.parse(text.replace(/^pagefind_dcd/, '')) as { url: string }).url;
  });
}

test('the handout stays out of the search index', async ({ page }) => {
  await page.goto(`/fr/formateurs/${module}/document/`);
  await expect(page.locator('main')).not.toHaveAttribute('data-pagefind-body');
  // The whole index, every language: its module is there, no handout is.
  const indexed = indexedPages();
  for (const lang of ['fr', 'en', 'es', 'ar']) {
    expect(indexed).toContain(`/${lang}/formateurs/${module}/`);
  }
  expect(indexed.filter((url) => url.includes('/document/'))).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the handout says how to print, and shows no button that would do nothing', async ({
    page,
  }) => {
    await page.goto(`/fr/formateurs/${module}/document/`);
    await expect(page.getByText('utilisez la commande Imprimer de votre navigateur')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Imprimer ce document' })).toBeHidden();
  });
});
