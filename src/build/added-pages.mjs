import { fileURLToPath } from 'node:url';

/**
 * An integration that adds pages to the site and does nothing else: each route's entrypoint is
 * a URL, given by the feature from its own folder (`new URL('./route.astro', import.meta.url)`),
 * so that moving the folder moves its pages with it.
 *
 * @param {string} name
 * @param {{ pattern: string, entrypoint: URL }[]} routes
 * @returns {import('astro').AstroIntegration}
 */
export function addedPages(name, routes) {
  return {
    name,
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        for (const { pattern, entrypoint } of routes) {
          injectRoute({ pattern, entrypoint: fileURLToPath(entrypoint) });
        }
      },
    },
  };
}
