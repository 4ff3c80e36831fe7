import { expect, type Page } from '@playwright/test';

import { firstLoad, inlineScripts, kb, summarize } from '../../scripts/weigh.ts';
import { langOf, toolOf } from './site-pages';

/**
 * Weight budgets (issue 8), on a cold cache with every request counted, each body compressed
 * with gzip -9 (see scripts/weigh.ts). Readers pay for every megabyte: these fail the build
 * when a change makes a page heavier than promised. 1 KB = 1000 bytes.
 */
const KB = 1000;
export const budget = {
  guidance: 20 * KB,
  guidanceScript: 3 * KB,
  widget: 35 * KB,
  search: 110 * KB,
};

/** A page that holds one of the tools (`tool:` in its frontmatter). */
export const isWidgetPage = (path: string) => Boolean(toolOf(path));
/**
 * A guidance page: any page in a language but the two tools and the modules' printable
 * handouts. A handout gathers several pages into one document to print; it is not a page to
 * read on a phone, and only its own weight (the sum of its pages) would make sense.
 */
export const isGuidancePage = (path: string) =>
  Boolean(langOf(path)) && !isWidgetPage(path) && !/\/document\/$/.test(path);

/** A page's first load (a fresh test context has a cold cache): what arrived, and its totals. */
export async function load(page: Page, path: string) {
  const { recorder, entries } = await firstLoad(page, path);
  return { recorder, entries, summary: summarize(entries, await inlineScripts(page)) };
}

export const describeEntries = (entries: { url: string; bytes: number }[]) =>
  entries.map((e) => `${kb(e.bytes)} KB ${new URL(e.url).pathname}`).join('\n');

/**
 * A guidance page's first load: at most 20 KB in all and 3 KB of script, no part of search
 * (it loads when opened) and no font (text uses the phone's own).
 */
export function expectGuidanceWeight({ entries, summary }: Awaited<ReturnType<typeof load>>) {
  const detail = describeEntries(entries);
  expect(summary.total, `total ${kb(summary.total)} KB:\n${detail}`).toBeLessThanOrEqual(
    budget.guidance,
  );
  expect(summary.script, `script ${kb(summary.script)} KB:\n${detail}`).toBeLessThanOrEqual(
    budget.guidanceScript,
  );
  expect(entries.filter((e) => e.url.includes('/pagefind/'))).toEqual([]);
  expect(entries.filter((e) => e.kind === 'font')).toEqual([]);
}
