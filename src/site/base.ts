/**
 * The site's base path with the trailing slash every address built from it assumes: `/` or
 * `/guide/`, however SITE_BASE was written ("/guide" or "/guide/"). Used by pages, by the
 * post-build steps and by the local server, so that they all agree.
 *
 * @example withTrailingSlash('/guide') // '/guide/'
 */
export const withTrailingSlash = (base: string): string => base.replace(/\/?$/, '/');
