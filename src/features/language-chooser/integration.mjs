import { addedPages } from '../../build/added-pages.mjs';

/**
 * Serves the language chooser at the site root, and the language-neutral links under /go/.
 * With every language prefixed, Starlight builds no page at `/`; injecting the route keeps a
 * top-level `pages/` folder away.
 *
 * @returns {import('astro').AstroIntegration}
 */
export default function languageChooser() {
  return addedPages('language-chooser', [
    { pattern: '/', entrypoint: new URL('./chooser.route.astro', import.meta.url) },
    // Language-neutral links: /go/<slug>/ opens the page in the visitor's language.
    { pattern: '/go/[...slug]', entrypoint: new URL('./go.route.astro', import.meta.url) },
  ]);
}
