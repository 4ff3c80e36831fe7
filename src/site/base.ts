/**
 * The site's base path with the trailing slash every address built from it assumes: `/` or
 * `/guide/`, however SITE_BASE was written ("/guide" or "/guide/"). Used by pages, by the
 * post-build steps and by the local server, so that they all agree.
 *
 * @example withTrailingSlash('/guide') // '/guide/'
 */
export const withTrailingSlash = (base: string): string => base.replace(/\/?$/, '/');

/**
 * The folders of a page's address after the site's base and the language: the part of an
 * address that tracks (track.ts) and the search word lists read.
 *
 * @example foldersAfterLanguage('/guide/fr/outils/explorateur/', '/guide/') // ['outils', 'explorateur']
 * @example foldersAfterLanguage('/ar/', '/') // []
 */
export function foldersAfterLanguage(path: string, base: string): string[] {
  const rest = path.startsWith(base) ? path.slice(base.length) : path;
  return rest.split('/').filter(Boolean).slice(1);
}
