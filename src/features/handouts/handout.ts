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

import { decodeAttribute } from '../../site/html-attribute.ts';

/** What a page's ids start with in a handout, from its slug: `praticiens/avrr` → `praticiens-avrr`. */
export const handoutPrefix = (slug: string) => slug.replaceAll('/', '-');

/** The id a page's own id `id` becomes in the handout. */
export const handoutId = (prefix: string, id: string) => `${prefix}--${id}`;

const encode = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/** Attributes whose value is a list of ids. */
const idRefs =
  /(\s(?:aria-labelledby|aria-describedby|aria-controls|aria-owns|for|headers)=")([^"]*)"/g;

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
export function rewritePage(html: string, { prefix, pageUrl, levels = 1 }: Options): string {
  const page = new URL(pageUrl);
  const id = (value: string) => (prefix === undefined ? value : handoutId(prefix, value));
  return (
    html
      .replace(/<a class="sl-anchor-link"[^>]*>[\s\S]*?<\/a>/g, '')
      // Ids, and the references to them: ARIA, labels, in-page links, SVG `url(#…)`.
      .replace(/(\sid=")([^"]+)"/g, (_, start: string, value: string) => `${start}${id(value)}"`)
      .replace(
        idRefs,
        (_, start: string, value: string) =>
          `${start}${value.split(/\s+/).filter(Boolean).map(id).join(' ')}"`,
      )
      .replace(/(\s(?:xlink:)?href="#)([^"]+)"/g, (_, start: string, value: string) => {
        return `${start}${id(value)}"`;
      })
      .replace(/url\(#([^)]+)\)/g, (_, value: string) => `url(#${id(value)})`)
      // Links to other addresses: resolved, and their full address kept for print.
      .replace(/<a\s[^>]*>/g, (tag) =>
        tag.replace(/\shref="([^"#][^"]*)"/, (attribute, href: string) => {
          let url: URL;
          try {
            url = new URL(decodeAttribute(href), page);
          } catch {
            return attribute;
          }
          if (!/^https?:$/.test(url.protocol)) return attribute;
          const local = url.origin === page.origin;
          const target = local ? url.pathname + url.search + url.hash : url.href;
          return ` href="${encode(target)}" data-url="${encode(url.href)}"`;
        }),
      )
      // Down `levels` (one in a handout: the page's title is the section's heading).
      .replace(/<(\/?)h([1-5])(?=[\s>])/g, (_, slash: string, level: string) => {
        return `<${slash}h${Math.min(Number(level) + levels, 6)}`;
      })
      .replace(/\blevel-h([1-5])\b/g, (_, level: string) => {
        return `level-h${Math.min(Number(level) + levels, 6)}`;
      })
      .replace(/<aside\b/g, '<div role="note"')
      .replace(/<\/aside>/g, '</div>')
  );
}
