// @ts-check
/**
 * What an offline copy of one language holds, and what it is called. Shared by the build
 * (src/features/offline/integration.mjs), the page's control (OfflineCopy.astro) and the tests,
 * so that saving, finding and removing a copy all agree on the same names.
 *
 * One copy per language: each has its own service worker, registered for that language's
 * folder only, and its own caches, so one language can be saved or removed without the others.
 */

import { isSheetPath } from '../bilingual-sheet/sheet-path.mjs';

/**
 * The files of the built site a language's copy needs, as paths relative to the build folder
 * ("fr/migrants/index.html"): the language's pages, the scripts and styles every page shares,
 * the icon, and the part of the search index in that language. Left out: the other languages,
 * the language chooser and the /go/ links (outside the copy's folder, so never served by it),
 * the 404 page, sitemaps, Pagefind's ready-made interfaces and web worker, which this site
 * does not use, the bilingual sheets (their second language is in another language's folder,
 * outside the copy; each repeats a page the copy holds), and each page's one-file version
 * (`<slug>-<lang>.html`, src/features/page-file/): the copy holds the page itself, and a file is
 * for sending to someone who has no copy.
 *
 * Pagefind names a language's files after the page's `lang` (lower case: Dari's `fa-AF` is
 * `fa-af`), and searches a language it has no stemmer for (Amharic, Bengali, Pashto…) with its
 * `unknown` engine: `search`, read from Pagefind's `pagefind-entry.json`, says which.
 *
 * @param {string[]} paths every file of the build, relative, with forward slashes
 * @param {string} lang the language's folder, for example "fr"
 * @param {{ key?: string, wasm?: string }} [search] the language's name in Pagefind's files and
 *   the engine it uses (both default to `lang`)
 * @returns {string[]} the chosen paths, sorted
 * @example offlineFiles(['fr/index.html', 'en/index.html', '_astro/page.js'], 'fr')
 * // ['_astro/page.js', 'fr/index.html']
 * @example offlineFiles(['pagefind/wasm.unknown.pagefind'], 'am', { wasm: 'unknown' })
 * // ['pagefind/wasm.unknown.pagefind']
 */
export function offlineFiles(paths, lang, search = {}) {
  const escape = (/** @type {string} */ s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const folder = escape(lang);
  const key = escape(search.key ?? lang);
  const wasm = escape(search.wasm ?? lang);
  const wanted = [
    new RegExp(`^${folder}/(.+/)?index\\.html$`),
    // What the page's features fetch when used: reading aloud's strings, the letter words.
    new RegExp(`^${folder}/(read-aloud|search-letters)\\.json$`),
    /^_astro\//,
    /^favicon\.svg$/,
    // The Share button's code (src/features/page-file/): offline it shares the page's address.
    /^page-share\.js$/,
    /^pagefind\/pagefind\.js$/,
    /^pagefind\/pagefind-entry\.json$/,
    new RegExp(`^pagefind/wasm\\.${wasm}\\.pagefind$`),
    new RegExp(`^pagefind/pagefind\\.${key}_[0-9a-f]+\\.pf_meta$`),
    new RegExp(`^pagefind/(index|fragment|filter)/${key}_[0-9a-f]+\\.pf_[a-z]+$`),
  ];
  return paths.filter((path) => wanted.some((re) => re.test(path)) && !isSheetPath(path)).sort();
}

/**
 * A language's name and engine in Pagefind's files, from the parsed `pagefind-entry.json`.
 *
 * @param {{ languages?: Record<string, { hash: string, wasm?: string }> } | undefined} entry
 * @param {string} lang the page's `lang` attribute, for example "fa-AF"
 * @returns {{ key?: string, wasm?: string }}
 * @example pagefindLanguage({ languages: { 'fa-af': { hash: 'fa-af_12ab', wasm: 'unknown' } } }, 'fa-AF')
 * // { key: 'fa-af', wasm: 'unknown' }
 */
export function pagefindLanguage(entry, lang) {
  const found = entry?.languages?.[lang.toLowerCase()];
  if (!found) return {};
  return { key: found.hash.replace(/_[0-9a-f]+$/, ''), wasm: found.wasm ?? 'unknown' };
}

/**
 * The folder a language's copy serves, which is its service worker's scope.
 *
 * @param {string} base the site's base, ending with "/"
 * @param {string} lang
 * @example scopeOf('/', 'fr') // '/fr/'
 */
export const scopeOf = (base, lang) => `${base}${lang}/`;

/**
 * The service worker script of a language's copy: at the site's root, so it can serve the
 * scripts, styles and search files every language shares, and registered with the language's
 * folder as its scope.
 *
 * @param {string} base the site's base, ending with "/"
 * @param {string} lang
 * @example scriptOf('/', 'fr') // '/offline-fr.js'
 */
export const scriptOf = (base, lang) => `${base}offline-${lang}.js`;

/**
 * The start of the name of every cache a language's copy makes (Workbox's cache prefix).
 *
 * @param {string} lang
 */
export const cachePrefix = (lang) => `offline-${lang}`;

/**
 * Whether a cache belongs to a language's copy: Workbox names its caches
 * `<prefix>-<kind>-<scope>`, the scope being the full address of the copy's folder.
 *
 * @param {string} name a name from `caches.keys()`
 * @param {string} lang
 * @param {string} scope the full address of the copy's folder, "https://…/fr/"
 * @example belongsTo('offline-fr-precache-v2-https://example.org/fr/', 'fr', 'https://example.org/fr/') // true
 */
export const belongsTo = (name, lang, scope) =>
  name.startsWith(`${cachePrefix(lang)}-`) && name.endsWith(`-${scope}`);
