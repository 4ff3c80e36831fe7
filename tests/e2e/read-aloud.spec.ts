import { test, expect, type Page } from '@playwright/test';
import { axeViolations } from './accessibility';
import { fakeSpeech } from './speech';

const frenchVoices = [
  { name: 'Anglais', lang: 'en-GB' },
  { name: 'Française', lang: 'fr-FR' },
];

/** What the fake has said so far (the empty utterance that unlocks speech on iOS left out). */
const said = (page: Page) =>
  page.evaluate(() => window.__speech.spoken.filter((s) => s.text).map((s) => s.text));
const lastSaid = (page: Page) =>
  page.evaluate(() => window.__speech.spoken.filter((s) => s.text).at(-1) ?? null);
/** Axe's findings on the control, in its current state. */
const axe = (page: Page) => axeViolations(page, '.read-aloud');

/** The text under the reading highlight. */
const highlighted = (page: Page) =>
  page.evaluate(() => {
    const h = CSS.highlights.get('read-aloud');
    return h ? [...h].map((r) => r.toString().replace(/\s+/g, ' ').trim()).join(' ') : null;
  });

test.describe('with a French voice', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(fakeSpeech, frenchVoices);
    await page.goto('/fr/migrants/vos-options/');
  });

  test('reads the title, then the first paragraph sentence by sentence, highlighting each', async ({
    page,
  }) => {
    // The page's first sentences, cut here at full stops (the site uses Intl.Segmenter).
    const title = (await page.locator('h1').textContent())!.trim();
    const paragraph = (await page.locator('.sl-markdown-content > p').first().textContent())!;
    const expected = [title, ...paragraph.trim().split(/(?<=[.!?])\s+/)];
    expect(expected.length).toBeGreaterThan(3);

    const listen = page.getByRole('button', { name: 'Écouter la page' });
    await expect(listen).toBeVisible();
    await listen.click();
    for (const [i, sentence] of expected.entries()) {
      await expect.poll(() => said(page)).toHaveLength(i + 1);
      expect((await said(page))[i]).toBe(sentence);
      expect((await lastSaid(page))!.voice).toBe('Française');
      await expect.poll(() => highlighted(page)).toBe(sentence);
      await page.evaluate(() => window.__speech.end());
    }
    // The sentence being read is on screen.
    const inView = await page.evaluate(() => {
      const box = ([...CSS.highlights.get('read-aloud')!][0] as Range).getBoundingClientRect();
      return box.top >= 0 && box.bottom <= innerHeight;
    });
    expect(inView).toBe(true);
  });

  test('pauses, resumes the same sentence, and stops', async ({ page }) => {
    await page.getByRole('button', { name: 'Écouter la page' }).click();
    await expect.poll(() => said(page)).toHaveLength(1);
    await page.evaluate(() => window.__speech.end());
    await expect.poll(() => said(page)).toHaveLength(2);
    const second = (await said(page))[1];

    // The controls stay on screen wherever the reader scrolls.
    await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
    await expect(page.getByRole('button', { name: 'Pause' })).toBeInViewport();
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Lecture en pause.' })).toHaveCount(1);
    expect(await page.evaluate(() => window.__speech.speaking())).toBe(false);
    expect(await highlighted(page)).toBe(second);

    await page.getByRole('button', { name: 'Reprendre' }).click();
    await expect.poll(() => said(page)).toHaveLength(3);
    expect((await said(page))[2]).toBe(second);
    expect(await page.evaluate(() => window.__speech.speaking())).toBe(true);

    const listenAgain = page.getByRole('button', { name: 'Écouter la page' });
    await page.getByRole('button', { name: 'Arrêter' }).click();
    await expect(listenAgain).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: 'Lecture arrêtée.' })).toHaveCount(1);
    expect(await page.evaluate(() => window.__speech.speaking())).toBe(false);
    expect(await highlighted(page)).toBeNull();
    await expect(page.getByRole('button', { name: 'Arrêter' })).toBeHidden();
  });

  test('leaving the page (a link, "Leave quickly") silences it at once', async ({ page }) => {
    await page.getByRole('button', { name: 'Écouter la page' }).click();
    await expect.poll(() => said(page)).toHaveLength(1);
    await page.evaluate(() => dispatchEvent(new PageTransitionEvent('pagehide')));
    expect(await page.evaluate(() => window.__speech.speaking())).toBe(false);
  });

  test('a speed change reads the current sentence again at the new rate', async ({ page }) => {
    await page.getByRole('button', { name: 'Écouter la page' }).click();
    await expect.poll(() => said(page)).toHaveLength(1);
    expect((await lastSaid(page))!.rate).toBe(1);
    const first = (await said(page))[0];

    await page.getByRole('button', { name: 'Vitesse : normale' }).click();
    await expect.poll(() => said(page)).toHaveLength(2);
    expect(await lastSaid(page)).toMatchObject({ text: first, rate: 0.75 });

    await page.getByRole('button', { name: 'Vitesse : lente' }).click();
    await expect.poll(() => said(page)).toHaveLength(3);
    expect(await lastSaid(page)).toMatchObject({ text: first, rate: 1.25 });
    await expect(page.getByRole('button', { name: 'Vitesse : rapide' })).toBeFocused();
  });

  test('works from the keyboard, with a visible focus', async ({ page }) => {
    const listen = page.getByRole('button', { name: 'Écouter la page' });
    await listen.focus();
    expect(await listen.evaluate((b) => getComputedStyle(b).outlineWidth)).toBe('3px');
    await page.keyboard.press('Enter');
    await expect.poll(() => said(page)).toHaveLength(1);
    // The same button, focused all along, now pauses.
    const pause = page.getByRole('button', { name: 'Pause' });
    await expect(pause).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: 'Reprendre' })).toBeFocused();
    expect(await axe(page)).toEqual([]);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Arrêter' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(listen).toBeFocused();
    expect(await page.evaluate(() => window.__speech.speaking())).toBe(false);
  });

  test('a page of the tools has no Listen button', async ({ page }) => {
    await page.goto('/fr/outils/explorateur/');
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('.read-aloud')).toHaveCount(0);
  });
});

test('Arabic, on a device without an Arabic voice: says so and how to add one', async ({
  page,
}) => {
  await page.addInitScript(fakeSpeech, frenchVoices);
  await page.goto('/ar/migrants/vos-options/');
  const listen = page.getByRole('button', { name: 'استمع إلى الصفحة' });
  // Right to left: the button starts at the right edge of the text, under the title.
  const [button, title] = [await listen.boundingBox(), await page.locator('h1').boundingBox()];
  expect(Math.abs(button!.x + button!.width - (title!.x + title!.width))).toBeLessThan(2);

  await listen.click();
  const note = page.locator('.read-aloud-note');
  await expect(note).toBeVisible();
  await expect(note).toContainText('لا يوجد في جهازك صوت للقراءة باللغة العربية.');
  await expect(note).toContainText('إعدادات الهاتف');
  await expect(page.getByRole('status').filter({ hasText: 'باللغة العربية' })).toHaveCount(1);
  expect(await said(page)).toEqual([]);
  expect(await axe(page)).toEqual([]);
});

test('without a speech engine, or without JavaScript, no button shows', async ({ browser }) => {
  const noSpeech = await browser.newPage();
  await noSpeech.addInitScript(() => {
    Reflect.deleteProperty(window, 'speechSynthesis');
  });
  const noScript = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  for (const page of [noSpeech, noScript]) {
    await page.goto(new URL('/fr/migrants/vos-options/', test.info().project.use.baseURL).href);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('.read-aloud')).toBeHidden();
  }
  await noSpeech.close();
  await noScript.context().close();
});

test('under a sub-path (/guide/), the engine loads from there and reads', async ({ page }) => {
  const port = Number(process.env.PREVIEW_PORT || 4321) + 1;
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') failed.push(m.text());
  });
  await page.addInitScript(fakeSpeech, frenchVoices);
  await page.goto(`http://127.0.0.1:${port}/guide/fr/migrants/vos-options/`);
  const engine = page.waitForResponse((r) => /\/guide\/_astro\/read-aloud\.client-/.test(r.url()));
  await page.getByRole('button', { name: 'Écouter la page' }).click();
  expect((await engine).status()).toBe(200);
  await expect.poll(() => said(page)).toHaveLength(1);
  expect(failed).toEqual([]);
});
