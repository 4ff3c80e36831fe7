import { expect, test as base, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { languages } from '../../src/site/languages.ts';
import { axeViolations, sidewaysScrollAt320, widthRules } from './accessibility';
import { clean, traces } from './traces';
import { test } from './visit';
import { describeEntries } from './weight';
import { kb } from '../../scripts/weigh.ts';
import { fill } from '../../src/site/fill';
import { interfaceStrings } from '../../src/site/content-files';

const french = interfaceStrings('fr');

/**
 * The bilingual sheet (issue 18, part 1): `/<lang>/<slug>/deux-langues/`, a page section by
 * section with a QR code per section, and a second language placed beside it. The sheets are
 * left out of the per-page visits (every-page.spec.ts reads the sitemap, which omits them):
 * they are checked here, and every one of them by `npm run test:html`.
 */

/** A4's printable width in CSS pixels (1.5 cm margins): narrower than the screen's two-column width. */
const a4 = Math.floor(((210 - 30) / 25.4) * 96);

/** Chooses the second language by its name, as a reader does, and waits for the sections. */
async function chooseSecond(page: Page, name: string) {
  await page.locator('[data-sheet-choose]').selectOption({ label: name });
  await expect(page.locator('[data-sheet-status]')).not.toBeEmpty();
  await expect(page.locator('[data-sheet]')).not.toHaveAttribute('aria-busy', 'true');
}

/**
 * Each section's two columns: their `lang`, `dir`, computed direction, text and boxes, and
 * whether the second is filled.
 */
const columns = (page: Page) =>
  page.locator('[data-sheet-section]').evaluateAll((sections) =>
    sections.map((section) =>
      Array.from(section.querySelectorAll<HTMLElement>('.sheet-column')).map((column) => {
        const box = column.getBoundingClientRect();
        return {
          lang: column.lang,
          dir: column.dir,
          direction: getComputedStyle(column).direction,
          text: column.innerText.trim().length,
          left: Math.round(box.left),
          right: Math.round(box.right),
          top: Math.round(box.top),
          bottom: Math.round(box.bottom),
        };
      }),
    ),
  );

type Column = Awaited<ReturnType<typeof columns>>[number][number];
const sideBySide = ([a, b]: Column[]) =>
  a!.top === b!.top && (a!.right <= b!.left || b!.right <= a!.left);
const stacked = ([a, b]: Column[]) => b!.top >= a!.bottom;

for (const { second, name } of [
  { second: 'ar', name: 'العربية' },
  { second: 'am', name: 'አማርኛ' },
]) {
  const { lang, dir = 'ltr' } = languages[second]!;
  test(`fr + ${second}: each section shows both languages, side by side on paper and stacked on a phone, each column in its own direction`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: a4, height: 900 });
    await page.goto('/fr/migrants/retour-aide/');
    await page.locator('a[data-bilingual-sheet]').click();
    await expect(page).toHaveURL(/\/fr\/migrants\/retour-aide\/deux-langues\/$/);
    await chooseSecond(page, name);

    const onScreen = await columns(page);
    expect(onScreen.length).toBeGreaterThan(3);
    for (const [first, other] of onScreen) {
      expect(first).toMatchObject({ lang: 'fr', dir: 'ltr', direction: 'ltr' });
      expect(other).toMatchObject({ lang, dir, direction: dir });
      expect(other!.text).toBeGreaterThan(0);
    }
    // The same sections, by id: the Arabic heading of "qui-peut" sits in the "qui-peut" section.
    await expect(
      page.locator(`[data-sheet-section="qui-peut"] [data-second] h2#${second}--qui-peut`),
    ).toBeVisible();
    expect(onScreen.every(stacked), 'stacked on a narrow screen').toBe(true);

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-sheet-choose]')).toBeHidden();
    const onPaper = await columns(page);
    expect(onPaper.every(sideBySide), 'side by side on paper').toBe(true);
    for (const [first, other] of onPaper) {
      expect(first!.direction).toBe('ltr');
      expect(other!.direction).toBe(dir);
    }
    // Nothing of the page is left out of the paper: both texts are there.
    expect(onPaper.every(([a, b]) => a!.text > 0 && b!.text > 0)).toBe(true);
  });
}

test('a failed load says so and leaves the first language; choosing again loads it', async ({
  page,
}) => {
  await page.goto('/fr/praticiens/avrr/deux-langues/');
  await page.route('**/am/praticiens/avrr/', (route) => route.abort());
  await chooseSecond(page, 'አማርኛ');
  await expect(page.locator('[data-sheet-status]')).toHaveText(
    fill(french['sheet.failed']!, { language: 'አማርኛ' }),
  );
  await expect(page.locator('[data-second]:not([hidden])')).toHaveCount(0);
  await expect(page.locator('[data-sheet-choose]')).toHaveValue('');
  await page.unroute('**/am/praticiens/avrr/');
  await chooseSecond(page, 'አማርኛ');
  await expect(page.locator('[data-sheet-status]')).toHaveText(
    fill(french['sheet.loaded']!, { language: 'አማርኛ' }),
  );
  await expect(page.locator('[data-second]:not([hidden])').first()).toHaveAttribute('lang', 'am');
});

base(
  'a section’s QR code decodes to its language-neutral link, which opens that section in the phone’s language',
  async ({ browser }) => {
    const context = await browser.newContext({ locale: 'ar-EG' });
    const page = await context.newPage();
    await page.goto('/fr/migrants/retour-aide/deux-langues/');
    const section = page.locator('[data-sheet-section="qui-peut"]');
    const written = (await section.locator('.sheet-url').innerText()).trim();
    expect(written).toMatch(/\/go\/migrants\/retour-aide\/#qui-peut$/);
    // The SVG drawn on a canvas with a white quiet zone, its pixels read back (one character
    // each, dark or light, to keep the transfer small) and given to the decoder.
    const side = 180;
    const dark = await section.locator('svg.sheet-qr-code').evaluate(async (svg, side) => {
      const copy = svg.cloneNode(true) as SVGSVGElement;
      copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
      const image = new Image();
      image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(copy.outerHTML)}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = side;
      const context = canvas.getContext('2d')!;
      context.fillStyle = '#fff';
      context.fillRect(0, 0, side, side);
      context.drawImage(image, 20, 20, side - 40, side - 40);
      const { data } = context.getImageData(0, 0, side, side);
      let out = '';
      for (let i = 0; i < data.length; i += 4) out += data[i]! < 128 ? '1' : '0';
      return out;
    }, side);
    const rgba = new Uint8ClampedArray(side * side * 4).fill(255);
    for (let i = 0; i < dark.length; i++) if (dark[i] === '1') rgba.fill(0, i * 4, i * 4 + 3);
    const decoded = jsQR(rgba, side, side)?.data;
    expect(decoded).toBe(written);
    // Followed on the test server: the Arabic phone lands on the Arabic page, at that section.
    const link = new URL(decoded!);
    await page.goto(link.pathname + link.hash);
    await expect(page).toHaveURL(/\/ar\/migrants\/retour-aide\/#qui-peut$/);
    await expect(page.locator('#qui-peut')).toBeInViewport();
    await context.close();
  },
);

base.describe('without JavaScript', () => {
  base.use({ javaScriptEnabled: false });
  base(
    'the sheet shows the page with its QR codes and lists the page in every language',
    async ({ page }) => {
      await page.goto('/ar/migrants/retour-aide/deux-langues/');
      await expect(page.locator('[data-sheet-choose]')).toBeHidden();
      await expect(page.locator('[data-sheet-section] svg.sheet-qr-code').first()).toBeVisible();
      await expect(page.locator('[data-sheet-section="qui-peut"] h2#qui-peut')).toBeVisible();
      const versions = page.locator('nav.sheet-versions a');
      await expect(versions).toHaveCount(Object.keys(languages).length);
      for (const [code, { label, lang }] of Object.entries(languages)) {
        const link = versions.filter({ hasText: label });
        await expect(link).toHaveAttribute('href', `/${code}/migrants/retour-aide/`);
        await expect(link).toHaveAttribute('hreflang', lang);
        await expect(link).toHaveAttribute('lang', lang);
      }
    },
  );
});

test('the largest sheet weighs at most 35 KB before its second language; with two it passes axe on desktop and phone, reflows at 320 px, keeps nothing and calls no one', async ({
  cold: { page, visit },
}) => {
  // The largest sheet of the build (gzip of the HTML, measured across all sheets): module 1 in Bengali.
  const path = '/bn/formateurs/module-1-solutions-durables/deux-langues/';
  const historyLength = async () => page.evaluate(() => history.length);
  const { loaded, foreign } = await visit(path);
  expect(
    loaded.summary.total,
    `${kb(loaded.summary.total)} KB:\n${describeEntries(loaded.entries)}`,
  ).toBeLessThanOrEqual(35_000);
  const before = await historyLength();
  await chooseSecond(page, 'Français');
  await expect(page.locator('[data-second][lang="fr"]').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await traces(page)).toEqual(clean);
  expect(foreign).toEqual([]);
  // The choice is in memory only: not in the address or the history.
  expect(new URL(page.url()).pathname + new URL(page.url()).search + new URL(page.url()).hash).toBe(
    path,
  );
  expect(await historyLength()).toBe(before);
  // One axe run over the sheet, both languages in place (the header and menus around it are
  // those of every page, checked in every-page.spec.ts).
  expect(await axeViolations(page, '[data-sheet]')).toEqual([]);
  // Two languages on a phone: no axe violation at 412 px, no sideways scroll at 320 px and 200 %.
  await page.setViewportSize({ width: 412, height: 915 });
  expect(await axeViolations(page, undefined, widthRules)).toEqual([]);
  expect(await sidewaysScrollAt320(page)).toBeLessThanOrEqual(0);
});

base(
  'the link to the sheet is on guidance pages and modules, not on the tools',
  async ({ request }) => {
    for (const path of ['/ps/praticiens/avrr/', '/bn/formateurs/module-4-reintegration/']) {
      expect(await (await request.get(path)).text()).toMatch(
        /<a data-bilingual-sheet href="deux-langues\/"/,
      );
      expect((await request.get(`${path}deux-langues/`)).status()).toBe(200);
    }
    for (const path of ['/fr/outils/explorateur/', '/fr/glossaire/', '/fr/']) {
      expect(await (await request.get(path)).text()).not.toContain('data-bilingual-sheet');
    }
  },
);
