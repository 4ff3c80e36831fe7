/**
 * Which glossary links the in-place definitions (glossary.client.ts) may follow: the
 * disclosure fetches the page behind a link and copies its nodes into this page, so only a
 * relative link written by the site, to a glossary entry of this same site, will do.
 *
 * Accepted: a relative link (`../../glossaire/#avrr`, `/guide/fr/glossaire/#avrr`) that
 * resolves, from the page, to the same origin, under the site's base path, to a page whose
 * path ends in `glossaire/`, with an entry id. Refused: any scheme (`https:`, `javascript:`,
 * `data:`…), protocol-relative links (`//host/…`, `/\host/…`), other origins, other paths.
 *
 * @param href the link's attribute as written (`getAttribute('href')`)
 * @param page the address of the page holding the link (`location.href`)
 * @param base the site's base path, ending with "/"
 * @returns the address of the glossary page to fetch (without the `#id`), or undefined
 * @example glossaryPage('../../glossaire/#avrr', 'https://x.org/fr/migrants/a/', '/')
 *   // "https://x.org/fr/glossaire/"
 */
export function glossaryPage(href: string | null, page: string, base: string): string | undefined {
  if (!href) return undefined;
  // The URL parser drops tabs and newlines anywhere and spaces at the ends: check what it reads.
  const written = href.replace(/[\t\n\r]/g, '').trim();
  if (/^[a-z][a-z\d+.-]*:/i.test(written) || /^[\\/]{2}/.test(written)) return undefined;
  let url: URL;
  try {
    url = new URL(written, page);
  } catch {
    return undefined;
  }
  const from = new URL(page);
  if (url.origin !== from.origin || !/^https?:$/.test(url.protocol)) return undefined;
  if (!url.pathname.startsWith(base) || !url.pathname.endsWith('/glossaire/')) return undefined;
  if (url.hash.length < 2 || url.search) return undefined;
  return `${url.origin}${url.pathname}`;
}
