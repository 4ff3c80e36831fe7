import { test as base, expect, type CDPSession, type Page } from '@playwright/test';

import { watch } from './traces';
import { load } from './weight';

type Tab = { page: Page; cdp: CDPSession };
type Visit = Tab & {
  /** A first-time reader's visit to `path`: what arrived, and any request to another host. */
  visit(path: string): Promise<{ loaded: Awaited<ReturnType<typeof load>>; foreign: string[] }>;
};

/**
 * A first visit in a tab that each test worker opens once and reuses for every page it checks,
 * made cold again before each test: its cache emptied, the site's cookies, storage, caches and
 * service workers removed, scripts on, a desktop's window. Opening a new browser context and
 * tab for each of the ~400 pages costs more than the checks that follow on a short page; the
 * cleared tab gives the same first load for less.
 */
export const test = base.extend<{ cold: Visit }, { tab: Tab }>({
  tab: [
    async ({ browser }, use) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await use({ page, cdp: await context.newCDPSession(page) });
      await context.close();
    },
    { scope: 'worker' },
  ],
  cold: async ({ tab, baseURL }, use) => {
    const { page, cdp } = tab;
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: false });
    await cdp.send('Network.clearBrowserCache');
    await cdp.send('Storage.clearDataForOrigin', {
      origin: new URL(baseURL!).origin,
      storageTypes: 'all',
    });
    await page.context().clearCookies();
    await page.setViewportSize({ width: 1280, height: 720 });
    const stops: (() => void)[] = [];
    await use({
      ...tab,
      async visit(path) {
        const { foreign, stop } = await watch(page);
        stops.push(stop);
        const loaded = await load(page, path);
        stops.push(() => loaded.recorder.stop());
        // A first visit: every stylesheet the page links (the chooser's are inline) arrived
        // over the network.
        const received = new Set(loaded.entries.map((e) => e.url));
        const sheets = await page.$$eval('link[rel="stylesheet"]', (links) =>
          links.map((link) => (link as HTMLLinkElement).href),
        );
        expect(
          sheets.filter((href) => !received.has(href)),
          'came from a cache',
        ).toEqual([]);
        return { loaded, foreign };
      },
    });
    for (const stop of stops) stop();
  },
});
