/**
 * Inline code the site's own build steps write into pages after Astro has built them, so that
 * Astro never hashed it: each step adds here the exact text of what it writes, and
 * security-headers.mjs (which runs after them) allows it in the pages' policies. Nothing from
 * a page's content comes here.
 */
export const addedInline = {
  /** @type {Set<string>} */
  scripts: new Set(),
  /** @type {Set<string>} */
  styles: new Set(),
};
