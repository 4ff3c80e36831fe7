import { test, expect, type Page } from '@playwright/test';
import { axeViolations } from './accessibility';

/**
 * The offline copy (issue 8): saved only on request, one language at a time, readable without
 * the network (pages, a tool, search), and gone without a trace once removed. Every test has
 * its own browser context, so its service workers and caches start empty.
 */

/** What the browser holds for this site: service worker scopes and cache names. */
const held = (page: Page) =>
  page.evaluate(async () => ({
    registrations: (await navigator.serviceWorker.getRegistrations()).map((r) => r.scope),
    caches: await caches.keys(),
  }));
const nothing = { registrations: [], caches: [] };

const control = (page: Page) => page.locator('offline-copy');
const status = (page: Page) => control(page).locator('[data-status]');

const fr = {
  none: 'Il n’y a pas de copie hors ligne dans ce téléphone.',
  saved: 'La copie est enregistrée. Vous pouvez lire les pages en français sans internet.',
  removed: 'La copie hors ligne est supprimée de ce téléphone.',
  save: 'Enregistrer pour lire hors ligne',
  remove: 'Supprimer la copie hors ligne',
};

test('a visit that does not ask for a copy registers nothing and stores nothing', async ({
  page,
}) => {
  for (const path of [
    '/',
    '/fr/',
    '/fr/migrants/vos-options/',
    '/fr/outils/explorateur/',
    '/fr/hors-ligne/',
    '/ar/hors-ligne/',
  ]) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  // The offer itself, seen and read, leaves nothing either.
  await expect(status(page)).toHaveText('لا توجد في هذا الهاتف نسخة للقراءة دون إنترنت.');
  expect(await held(page)).toEqual(nothing);
});

test('the control is on its own page only', async ({ request }) => {
  for (const path of ['/fr/migrants/vos-options/', '/fr/migrants/vos-droits/', '/fr/']) {
    const html = await (await request.get(path)).text();
    expect(html).not.toContain('<offline-copy');
    expect(html).not.toContain('offline-fr.js');
  }
});

test('French saved for offline: a new page, the explorer and search work without a network; removing leaves nothing', async ({
  page,
  context,
}) => {
  await page.goto('/fr/hors-ligne/');
  // The size is shown before anything is saved.
  await expect(control(page).locator('#offline-copy-size')).toHaveText(
    /^La copie prend environ \d+(,\d)?\sMo dans le téléphone\.$/,
  );
  await expect(status(page)).toHaveText(fr.none);
  await expect(page.getByRole('button', { name: fr.remove })).toBeHidden();

  // Every message the status region is given, in order.
  await status(page).evaluate((el) => {
    const said: string[] = ((window as unknown as { said: string[] }).said = []);
    new MutationObserver(() => said.push(el.textContent ?? '')).observe(el, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  await page.getByRole('button', { name: fr.save }).click();
  await expect(status(page)).toHaveText(fr.saved, { timeout: 20_000 });
  expect(await page.evaluate(() => (window as unknown as { said: string[] }).said)).toEqual([
    'Enregistrement en cours. Gardez cette page ouverte.',
    fr.saved,
  ]);
  await expect(page.getByRole('button', { name: fr.save })).toBeHidden();
  await expect(page.getByRole('button', { name: fr.remove })).toBeFocused();
  // Workbox keeps its lists in memory and the site nothing anywhere else.
  expect(await page.evaluate(async () => (await indexedDB.databases()).length)).toBe(0);
  const saved = await held(page);
  expect(saved.registrations).toEqual([new URL('/fr/', page.url()).href]);
  expect(saved.caches).toEqual([`offline-fr-precache-v2-${new URL('/fr/', page.url()).href}`]);

  await context.setOffline(true);
  try {
    // A guidance page never opened before.
    const response = await page.goto('/fr/migrants/retour-aide/');
    expect(response?.fromServiceWorker()).toBe(true);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('.sl-markdown-content h2').first()).toBeVisible();

    // The explorer runs one step.
    await page.goto('/fr/outils/explorateur/');
    const explorer = page.locator('[data-widget="explorer"]');
    await expect(page.locator('input[name="wish"]').first()).toBeEnabled();
    await page.locator('input[name="wish"][value="stay"]').check();
    await explorer.locator('button[type="submit"]').click();
    await expect(explorer).toContainText('Question 2 sur 9');

    // Search finds French pages.
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await page.getByRole('dialog').getByRole('searchbox').fill('passeport');
    const first = page.getByRole('dialog').getByRole('listitem').getByRole('link').first();
    await expect(first).toBeVisible();
    await expect(first).toHaveAttribute('href', /^\/fr\//);

    // What the copy does not hold really is out of reach: the network is off.
    await expect(page.goto('/en/migrants/retour-aide/')).rejects.toThrow();
  } finally {
    await context.setOffline(false);
  }

  await page.goto('/fr/hors-ligne/');
  await expect(status(page)).toHaveText(fr.saved);
  await page.getByRole('button', { name: fr.remove }).click();
  await expect(status(page)).toHaveText(fr.removed);
  await expect(page.getByRole('button', { name: fr.save })).toBeFocused();
  expect(await held(page)).toEqual(nothing);
});

test('a copy that cannot be completed is undone, says so, and can be tried again', async ({
  page,
  context,
}) => {
  // The network fails on one file of the copy.
  await context.route('**/pagefind/wasm.fr.pagefind', (route) => route.abort());
  await page.goto('/fr/hors-ligne/');
  await page.getByRole('button', { name: fr.save }).click();
  await expect(status(page)).toHaveText(
    'L’enregistrement n’a pas marché. Vérifiez votre connexion à internet, puis réessayez.',
    { timeout: 20_000 },
  );
  // No half copy is left behind.
  expect(await held(page)).toEqual(nothing);
  const retry = page.getByRole('button', { name: 'Réessayer d’enregistrer' });
  await expect(retry).toBeFocused();
  await expect(page.getByRole('button', { name: fr.remove })).toBeHidden();

  await context.unrouteAll();
  await retry.click();
  await expect(status(page)).toHaveText(fr.saved, { timeout: 20_000 });
  await page.getByRole('button', { name: fr.remove }).click();
  await expect(status(page)).toHaveText(fr.removed);
  expect(await held(page)).toEqual(nothing);
});

test('files left by an interrupted copy are shown and can be removed', async ({ page }) => {
  await page.goto('/fr/hors-ligne/');
  await expect(status(page)).toHaveText(fr.none);
  // As if the browser had stopped during a save: a cache of the copy, no service worker.
  await page.evaluate(async () => {
    const scope = new URL('/fr/', location.href).href;
    await (
      await caches.open(`offline-fr-precache-v2-${scope}`)
    ).put(new URL('/fr/', location.href).href, new Response('x'));
  });
  await page.reload();
  await expect(status(page)).toHaveText(
    'Une copie incomplète est restée dans ce téléphone. Vous pouvez l’enregistrer de nouveau ou la supprimer.',
  );
  await expect(page.getByRole('button', { name: 'Réessayer d’enregistrer' })).toBeVisible();
  await page.getByRole('button', { name: fr.remove }).click();
  await expect(status(page)).toHaveText(fr.removed);
  expect(await held(page)).toEqual(nothing);
});

test('ar: saved and removed with the keyboard alone, right to left, leaving the other languages alone', async ({
  page,
}) => {
  await page.goto('/ar/hors-ligne/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const save = page.getByRole('button', { name: 'الحفظ للقراءة دون إنترنت' });
  const remove = page.getByRole('button', { name: 'حذف نسخة القراءة دون إنترنت' });
  // The size in the page's own words, as the browser writes it in Arabic.
  const size = await page.evaluate(() => {
    const bytes = Number(document.querySelector<HTMLElement>('offline-copy')!.dataset.bytes);
    return new Intl.NumberFormat('ar', {
      style: 'unit',
      unit: 'megabyte',
      unitDisplay: 'long',
      maximumFractionDigits: 1,
    }).format(bytes / 1e6);
  });
  await expect(control(page).locator('#offline-copy-size')).toHaveText(
    `تشغل النسخة نحو ${size} في الهاتف.`,
  );
  // Its accessible description is the size.
  await expect(save).toHaveAccessibleDescription(`تشغل النسخة نحو ${size} في الهاتف.`);
  const box = await save.boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(44);

  await save.focus();
  await page.keyboard.press('Enter');
  await expect(status(page)).toHaveText(
    'حُفظت النسخة. يمكنك قراءة الصفحات باللغة العربية دون إنترنت.',
    { timeout: 20_000 },
  );
  await expect(remove).toBeFocused();
  expect(await axeViolations(page, 'offline-copy')).toEqual([]);
  const scope = new URL('/ar/', page.url()).href;
  expect((await held(page)).registrations).toEqual([scope]);

  // French, opened now, has no copy: each language is saved on its own.
  await page.goto('/fr/hors-ligne/');
  await expect(status(page)).toHaveText(fr.none);

  await page.goto('/ar/hors-ligne/');
  await expect(remove).toBeVisible();
  await remove.focus();
  await page.keyboard.press('Space');
  await expect(status(page)).toHaveText('حُذفت نسخة القراءة دون إنترنت من هذا الهاتف.');
  await expect(save).toBeFocused();
  expect(await held(page)).toEqual(nothing);
});

test('a browser that cannot keep a copy says so and offers no button', async ({ page }) => {
  await page.addInitScript(() =>
    Object.defineProperty(Navigator.prototype, 'serviceWorker', { get: () => undefined }),
  );
  await page.goto('/fr/hors-ligne/');
  await expect(status(page)).toHaveText(
    'Ce navigateur ne peut pas garder de copie hors ligne. Essayez un autre navigateur, sans la navigation privée.',
  );
  await expect(control(page).getByRole('button')).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a sentence says saving needs JavaScript, and no button is shown', async ({ page }) => {
    await page.goto('/fr/hors-ligne/');
    // (Playwright's text search skips <noscript>: the sentence is found by its place.)
    const sentence = control(page).locator('noscript p');
    await expect(sentence).toBeVisible();
    await expect(sentence).toHaveText(
      'Pour enregistrer une copie hors ligne, il faut JavaScript. Il semble désactivé dans ce navigateur.',
    );
    await expect(page.getByRole('button', { name: fr.save })).toBeHidden();
    await expect(page.getByRole('button', { name: fr.remove })).toBeHidden();
  });
});

// The same under a sub-path (`npm run build:fixture` builds it; served on the next port).
const subPath = `http://127.0.0.1:${Number(process.env.PREVIEW_PORT || 4321) + 1}/guide/`;
test('es, under a sub-path: saved, read offline and removed within /guide/', async ({
  page,
  context,
}) => {
  // A stale sub-path build would leave this promise unchecked: fail, saying how to rebuild.
  expect(
    (await page.request.get(`${subPath}offline-es.js`)).ok(),
    'dist-sub-path/ has no offline copy (es): it predates the current site. Rebuild it with `npm run build:fixture`.',
  ).toBe(true);
  await page.goto(`${subPath}es/hors-ligne/`);
  await page.getByRole('button', { name: 'Guardar para leer sin conexión' }).click();
  await expect(status(page)).toHaveText(
    'La copia está guardada. Puede leer las páginas en español sin internet.',
    { timeout: 20_000 },
  );
  expect((await held(page)).registrations).toEqual([`${subPath}es/`]);
  await context.setOffline(true);
  try {
    const response = await page.goto(`${subPath}es/migrants/vos-options/`);
    expect(response?.fromServiceWorker()).toBe(true);
    await expect(page.locator('h1')).toBeVisible();
  } finally {
    await context.setOffline(false);
  }
  await page.goto(`${subPath}es/hors-ligne/`);
  await page.getByRole('button', { name: 'Borrar la copia sin conexión' }).click();
  await expect(status(page)).toHaveText('La copia sin conexión se borró de este teléfono.');
  expect(await held(page)).toEqual(nothing);
});
