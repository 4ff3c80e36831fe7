import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test, expect, type Page } from '@playwright/test';

/**
 * A page as one file (issue 18): opened from disk with no network, it reads complete; the
 * Share button shares the file where files can be shared, the address otherwise, and is not
 * there without the Web Share API, where the download link remains.
 */
const dist = join(import.meta.dirname, '../..', process.env.OUT_DIR || 'dist');
const page = { path: 'praticiens/reintegration/', file: 'reintegration' };

/** The headings a reader sees in the page's text: its title, then its sections. */
const headingsOf = (p: Page, scope: string) =>
  p
    .locator(`${scope} :is(h1, h2, h3, h4, h5, h6)`)
    .evaluateAll((hs) =>
      hs.map((h) => `${h.tagName} ${h.textContent!.replace(/\s+/g, ' ').trim()}`),
    );

for (const { lang, dir } of [
  { lang: 'fr', dir: 'ltr' },
  { lang: 'ps', dir: 'rtl' },
]) {
  test(`${lang}: the page's file opened from disk with the network off holds the page's title, sections and address, styled, with no request`, async ({
    page: web,
    browser,
  }) => {
    await web.goto(`/${lang}/${page.path}`);
    const title = (await web.locator('main h1#_top').textContent())!.trim();
    const expected = [`H1 ${title}`, ...(await headingsOf(web, 'main .sl-markdown-content'))];
    expect(expected.length).toBeGreaterThan(4);
    const name = await web.locator('[data-page-file]').getAttribute('href');
    expect(name).toBe(`${page.file}-${lang}.html`);

    const context = await browser.newContext();
    await context.setOffline(true);
    const outside: string[] = [];
    await context.route(
      (url) => url.protocol !== 'file:',
      (route) => {
        outside.push(route.request().url());
        return route.abort();
      },
    );
    const offline = await context.newPage();
    offline.on('request', (r) => {
      if (!r.url().startsWith('file:')) outside.push(r.url());
    });
    const violations: string[] = [];
    offline.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await offline.goto(pathToFileURL(join(dist, lang, page.path, name!)).href);

    expect(await headingsOf(offline, 'main')).toEqual(expected);
    await expect(offline.locator('html')).toHaveAttribute('lang', lang);
    await expect(offline.locator('html')).toHaveAttribute('dir', dir);
    await expect(offline.locator('[data-page-address]')).toHaveAttribute(
      'href',
      new RegExp(`/${lang}/${page.path}$`),
    );
    await expect(offline.locator('[data-provenance]')).toHaveCount(1);
    // The file's own stylesheet applies (its policy allows it) and the page fits a phone.
    await offline.setViewportSize({ width: 320, height: 640 });
    expect(await offline.locator('body').evaluate((b) => getComputedStyle(b).maxWidth)).toBe(
      '672px',
    );
    expect(await offline.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(
      true,
    );
    // The diagram is drawn inside the file.
    await expect(offline.locator('figure svg')).toBeVisible();
    expect(outside).toEqual([]);
    expect(violations).toEqual([]);
    await context.close();
  });
}

/** Replaces the Web Share API before the page's script runs, recording what is shared. */
async function stubShare(p: Page, { files, fails }: { files: boolean; fails?: string }) {
  await p.addInitScript(
    ({ files, fails }) => {
      const calls: unknown[] = [];
      Object.assign(window, { shared: calls });
      Object.defineProperty(Navigator.prototype, 'canShare', {
        configurable: true,
        value: (data: ShareData) => Boolean(data.files?.length) === files,
      });
      Object.defineProperty(Navigator.prototype, 'share', {
        configurable: true,
        value: async (data: ShareData) => {
          const file = data.files?.[0];
          calls.push({
            url: data.url,
            title: data.title,
            file: file && { name: file.name, type: file.type, text: await file.text() },
          });
          if (fails) throw new DOMException('The user cancelled', fails);
        },
      });
    },
    { files, fails },
  );
}

const shared = (p: Page) =>
  p
    .waitForFunction(() => (window as unknown as { shared: unknown[] }).shared.length > 0)
    .then(() => p.evaluate(() => (window as unknown as { shared: unknown[] }).shared));

test('fr: Share sends the page’s file where the phone can share files', async ({ page: p }) => {
  await stubShare(p, { files: true });
  await p.goto(`/fr/${page.path}`);
  await p.getByRole('button', { name: 'Partager' }).click();
  const onDisk = readFileSync(join(dist, 'fr', page.path, `${page.file}-fr.html`), 'utf8');
  expect(await shared(p)).toEqual([
    {
      title: await p.title(),
      file: { name: `${page.file}-fr.html`, type: 'text/html', text: onDisk },
    },
  ]);
});

test('ar: Share sends the page’s address where only addresses can be shared; a cancelled share breaks nothing', async ({
  page: p,
}) => {
  const errors: string[] = [];
  p.on('pageerror', (e) => errors.push(e.message));
  await stubShare(p, { files: false, fails: 'AbortError' });
  await p.goto(`/ar/${page.path}#niveaux`);
  const button = p.getByRole('button', { name: 'شارك' });
  await button.click();
  expect(await shared(p)).toEqual([
    { url: new URL(`/ar/${page.path}`, p.url()).href, title: await p.title() },
  ]);
  await expect(button).toBeVisible();
  await expect(p.locator('[data-page-file]')).toBeVisible();
  expect(errors).toEqual([]);
});

test('fr: without the Web Share API, or without JavaScript, there is no Share button and the download link gives the file', async ({
  page: p,
  browser,
}) => {
  await p.addInitScript(() => {
    delete (Navigator.prototype as Partial<Navigator>).share;
    delete (Navigator.prototype as Partial<Navigator>).canShare;
  });
  await p.goto(`/fr/${page.path}`);
  await expect(p.getByRole('button', { name: 'Partager' })).toHaveCount(0);
  const link = p.getByRole('link', { name: 'Télécharger cette page' });
  const [download] = await Promise.all([p.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe(`${page.file}-fr.html`);
  expect(readFileSync((await download.path())!, 'utf8')).toBe(
    readFileSync(join(dist, 'fr', page.path, `${page.file}-fr.html`), 'utf8'),
  );

  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await plain.goto(new URL(`/fr/${page.path}`, p.url()).href);
  await expect(plain.getByRole('link', { name: 'Télécharger cette page' })).toBeVisible();
  await expect(plain.locator('[data-page-file] + button')).toBeHidden();
  await noScript.close();
});
