/**
 * How the hidden search words sit in a page's indexed text (written by SearchWords.astro, kept
 * out of excerpts by search-view.ts): small, so that the dialog's bundle imports it alone.
 */

/** Pagefind's weight of the hidden words: above body text (1), below a page title (7). */
export const hiddenWeight = 5;

/**
 * Marks where the hidden words start in a page's indexed text, so that the dialog never shows
 * them in a result's excerpt. A sign, not a letter: no query matches it.
 */
export const hiddenWordsMark = '\u2042';
