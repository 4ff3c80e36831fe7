/**
 * Serves the language chooser at the site root, and the language-neutral links under /go/. With every language prefixed,
 * Starlight builds no page at `/`; injecting the route keeps a top-level `pages/` folder away.
 *
 * @returns {import('astro').AstroIntegration}
 */
export default function languageChooser() {
  return {
    name: 'language-chooser',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        injectRoute({
          pattern: '/',
          entrypoint: './src/features/language-chooser/chooser.route.astro',
        });
        // Language-neutral links: /go/<slug>/ opens the page in the visitor's language.
        injectRoute({
          pattern: '/go/[...slug]',
          entrypoint: './src/features/language-chooser/go.route.astro',
        });
      },
    },
  };
}
