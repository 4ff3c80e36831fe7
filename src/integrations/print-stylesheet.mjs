import { fileURLToPath } from 'node:url';

/**
 * Starlight links every page to its own print stylesheet (`<link media="print">`), which
 * browsers download on every first visit, at the lowest priority but download all the same.
 * Most of it styles components this site does not use. This Vite plugin points that link at
 * the site's own print stylesheet (src/styles/print.css) instead, so a page carries one print
 * stylesheet, not two.
 *
 * @returns {import('vite').Plugin}
 */
export default function printStylesheet() {
  const ours = fileURLToPath(new URL('../styles/print.css', import.meta.url));
  return {
    name: 'print-stylesheet',
    enforce: 'pre',
    async resolveId(id, importer) {
      const match = /(?:^|\/)style\/print\.css(\?.*)$/.exec(id);
      if (!match || !importer?.includes('@astrojs/starlight')) return null;
      return `${ours}${match[1]}`;
    },
  };
}
