/**
 * A module's printable handout puts several pages in one document. Each page's HTML is
 * rendered for its own address, so before it joins the document:
 * - its ids (and what refers to them) get a prefix, so that they stay unique in the document;
 * - its links are resolved against its own address, so that they still lead to the real pages,
 *   and carry that address in full in `data-url`, which the print style sheet prints after them;
 * - its headings go one level down, under the page's title;
 * - its headings lose their link icon (`sl-anchor-link`): the page's own address is the one
 *   to share, and the document is long enough without them;
 * - its asides become notes (`role="note"`), not landmarks: a document of several pages would
 *   otherwise list many landmarks of the same name ("Note").
 */

import {
  attr,
  elementsOf,
  hasClass,
  rewriteHtml,
  setAttr,
  type HtmlStep,
  type T,
} from '../../site/html.ts';

/** What a page's ids start with in a handout, from its slug: `praticiens/avrr` → `praticiens-avrr`. */
export const handoutPrefix = (slug: string) => slug.replaceAll('/', '-');

/** The id a page's own id `id` becomes in the handout. */
export const handoutId = (prefix: string, id: string) => `${prefix}--${id}`;

/** Attributes whose value is a list of ids. */
const idRefs = new Set(['aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns']);
idRefs.add('for').add('headers');

interface Options {
  /**
   * What every id of the page starts with in the handout (see `handoutPrefix`). Without it, ids
   * stay as they are (a page shown alone elsewhere: the bilingual sheet).
   */
  prefix?: string;
  /** The page's real address, in full: `https://example.org/fr/praticiens/avrr/`. */
  pageUrl: string;
  /** How many levels its headings go down (1 in a handout, under the page's title). */
  levels?: number;
}

/** A link to another address: resolved against the page, its full address kept for print. */
function resolveLink(link: T.Element, page: URL): void {
  const at = link.attrs.findIndex((a) => a.name === 'href' && !a.prefix);
  const href = link.attrs[at]?.value;
  if (href === undefined || href.startsWith('#')) return;
  let url: URL;
  try {
    url = new URL(href, page);
  } catch {
    return;
  }
  if (!/^https?:$/.test(url.protocol)) return;
  const local = url.origin === page.origin;
  link.attrs[at]!.value = local ? url.pathname + url.search + url.hash : url.href;
  link.attrs.splice(at + 1, 0, { name: 'data-url', value: url.href });
}

/**
 * The HTML of one page, ready to join a handout.
 *
 * @example
 * rewritePage('<h2 id="etapes">…</h2><a href="../reintegration/#definition">…</a>', {
 *   prefix: 'praticiens-avrr',
 *   pageUrl: 'https://example.org/fr/praticiens/avrr/',
 * });
 * // '<h3 id="praticiens-avrr--etapes">…</h3><a href="/fr/praticiens/reintegration/#definition"
 * //   data-url="https://example.org/fr/praticiens/reintegration/#definition">…</a>'
 */
export const rewritePage = (html: string, options: Options): string =>
  rewriteHtml(html, [handoutStep(options)]);

/** What {@link rewritePage} does, as a step of {@link rewriteHtml}. */
export const handoutStep =
  ({ prefix, pageUrl, levels = 1 }: Options): HtmlStep =>
  (fragment) => {
    const page = new URL(pageUrl);
    const id = (value: string) => (prefix === undefined ? value : handoutId(prefix, value));
    const down = (level: string) => Math.min(Number(level) + levels, 6);
    for (const el of [...elementsOf(fragment)]) {
      if (el.tagName === 'a' && hasClass(el, ['sl-anchor-link'])) {
        const siblings = el.parentNode!.childNodes;
        siblings.splice(siblings.indexOf(el), 1);
        continue;
      }
      // Ids, and the references to them: ARIA, labels, in-page links, SVG `url(#…)`.
      for (const a of el.attrs) {
        if (a.name === 'id') a.value = id(a.value);
        else if (idRefs.has(a.name))
          a.value = a.value.split(/\s+/).filter(Boolean).map(id).join(' ');
        else if (a.name === 'href' && a.value.startsWith('#')) a.value = `#${id(a.value.slice(1))}`;
        else a.value = a.value.replace(/url\(#([^)]+)\)/g, (_, v: string) => `url(#${id(v)})`);
      }
      if (el.tagName === 'a') resolveLink(el, page);
      // Down `levels` (one in a handout: the page's title is the section's heading).
      const level = /^h([1-5])$/.exec(el.tagName)?.[1];
      if (level) el.tagName = el.nodeName = `h${down(level)}`;
      const classes = attr(el, 'class');
      if (classes?.includes('level-h')) {
        setAttr(
          el,
          'class',
          classes.replace(/\blevel-h([1-5])\b/g, (_, n: string) => `level-h${down(n)}`),
        );
      }
      if (el.tagName === 'aside') {
        el.tagName = el.nodeName = 'div';
        setAttr(el, 'role', 'note');
      }
    }
  };
