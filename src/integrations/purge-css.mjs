import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PurgeCSS } from 'purgecss';

/**
 * After the build: removes from the site's stylesheets the rules that match nothing the site
 * can show. Starlight's stylesheet styles every component it offers (banners, tabs, cards,
 * edit links, its own search, …); this site uses a few, and every reader downloads the rest.
 *
 * What "can be shown" is read from the built pages and scripts, and from the project's sources
 * (widgets and scripts add classes at run time that no built page contains yet).
 *
 * @param {{ sources?: string[] }} [options] globs of sources whose words keep a rule
 * @returns {import('astro').AstroIntegration}
 */
export default function purgeCss({ sources = ['src/**/*.{astro,ts,tsx,mjs}'] } = {}) {
  return {
    name: 'purge-css',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const assets = join(root, '_astro');
        const css = (await readdir(assets)).filter((f) => f.endsWith('.css'));
        const before = new Map();
        for (const f of css) before.set(f, (await readFile(join(assets, f))).length);
        const results = await new PurgeCSS().purge({
          content: [`${root}/**/*.html`, `${assets}/*.js`, ...sources],
          css: css.map((f) => join(assets, f)),
          // Unused custom properties and keyframes go too; a style attribute that used a
          // variable through var() would not be seen, so the site writes none (see the test).
          variables: true,
          keyframes: true,
          fontFace: true,
          // Words as they appear in markup and scripts, including Starlight's responsive
          // utilities (`md:sl-hidden`, `print:hidden`), whose colon the default extractor splits.
          defaultExtractor: (text) => [
            ...(text.match(/[\w:-]+/g) ?? []),
            ...(text.match(/[\w-]+/g) ?? []),
          ],
          // States the browser or a script sets, never written in a page.
          safelist: { standard: [/^data-/, /^aria-/], greedy: [/::?backdrop/] },
        });
        let saved = 0;
        for (const { file, css: purged } of results) {
          if (!file) continue;
          await writeFile(file, purged);
          saved += before.get(file.split('/').pop()) - Buffer.byteLength(purged);
        }
        logger.info(
          `${css.length} stylesheet(s), ${(saved / 1000).toFixed(1)} KB of unused rules removed`,
        );
      },
    },
  };
}
