// @ts-check
/**
 * Where a page's bilingual sheet lives, under the page's own address: `/<lang>/<slug>/deux-langues/`.
 * Plain JavaScript, so that the build steps (the offline copy's file list, the sitemap) can read
 * it as well as the pages.
 */
export const sheetFolder = 'deux-langues';

/**
 * Whether a built file or an address belongs to a bilingual sheet.
 *
 * @param {string} path
 * @example isSheetPath('fr/migrants/retour-aide/deux-langues/index.html') // true
 */
export const isSheetPath = (path) => new RegExp(`/${sheetFolder}/(index\\.html)?$`).test(path);
