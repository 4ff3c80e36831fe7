/**
 * The one-file versions in the built site (`dist/`, or OUT_DIR): run after the build by
 * `npm run test:dist` (vitest.dist.config.ts), never by the unit tests, which run before it.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import { parse as parseYaml } from 'yaml';

import { sitePages, sourceOf } from '../../../tests/e2e/site-pages';
import { hasPageFile, pageFileName } from './page-file';
import { elementsOf, textOf, type T } from '../../site/html.ts';
import { frontmatterOf } from '../../site/mdx.ts';

const dist = join(import.meta.dirname, '../../..', process.env.OUT_DIR || 'dist');
/**
 * A page's file, uncompressed, is at most 25 KB (1 KB = 1000 bytes, as in every budget of the
 * site). The longest pages in Bengali, whose letters take 3 bytes each, hold more words than
 * that alone (the trainers' modules: up to 24 KB of text): such a file may be larger, by at
 * most 9 KB beyond its words (markup, links, style).
 */
const BUDGET = 25_000;
const ADDED = 9_000;

const elements = (node: T.ParentNode): T.Element[] => [...elementsOf(node)];
const attr = (el: T.Element | undefined, name: string) =>
  el?.attrs.find((a) => a.name === name)?.value;
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The source of the page at a path, and its frontmatter. */
function sourceAt(path: string) {
  const source = sourceOf(path);
  const frontmatter = source
    ? (parseYaml(frontmatterOf(readFileSync(source, 'utf8')) ?? '') as {
        tool?: string;
        reviewed: string | Date;
      })
    : undefined;
  return { source, frontmatter };
}
/** Every element of the built page at a path (read once). */
const built = new Map<string, T.Element[]>();
const builtPage = (path: string) => {
  if (!built.has(path)) {
    built.set(path, elements(parse(readFileSync(join(dist, path, 'index.html'), 'utf8'))));
  }
  return built.get(path)!;
};

const entryIdOf = (path: string) => path.replace(/^\/|\/$/g, '');
const pages = sitePages().filter((p) => p !== '/');
const withFile = pages.filter((path) => {
  const { source, frontmatter } = sourceAt(path);
  return hasPageFile(entryIdOf(path), frontmatter ?? {}, source);
});
const files = withFile.map((path) => ({
  path,
  file: join(dist, path, pageFileName(entryIdOf(path))),
}));

describe('a page as one file, in the built site', () => {
  it('is made for every guidance page and module of every language, and for no tool', () => {
    // 13 languages, each with (at least) the 21 pages of text the site has today: all but the
    // home page, the offline page and the two tools.
    expect(withFile.length).toBeGreaterThanOrEqual(13 * 21);
    expect(files.filter(({ file }) => !existsSync(file)).map(({ file }) => file)).toEqual([]);
    for (const path of pages.filter((p) => !withFile.includes(p))) {
      // Pages the build makes without a source of their own (a module's handout, the trainers'
      // page of the tools' rules) have no file; of the written pages, only these.
      if (!sourceAt(path).source) continue;
      expect(path, 'a page without a file').toMatch(/^\/[^/]+\/((outils\/[^/]+|hors-ligne)\/)?$/);
    }
  });

  it('is linked from its page for download by its own readable name, and only from pages that have one', () => {
    for (const path of pages) {
      const links = builtPage(path).filter((el) => attr(el, 'data-page-file') !== undefined);
      if (!withFile.includes(path)) {
        expect(links, path).toEqual([]);
        continue;
      }
      const name = pageFileName(entryIdOf(path));
      expect(
        links.map((a) => [attr(a, 'href'), attr(a, 'download')]),
        path,
      ).toEqual([[name, '']]);
    }
  });

  it.each(files)(
    '$path: lang, dir, title, address, date and provenance of the page; no script, no reference out',
    ({ path, file }) => {
      const page = builtPage(path);
      const { frontmatter } = sourceAt(path);
      const text = readFileSync(file, 'utf8');
      const doc = parse(text);
      const all = elements(doc);
      const one = (tag: string) => all.find((el) => el.tagName === tag);
      const webRoot = page.find((el) => el.tagName === 'html');

      // The page's language and direction.
      expect(attr(one('html'), 'lang')).toBe(attr(webRoot, 'lang'));
      expect(attr(one('html'), 'dir')).toBe(attr(webRoot, 'dir'));
      // Its title and heading.
      const webTitle = page.find((el) => el.tagName === 'title');
      expect(flat(textOf(one('title')!))).toBe(flat(textOf(webTitle!)));
      const h1 = (els: T.Element[]) =>
        els.filter((el) => el.tagName === 'h1').map((el) => flat(textOf(el)));
      expect(h1(all)).toEqual(h1(page));
      // Its full address, as the page's canonical link gives it, and its date in the page's language.
      const canonical = page.find((el) => el.tagName === 'link' && attr(el, 'rel') === 'canonical');
      const address = all.find((el) => attr(el, 'data-page-address') !== undefined);
      expect(attr(address, 'href')).toBe(attr(canonical, 'href'));
      expect(flat(textOf(address!))).toBe(attr(canonical, 'href'));
      const reviewed = new Date(frontmatter!.reviewed);
      const date = new Intl.DateTimeFormat(attr(webRoot, 'lang'), {
        dateStyle: 'long',
        timeZone: 'UTC',
      }).format(reviewed);
      expect(flat(textOf(one('main')!))).toContain(date);
      // Its provenance line, as the page shows it.
      const provenance = (els: T.Element[]) =>
        els.find((el) => attr(el, 'data-provenance') !== undefined);
      expect(attr(provenance(all), 'data-provenance')).toBe(
        attr(provenance(page), 'data-provenance'),
      );
      expect(attr(provenance(all), 'data-checked')).toBe(attr(provenance(page), 'data-checked'));
      expect(flat(textOf(provenance(all)!))).toBe(flat(textOf(provenance(page)!)));

      // No script of any kind, and nothing loaded from anywhere.
      expect(
        all.filter((el) =>
          ['script', 'link', 'iframe', 'object', 'embed', 'base'].includes(el.tagName),
        ),
      ).toEqual([]);
      for (const el of all) {
        for (const a of el.attrs) {
          expect(a.name, `<${el.tagName} ${a.name}>`).not.toMatch(/^on|^style$|^srcset$/);
          if (a.name === 'src' || a.name === 'poster') expect(a.value).toMatch(/^data:/);
          if (el.tagName !== 'a' && /(^|:)href$/.test(a.name)) expect(a.value).toMatch(/^#/);
        }
      }
      const styles = all.filter((el) => el.tagName === 'style').map(textOf);
      expect(styles).toHaveLength(1);
      for (const u of styles[0]!.matchAll(/url\(\s*['"]?([^'")]*)/g))
        expect(u[1]).toMatch(/^data:/);
      expect(styles[0]).not.toMatch(/@import/);
      const policy = all.find(
        (el) => attr(el, 'http-equiv')?.toLowerCase() === 'content-security-policy',
      );
      expect(attr(policy, 'content')).toMatch(/^default-src 'none'; style-src 'sha256-[^']+';/);

      // Links work from a file: a section of this file, or a full address.
      const ids = new Set(all.map((el) => attr(el, 'id')).filter(Boolean));
      for (const a of all.filter((el) => el.tagName === 'a')) {
        const href = attr(a, 'href') ?? '';
        if (href.startsWith('#')) expect(ids, href).toContain(decodeURIComponent(href.slice(1)));
        else expect(href).toMatch(/^(https?|mailto|tel):/);
      }

      const size = statSync(file).size;
      const words = Buffer.byteLength(textOf(one('body')!));
      expect(size, `${file}: ${words} bytes of words`).toBeLessThanOrEqual(
        Math.max(BUDGET, words + ADDED),
      );
    },
  );

  it('links to the site’s own pages and sections that exist', () => {
    const origin = attr(
      builtPage(pages[0]!).find((el) => el.tagName === 'link' && attr(el, 'rel') === 'canonical'),
      'href',
    )!;
    const site = new URL(origin);
    const base = process.env.SITE_BASE?.replace(/\/?$/, '/') ?? '/';
    let checked = 0;
    for (const { file } of files) {
      for (const a of elements(parse(readFileSync(file, 'utf8'))).filter(
        (el) => el.tagName === 'a',
      )) {
        const url = new URL(attr(a, 'href')!, 'file:///');
        if (url.origin !== site.origin || !url.pathname.startsWith(base)) continue;
        const path = `/${decodeURIComponent(url.pathname.slice(base.length))}`;
        expect(existsSync(join(dist, path, 'index.html')), `${file}: ${url.href}`).toBe(true);
        if (url.hash) {
          const ids = builtPage(path).map((el) => attr(el, 'id'));
          expect(ids, `${file}: ${url.href}`).toContain(decodeURIComponent(url.hash.slice(1)));
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(files.length);
  });
});
