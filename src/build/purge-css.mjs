import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PurgeCSS } from 'purgecss';
import { builtFiles } from './built-files.mjs';
import { addedInline } from './added-inline.mjs';

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
        /** @type {[string, string][]} old name, new name */
        const renamed = [];
        // Section icons (`.i-home{--icon:url(data:…)}`, line-icons/section-icons.css) are drawings that
        // only some pages use: they leave the shared stylesheet for the pages that show them.
        /** @type {Map<string, string>} class name -> rule */
        const icons = new Map();
        for (const result of results) {
          result.css = result.css.replace(/\.(i-[\w-]+)\{--icon:[^}]*\}/g, (rule, name) => {
            icons.set(name, rule);
            return '';
          });
        }
        for (const { file, css: purged } of results) {
          if (!file) continue;
          const name = file.split('/').pop() ?? '';
          saved += before.get(name) - Buffer.byteLength(purged);
          // The file's name carries a hash of its content, so that a browser never keeps an
          // old copy under the same name: the name follows the new content.
          const hash = createHash('sha256').update(purged).digest('base64url').slice(0, 8);
          const fresh = name.replace(/\.[\w-]+\.css$/, `.${hash}.css`);
          await writeFile(file, purged);
          if (fresh !== name) {
            await rename(file, join(assets, fresh));
            renamed.push([name, fresh]);
          }
        }
        await rewriteBuilt(root, renamed, icons);
        logger.info(
          `${css.length} stylesheet(s), ${(saved / 1000).toFixed(1)} KB of unused rules removed`,
        );
      },
    },
  };
}

/**
 * One pass over the built site: every file that can name a stylesheet (pages, scripts,
 * stylesheets, headers) gets the new names of the renamed ones, and each page gets, as a small
 * <style>, the rules of the section icons it shows (registered in `addedInline`, so that
 * security-headers.mjs allows it).
 *
 * @param {string} root
 * @param {[string, string][]} renamed old name, new name
 * @param {Map<string, string>} icons class name -> rule
 */
async function rewriteBuilt(root, renamed, icons) {
  const names = /\.(html|js|css)$|^_headers$/;
  for (const file of await builtFiles(root, (name) => names.test(name))) {
    if (relative(root, file).startsWith('pagefind')) continue;
    const text = await readFile(file, 'utf8');
    let next = text;
    for (const [from, to] of renamed) next = next.replaceAll(from, to);
    if (file.endsWith('.html')) next = withIcons(next, icons);
    if (next !== text) await writeFile(file, next);
  }
}

/** A page with the rules of the icons it shows written into its head. */
function withIcons(html, icons) {
  const used = new Set();
  for (const [, classes] of html.matchAll(/\sclass="([^"]*)"/g)) {
    for (const name of classes.split(/\s+/)) if (icons.has(name)) used.add(name);
  }
  if (!used.size) return html;
  const rules = [...used].map((n) => icons.get(n)).join('');
  addedInline.styles.add(rules);
  return html.replace('</head>', `<style>${rules}</style></head>`);
}
