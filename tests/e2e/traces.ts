import type { Page } from '@playwright/test';

/** Tabs that already collect policy violations (a tab reused across tests is set up once). */
const collecting = new WeakSet<Page>();

/**
 * What a page does that a reader on a watched phone would not want: requests to other hosts,
 * Content Security Policy violations, and what it leaves stored. Call `watch` before the first
 * visit, `traces` when the page is idle, and `stop` when a reused tab moves to another test.
 */
export async function watch(page: Page) {
  const foreign: string[] = [];
  const onRequest = (request: { url(): string }) => {
    const url = new URL(request.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol !== 'data:') {
      foreign.push(request.url());
    }
  };
  page.on('request', onRequest);
  const stop = () => void page.off('request', onRequest);
  if (collecting.has(page)) return { foreign, stop };
  collecting.add(page);
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __csp: string[] }).__csp.push(
        `${e.violatedDirective} ${e.blockedURI}`,
      );
    });
  });
  return { foreign, stop };
}

export async function traces(page: Page) {
  return page.evaluate(async () => ({
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    cookies: document.cookie,
    indexedDB: (await indexedDB.databases()).length,
    csp: (window as unknown as { __csp: string[] }).__csp,
  }));
}

/** What `traces` gives for a page that keeps nothing and breaks no policy. */
export const clean = { localStorage: 0, sessionStorage: 0, cookies: '', indexedDB: 0, csp: [] };

/** The rel attribute of every link to another site. */
export const outboundRels = (page: Page) =>
  page
    .locator('a[href^="http"]')
    .evaluateAll((links) =>
      links
        .filter((a) => new URL((a as HTMLAnchorElement).href).origin !== location.origin)
        .map((a) => a.getAttribute('rel') ?? ''),
    );
