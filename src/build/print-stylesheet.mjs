import { fileURLToPath } from 'node:url';

/**
 * Starlight links every page to its own print stylesheet (`<link media="print">`), which
 * browsers download on every first visit, at the lowest priority but download all the same.
 * Most of it styles components this site does not use. The site's print rules
 * (src/styles/print.css, all under `@media print`) are part of its main stylesheet instead,
 * compressed with the rest: this Vite plugin points Starlight's link at an empty file
 * (./print-link.css), so a page's first load carries about 0.2 KB less.
 *
 * @returns {import('vite').Plugin}
 */
export default function printStylesheet() {
  const ours = fileURLToPath(new URL('./print-link.css', import.meta.url));
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
