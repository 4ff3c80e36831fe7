/**
 * A page as one file (issue 18, part 2): a guidance page's text in a single HTML file that
 * opens on any phone without a network, to send by WhatsApp or Bluetooth to someone who has no
 * data. Built from the finished page (src/features/page-file/integration.mjs), read with a real
 * HTML parser (parse5): its title, its main text, its provenance line, with a small stylesheet
 * of its own, no script and nothing loaded from anywhere.
 *
 * Which pages have one, and what the file is called, are decided here, once, for the page's
 * link (PageFile.astro) and for the build step alike.
 */
import { defaultTreeAdapter as tree, parse, serialize } from 'parse5';
import type { DefaultTreeAdapterTypes as T } from 'parse5';
import { createHash } from 'node:crypto';

import { scriptFonts, type Script } from '../../site/languages.ts';
import { longDate } from '../../site/locale';

/**
 * Pages without a file, by their address after the language: the language's home page (an
 * introduction and three links to the tracks: nothing to read offline) and the offline-copy
 * page (a control that saves the site; in a file it would describe a button that is not
 * there). The two tools (`tool:` in their frontmatter) have none either: their content is a
 * script-driven tool. Generated pages (a module's handout) have no source file, and no file.
 */
const WITHOUT_FILE = new Set(['', 'hors-ligne']);

/**
 * Whether a page has a one-file version.
 *
 * @param entryId the page's id, `fr/migrants/retour-aide` (`fr` for the language's home page)
 * @example hasPageFile('fr/migrants/retour-aide', {}, 'content/docs/fr/migrants/retour-aide.mdx') // true
 * @example hasPageFile('fr/outils/explorateur', { tool: 'explorer' }, 'content/docs/fr/outils/explorateur.mdx') // false
 */
export function hasPageFile(
  entryId: string,
  data: { tool?: string | undefined },
  filePath: string | undefined,
): boolean {
  const rest = entryId.split('/').slice(1).join('/');
  return Boolean(filePath) && !data.tool && !WITHOUT_FILE.has(rest);
}

/**
 * The file's name, readable and the same wherever it goes (the link's `download` name, the
 * shared file's name): the page's last slug and its language folder. It is written beside the
 * page, in the page's folder, so its address is the page's plus this name.
 *
 * @example pageFileName('fr/migrants/retour-aide') // 'retour-aide-fr.html'
 * @example pageFileName('prs/formateurs') // 'formateurs-prs.html'
 */
export function pageFileName(entryId: string): string {
  const parts = entryId.split('/');
  return `${parts.at(-1)}-${parts[0]}.html`;
}

/** The strings the file shows, in the page's language (`pageFile.*`). */
export interface PageFileStrings {
  address: string;
  /** With `{date}`. */
  date: string;
  copyNote: string;
}

export interface PageFileOptions {
  /** The page's full address: `https://example.org/fr/migrants/retour-aide/`. */
  url: string;
  /** The site's home in the page's language, full address, for the line above the title. */
  home: string;
  /** The site's name in the page's language. */
  siteTitle: string;
  /** The writing system of the page's language: its fonts come first. */
  script: Script;
  /** The page's `reviewed` date (from its frontmatter). */
  reviewed: Date;
  strings: PageFileStrings;
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const escapeAttribute = (s: string) => escapeText(s).replace(/"/g, '&quot;');

const attr = (el: T.Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const classes = (el: T.Element) => (attr(el, 'class') ?? '').split(/\s+/).filter(Boolean);
const isElement = (node: T.Node): node is T.Element => 'tagName' in node;

function* elements(node: T.ParentNode): Generator<T.Element> {
  for (const child of node.childNodes) {
    if (!isElement(child)) continue;
    yield child;
    yield* elements(child);
  }
}
const find = (node: T.ParentNode, test: (el: T.Element) => boolean) => {
  for (const el of elements(node)) if (test(el)) return el;
  return undefined;
};
const textOf = (node: T.Node): string =>
  'value' in node && node.nodeName === '#text'
    ? node.value
    : 'childNodes' in node
      ? node.childNodes.map(textOf).join('')
      : '';

/**
 * Left out with all they hold: code (none may run), anything loaded from elsewhere, controls
 * that need a script, and what a reader of the page never sees.
 */
const DROPPED_TAGS = new Set([
  ...['script', 'noscript', 'style', 'link', 'meta', 'base', 'template', 'iframe', 'frame'],
  ...['object', 'embed', 'video', 'audio', 'source', 'track', 'canvas', 'picture'],
  ...['button', 'input', 'select', 'textarea', 'form', 'dialog', 'astro-island', 'slot'],
]);
/** The section links after each heading: icons that copy an address, not text to read. */
const DROPPED_CLASSES = ['sl-anchor-link'];
/** Kept, with their meaning, from the page's markup; every other attribute is dropped. */
const KEPT_ATTRIBUTES = new Set([
  ...['id', 'href', 'lang', 'dir', 'title', 'alt', 'colspan', 'rowspan', 'headers', 'scope'],
  ...['start', 'reversed', 'type', 'open', 'role', 'tabindex', 'datetime', 'cite', 'abbr'],
  ...['aria-label', 'aria-labelledby', 'aria-describedby', 'translate'],
]);
/**
 * The classes the file's stylesheet draws (asides, scrolling tables, hidden labels). The aside
 * variants are put together, not written out: the site's CSS purge (src/build/purge-css.mjs)
 * keeps any rule whose class is written in a source, and no page of the site has a tip aside.
 */
const KEPT_CLASSES = new Set([
  ...['starlight-aside', 'starlight-aside__title', 'starlight-aside__content'],
  ...['note', 'tip', 'caution', 'danger'].map((variant) => `starlight-aside--${variant}`),
  ...['table-scroll', 'sr-only'],
]);

/**
 * Cleans a piece of the page in place for the file: drops what `DROPPED_*` names, hidden and
 * decorative things (`hidden`, `aria-hidden="true"`), comments, images not written as data,
 * attributes not in `KEPT_ATTRIBUTES` (so no `style`, no `on…=`, no `data-`), and makes every
 * link an address that works from a file: the site's own pages by their full address,
 * a section of this page by its fragment alone.
 */
function clean(node: T.ParentNode, pageUrl: URL, inSvg = false) {
  for (const child of [...node.childNodes]) {
    if (!isElement(child)) {
      if (child.nodeName === '#comment') tree.detachNode(child);
      continue;
    }
    const svg = inSvg || child.tagName === 'svg';
    const drop =
      (!svg && DROPPED_TAGS.has(child.tagName)) ||
      (svg && ['script', 'style', 'foreignObject', 'image', 'a'].includes(child.tagName)) ||
      attr(child, 'hidden') !== undefined ||
      attr(child, 'aria-hidden') === 'true' ||
      classes(child).some((c) => DROPPED_CLASSES.includes(c)) ||
      (child.tagName === 'img' && !attr(child, 'src')?.startsWith('data:'));
    if (drop) {
      // An image's text alternative stays, as text.
      const alt = child.tagName === 'img' ? attr(child, 'alt') : undefined;
      if (alt) tree.insertBefore(node, tree.createTextNode(alt), child);
      tree.detachNode(child);
      continue;
    }
    child.attrs = child.attrs.flatMap((a) => {
      const name = a.name.toLowerCase();
      if (name === 'style' || name.startsWith('on')) return [];
      if (svg) {
        // A drawing keeps its geometry; it may point only inside itself.
        const ref = name === 'href' || name.endsWith(':href');
        return ref && !a.value.startsWith('#') ? [] : [a];
      }
      if (name === 'class') {
        const kept = classes(child).filter((c) => KEPT_CLASSES.has(c));
        return kept.length ? [{ name: 'class', value: kept.join(' ') }] : [];
      }
      if (name === 'src' && child.tagName === 'img') return [a];
      if (!KEPT_ATTRIBUTES.has(name)) return [];
      if (name === 'href' && child.tagName === 'a') return [{ name, value: address(a.value) }];
      return [a];
    });
    clean(child, pageUrl, svg);
  }

  function address(href: string) {
    let url: URL;
    try {
      url = new URL(href, pageUrl);
    } catch {
      return href;
    }
    if (url.origin === pageUrl.origin && url.pathname === pageUrl.pathname && url.hash) {
      return url.hash;
    }
    return url.href;
  }
}

/**
 * Links to a section of this page whose heading the file does not hold go to the page online.
 */
function pointInside(content: T.ParentNode, pageUrl: URL) {
  const ids = new Set<string>();
  for (const el of elements(content)) {
    const id = attr(el, 'id');
    if (id) ids.add(id);
  }
  for (const el of elements(content)) {
    const href = el.tagName === 'a' ? el.attrs.find((a) => a.name === 'href') : undefined;
    if (href?.value.startsWith('#') && !ids.has(decodeURIComponent(href.value.slice(1)))) {
      href.value = new URL(href.value, pageUrl).href;
    }
  }
}

/**
 * The file's stylesheet: readable on a small phone, light or dark as the phone is, the
 * page's own script drawn by the system fonts the site names for it (scriptFonts), logical
 * properties only so that right-to-left pages mirror, and clean on paper.
 */
export function pageFileStyle(script: Script): string {
  const latin = ['system-ui', '-apple-system', ...scriptFonts.Latn];
  const stack = [...(script === 'Latn' ? [] : scriptFonts[script]), ...latin, 'sans-serif']
    .map((f) => (/\s/.test(f) ? `'${f}'` : f))
    .join(',');
  const leading = script === 'Latn' ? 1.55 : 1.8;
  return [
    `:root{color-scheme:light dark;--ink:#1a1a1a;--paper:#fff;--soft:#555;--line:#999;--box:#f2f2f2;--link:#0b57b0}`,
    `@media (prefers-color-scheme:dark){:root{--ink:#eee;--paper:#161616;--soft:#bbb;--line:#777;--box:#262626;--link:#8cc4ff}}`,
    `html{font-family:${stack};line-height:${leading};color:var(--ink);background:var(--paper);-webkit-text-size-adjust:100%}`,
    `body{max-width:42rem;margin:0 auto;padding:1rem;overflow-wrap:anywhere}`,
    `a{color:var(--link)}`,
    `h1{font-size:1.6rem;line-height:1.3;margin:.5rem 0}`,
    `h2{font-size:1.3rem;line-height:1.3;margin-block:2rem .5rem}`,
    `h3,h4{font-size:1.1rem;margin-block:1.5rem .5rem}`,
    `.site,.about{margin:0;color:var(--soft);font-size:.9rem}`,
    `.about{padding-block-end:.75rem;border-block-end:1px solid var(--line)}`,
    `.about p{margin:.25rem 0}`,
    `.table-scroll{overflow-x:auto}`,
    `table{border-collapse:collapse;overflow-wrap:normal}`,
    `th,td{border:1px solid var(--line);padding:.35rem .5rem;text-align:start;vertical-align:top}`,
    `.starlight-aside{margin:1rem 0;padding:.5rem 1rem;border-inline-start:4px solid var(--line);background:var(--box)}`,
    `.starlight-aside--caution{border-color:#c46a00}.starlight-aside--danger{border-color:#c0152f}`,
    `.starlight-aside__title{margin:0;font-weight:700}`,
    `details{margin:1rem 0;padding:.5rem .75rem;border:1px solid var(--line)}summary{font-weight:600}`,
    `figure{margin:1rem 0}svg{max-width:100%;height:auto;direction:ltr}`,
    `.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}`,
    `@media print{:root{--ink:#000;--paper:#fff;--link:#000}body{max-width:none;padding:0}h2,h3{break-after:avoid}}`,
  ].join('\n');
}

/** The file's policy: nothing may load or run; only its own stylesheet applies. */
export const pageFilePolicy = (style: string) =>
  `default-src 'none'; style-src 'sha256-${createHash('sha256').update(style, 'utf8').digest('base64')}'; ` +
  `img-src data:; base-uri 'none'; form-action 'none'`;

/**
 * The one-file version of a built page, if the page links to one (`<a data-page-file>`, written
 * by PageFile.astro), named by the link's `href`.
 *
 * @param html the built page, as the site serves it
 * @returns the file's name and text, or undefined when the page has no link to a file
 * @throws when the page links to a file but has no title or no content to put in it
 */
export function onePageFile(
  html: string,
  options: PageFileOptions,
): { name: string; text: string } | undefined {
  const page = parse(html);
  const fileLink = find(
    page,
    (el) => el.tagName === 'a' && attr(el, 'data-page-file') !== undefined,
  );
  if (!fileLink) return undefined;
  const name = attr(fileLink, 'href') ?? '';
  if (!/^[\w.-]+\.html$/.test(name)) throw new Error(`a page's file has no name: href="${name}"`);
  const root = find(page, (el) => el.tagName === 'html');
  const title = find(page, (el) => el.tagName === 'h1' && attr(el, 'id') === '_top');
  const content = find(page, (el) => classes(el).includes('sl-markdown-content'));
  if (!root || !title || !content) throw new Error('a page with a file has no title or no content');
  const provenance = find(page, (el) => attr(el, 'data-provenance') !== undefined);
  const headTitle = find(page, (el) => el.tagName === 'title');
  const lang = attr(root, 'lang') ?? 'fr';
  const dir = attr(root, 'dir') ?? 'ltr';
  const pageUrl = new URL(options.url);

  clean(content, pageUrl);
  pointInside(content, pageUrl);
  let provenanceLine = '';
  if (provenance) {
    const kept = provenance.attrs.filter(
      (a) => a.name.startsWith('data-provenance') || a.name === 'data-checked',
    );
    clean(provenance, pageUrl);
    provenanceLine = `<p ${kept.map((a) => `${a.name}="${escapeAttribute(a.value)}"`).join(' ')}>${serialize(provenance).trim()}</p>`;
  }
  const date = longDate(options.reviewed, lang);
  const style = pageFileStyle(options.script);
  const { strings } = options;
  const link = (href: string, text: string) =>
    `<a href="${escapeAttribute(href)}">${escapeText(text)}</a>`;
  const text = [
    '<!doctype html>',
    `<html lang="${escapeAttribute(lang)}" dir="${escapeAttribute(dir)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${pageFilePolicy(style)}">`,
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeText(textOf(headTitle ?? title).trim())}</title>`,
    `<style>${style}</style>`,
    '</head>',
    '<body>',
    `<p class="site">${link(options.home, options.siteTitle)}</p>`,
    '<main>',
    `<h1 id="_top">${escapeText(textOf(title).trim())}</h1>`,
    '<div class="about">',
    provenanceLine,
    `<p>${escapeText(strings.date.replace('{date}', date))}</p>`,
    `<p>${escapeText(strings.copyNote)}</p>`,
    `<p>${escapeText(strings.address)} <a href="${escapeAttribute(options.url)}" dir="ltr" data-page-address>${escapeText(options.url)}</a></p>`,
    '</div>',
    serialize(content).trim(),
    '</main>',
    '</body>',
    '</html>',
    '',
  ]
    .filter(Boolean)
    .join('\n');
  return { name, text };
}
