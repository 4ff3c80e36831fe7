/**
 * What a page costs a reader on a metered connection: every response the browser receives
 * (documents, styles, scripts, WebAssembly, search data, images, fonts), each body compressed
 * with gzip at level 9. Servers and hosts compress differently; gzip -9 of the same bytes
 * gives the same number on every machine, so a budget on it is a deterministic test.
 *
 * Used by the budget tests (tests/e2e/budget.spec.ts) and by `npm run bench`.
 */
import { gzipSync } from 'node:zlib';

/** @typedef {'html' | 'css' | 'js' | 'wasm' | 'font' | 'image' | 'data'} Kind */
/** @typedef {{ url: string, kind: Kind, bytes: number }} Entry */

/** @param {string} url @param {string} contentType @returns {Kind} */
export function kindOf(url, contentType = '') {
  const path = new URL(url).pathname;
  if (/\.m?js$/.test(path) || contentType.includes('javascript')) return 'js';
  if (/\.css$/.test(path) || contentType.includes('text/css')) return 'css';
  if (/\.wasm$|^.*\/wasm\.[^/]*\.pagefind$/.test(path) || contentType.includes('wasm'))
    return 'wasm';
  if (/\.(woff2?|ttf|otf|eot)$/.test(path) || contentType.startsWith('font/')) return 'font';
  if (/\.(png|jpe?g|gif|webp|avif|svg|ico)$/.test(path) || contentType.startsWith('image/'))
    return 'image';
  if (path.endsWith('/') || /\.html?$/.test(path) || contentType.includes('text/html'))
    return 'html';
  return 'data';
}

/** Compressed size of a body, as a host serving gzip -9 would send it. */
export const gzipSize = (/** @type {Buffer | string} */ body) =>
  gzipSync(body, { level: 9 }).length;

/**
 * Starts recording what a Playwright page receives. Call `take()` to get what arrived since
 * the start (or since the previous `take()`): it first waits until the page is quiet, that is
 * no request is in flight once the page's main thread has gone idle.
 *
 * Playwright's `networkidle` would wait 500 ms of silence after every load, and once reached
 * it is never waited for again in the same document: after a click, it does not wait for the
 * requests the click started. Counting the requests in flight waits exactly as long as the
 * page is still receiving, after a load or after a click.
 *
 * @param {import('@playwright/test').Page} page
 */
export function recordResponses(page) {
  /** @type {Promise<Entry | undefined>[]} */
  let pending = [];
  /** Requests sent and not yet finished or failed. */
  const inFlight = new Set();
  /** @param {import('@playwright/test').Request} request */
  const sent = (request) => void inFlight.add(request);
  /** @param {import('@playwright/test').Request} request */
  const ended = (request) => void inFlight.delete(request);
  /** @param {import('@playwright/test').Response} response */
  const onResponse = (response) => {
    pending.push(
      (async () => {
        const status = response.status();
        if (status >= 300 && status < 400) return undefined;
        const body = await response.body().catch(() => undefined);
        if (!body) return undefined;
        const url = response.url();
        return {
          url,
          kind: kindOf(url, response.headers()['content-type']),
          bytes: gzipSize(body),
        };
      })(),
    );
  };
  page.on('request', sent);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  page.on('response', onResponse);

  /** Until the page's main thread is idle and nothing it asked for is still on its way. */
  const quiet = async () => {
    for (;;) {
      // A script that fetches on load or on idle has started its request by now.
      await page
        .evaluate(() => new Promise((done) => requestIdleCallback(() => done(true))))
        .catch(() => undefined); // the document was replaced meanwhile: look again
      if (inFlight.size === 0) return;
      await new Promise((wait) => setTimeout(wait, 20));
    }
  };
  return {
    /** Stops recording (a tab reused for another page). */
    stop() {
      page.off('request', sent);
      page.off('requestfinished', ended);
      page.off('requestfailed', ended);
      page.off('response', onResponse);
    },
    /** @returns {Promise<Entry[]>} */
    async take() {
      await quiet();
      const taken = pending;
      pending = [];
      return /** @type {Entry[]} */ ((await Promise.all(taken)).filter(Boolean));
    },
  };
}

/**
 * Loads a page as a first-time reader does (the caller gives a fresh context, so the cache is
 * cold) and records what arrives until the page is quiet. The browser asks for the site's
 * icon only after the page has loaded: it is waited for, so that every measure counts it. The
 * recorder goes on recording what comes next (opening search, say).
 *
 * @param {import('@playwright/test').Page} page
 * @param {string} url
 */
export async function firstLoad(page, url) {
  const recorder = recordResponses(page);
  const icon = page
    .waitForResponse((r) => new URL(r.url()).pathname.endsWith('/favicon.svg'), {
      timeout: 10_000,
    })
    .catch(() => undefined);
  await page.goto(url, { waitUntil: 'load' });
  await icon;
  return { recorder, entries: await recorder.take() };
}

/**
 * Totals by kind, plus the JavaScript that runs before any interaction: script files and the
 * scripts written inside the page (which arrive within the HTML's bytes).
 *
 * @param {Entry[]} entries
 * @param {string[]} [inlineScripts] the text of the page's inline scripts
 */
export function summarize(entries, inlineScripts = []) {
  /** @type {Record<Kind, number>} */
  const byKind = { html: 0, css: 0, js: 0, wasm: 0, font: 0, image: 0, data: 0 };
  for (const e of entries) byKind[e.kind] += e.bytes;
  const inline = inlineScripts.join('\n').trim();
  const inlineJs = inline ? gzipSize(inline) : 0;
  return {
    requests: entries.length,
    total: entries.reduce((sum, e) => sum + e.bytes, 0),
    byKind,
    /** Script files plus inline scripts, compressed. */
    script: byKind.js + inlineJs,
  };
}

/** The text of the inline scripts of the page currently shown (JSON data blocks excluded). */
export async function inlineScripts(/** @type {import('@playwright/test').Page} */ page) {
  return page.$$eval('script:not([src])', (scripts) =>
    scripts
      .filter((s) => !s.type || s.type === 'module' || s.type.includes('javascript'))
      .map((s) => s.textContent ?? ''),
  );
}

/** Bytes as kilobytes with one decimal, the way budgets are written (1 KB = 1000 bytes). */
export const kb = (/** @type {number} */ bytes) => (bytes / 1000).toFixed(1);
