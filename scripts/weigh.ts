/**
 * What a page costs a reader on a metered connection: every response the browser receives
 * (documents, styles, scripts, WebAssembly, search data, images, fonts), each body compressed
 * with gzip at level 9. Servers and hosts compress differently; gzip -9 of the same bytes
 * gives the same number on every machine, so a budget on it is a deterministic test.
 *
 * Used by the budget tests (tests/e2e/budget.spec.ts) and by `npm run bench`.
 */
import { gzipSync } from 'node:zlib';
import type { Page, Request, Response } from '@playwright/test';

export type Kind = 'html' | 'css' | 'js' | 'wasm' | 'font' | 'image' | 'data';
export interface Entry {
  url: string;
  kind: Kind;
  bytes: number;
}
/**
 * What a page has received since the last `take()`, which waits until the page is quiet;
 * `stop()` ends the recording.
 */
export interface Summary {
  requests: number;
  total: number;
  byKind: Record<Kind, number>;
  /** Script files plus inline scripts, compressed. */
  script: number;
}
export interface Recorder {
  take(): Promise<Entry[]>;
  stop(): void;
}

export function kindOf(url: string, contentType = ''): Kind {
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
export const gzipSize = (body: Buffer | string): number => gzipSync(body, { level: 9 }).length;

/**
 * Starts recording what a Playwright page receives. Call `take()` to get what arrived since
 * the start (or since the previous `take()`): it first waits until the page is quiet, that is
 * no request is in flight once the page's main thread has gone idle.
 *
 * Playwright's `networkidle` would wait 500 ms of silence after every load, and once reached
 * it is never waited for again in the same document: after a click, it does not wait for the
 * requests the click started. Counting the requests in flight waits exactly as long as the
 * page is still receiving, after a load or after a click.
 */
export function recordResponses(page: Page): Recorder {
  let pending: Promise<Entry | undefined>[] = [];
  /** Requests sent and not yet finished or failed. */
  const inFlight = new Set<Request>();
  const sent = (request: Request) => void inFlight.add(request);
  const ended = (request: Request) => void inFlight.delete(request);
  const onResponse = (response: Response) => {
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
    async take() {
      await quiet();
      const taken = pending;
      pending = [];
      return (await Promise.all(taken)).filter((entry): entry is Entry => Boolean(entry));
    },
  };
}

/**
 * Loads a page as a first-time reader does (the caller gives a fresh context, so the cache is
 * cold) and records what arrives until the page is quiet. The browser asks for the site's
 * icon only after the page has loaded: it is waited for, so that every measure counts it. The
 * recorder goes on recording what comes next (opening search, say).
 */
export async function firstLoad(
  page: Page,
  url: string,
): Promise<{ recorder: Recorder; entries: Entry[] }> {
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
 * scripts written inside the page (which arrive within the HTML's bytes), given as their text.
 */
export function summarize(entries: Entry[], inlineScripts: string[] = []): Summary {
  const byKind: Record<Kind, number> = {
    html: 0,
    css: 0,
    js: 0,
    wasm: 0,
    font: 0,
    image: 0,
    data: 0,
  };
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
export async function inlineScripts(page: Page): Promise<string[]> {
  return page.$$eval('script:not([src])', (scripts) =>
    (scripts as HTMLScriptElement[])
      .filter((s) => !s.type || s.type === 'module' || s.type.includes('javascript'))
      .map((s) => s.textContent ?? ''),
  );
}

/** Bytes as kilobytes with one decimal, the way budgets are written (1 KB = 1000 bytes). */
export const kb = (bytes: number): string => (bytes / 1000).toFixed(1);
