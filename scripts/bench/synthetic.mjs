/**
 * The synthetic copy of the benchmark: the project's sources with every content page ten times
 * over, to see whether build time grows in proportion to the number of pages.
 *
 * Each page `content/docs/<lang>/<dir>/<name>.mdx` gets copies `<name>-2.mdx` … `<name>-10.mdx`
 * beside it, in every language, so they join the same sidebar groups, search index and
 * handouts as real pages would. A copy differs only by its title (" (2)" … " (10)"); its
 * relative links still lead to the real pages, so the links validator stays on. Copies of an
 * `index.mdx` sit one folder deeper in the address (`/fr/index-2/`), so their relative links
 * get one more `../`. A translation copy records the hash of its French copy when the original
 * translation was up to date, so the copy is up to date too (and outdated stays outdated).
 * That hash is written quoted, so that YAML never reads it as a number.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  recordedHash,
  sourceHash,
  withRecordedHash,
} from '../../src/features/translation-status/status.mjs';
import { sourceLanguage } from '../../src/site/languages.ts';

/** Top-level entries never copied: dependencies, builds, reports, and hidden folders. */
const notCopied =
  /^(\..*|node_modules|dist|dist-.*|test-results|playwright-report|shots|bench-results)$/;

/**
 * Copies the project's sources (not node_modules, builds or hidden folders) to `copy`, emptied
 * first. node_modules is not linked: `copy` lies inside the project, so Node and Vite find the
 * project's node_modules by walking up (as scripts/build-fixture.mjs relies on), and the copy
 * keeps its own Astro cache instead of sharing node_modules/.astro with the real site.
 *
 * @param {string} root
 * @param {string} copy
 */
export function copyProject(root, copy) {
  rmSync(copy, { recursive: true, force: true });
  mkdirSync(copy, { recursive: true });
  for (const name of readdirSync(root)) {
    if (notCopied.test(name)) continue;
    cpSync(join(root, name), join(copy, name), { recursive: true, verbatimSymlinks: true });
  }
}

/**
 * The page with ` (k)` at the end of its frontmatter title.
 *
 * @example withTitleSuffix('---\ntitle: Vos options\n---\n', ' (2)') // '---\ntitle: Vos options (2)\n---\n'
 * @param {string} text
 * @param {string} suffix
 */
export function withTitleSuffix(text, suffix) {
  return text.replace(/^(---\n[\s\S]*?^title:[ \t]*)(.+?)[ \t]*$/m, (all, head, value) => {
    const quote = value[0];
    if ((quote === '"' || quote === "'") && value.endsWith(quote) && value.length > 1) {
      return `${head}${value.slice(0, -1)}${suffix}${quote}`;
    }
    // Block scalars and flow collections are left alone: the copy then keeps the title.
    if (/^[>|[{]/.test(value)) return all;
    return `${head}${value}${suffix}`;
  });
}

/**
 * Relative links (Markdown `](…)` and `href="…"`) with one more `../`, for a page that moves
 * one folder deeper in the address. Fragments, absolute paths and URLs with a scheme are kept.
 *
 * @example oneLevelDeeper('[Glossaire](glossaire/)') // '[Glossaire](../glossaire/)'
 * @param {string} text
 */
export function oneLevelDeeper(text) {
  return text.replace(/(\]\(|href=["'])(?![#/]|[a-z][a-z0-9+.-]*:)/gi, '$1../');
}

/**
 * The k-th copy of a page: its file name and its text.
 *
 * @param {string} file a file name, such as `vos-options.mdx`
 * @param {string} text
 * @param {number} k 2 or more
 */
export function copyOfPage(file, text, k) {
  const [, name, ext] = /** @type {RegExpMatchArray} */ (file.match(/^(.*)(\.mdx?)$/));
  const titled = withTitleSuffix(text, ` (${k})`);
  return {
    file: `${name}-${k}${ext}`,
    text: name === 'index' ? oneLevelDeeper(titled) : titled,
  };
}

/** @param {string} dir @returns {string[]} page files under `dir`, relative to it */
function pagesIn(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? pagesIn(join(dir, e.name)).map((p) => `${e.name}/${p}`)
      : /\.mdx?$/.test(e.name)
        ? [e.name]
        : [],
  );
}

/**
 * Writes `factor - 1` copies of every page of `docsDir` (a `content/docs` folder) beside it.
 *
 * @param {string} docsDir
 * @param {number} factor
 * @returns {{ before: number, after: number }} the number of page files
 */
export function multiplyPages(docsDir, factor) {
  const langs = readdirSync(docsDir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
  let before = 0;
  for (const lang of langs) {
    for (const page of pagesIn(join(docsDir, lang))) {
      before++;
      const slash = page.lastIndexOf('/');
      const dir = page.slice(0, slash + 1);
      const file = page.slice(slash + 1);
      const text = readFileSync(join(docsDir, lang, page), 'utf8');
      let french;
      if (lang !== sourceLanguage) {
        try {
          french = readFileSync(join(docsDir, sourceLanguage, page), 'utf8');
        } catch {
          french = undefined; // no French twin: copied as it is
        }
      }
      const upToDate = french !== undefined && recordedHash(text) === sourceHash(french);
      for (let k = 2; k <= factor; k++) {
        const copy = copyOfPage(file, text, k);
        let copyText = copy.text;
        if (upToDate) {
          const frenchCopy = copyOfPage(file, /** @type {string} */ (french), k).text;
          // Quoted: a hash of digits only (or digits and one "e") would otherwise be read by
          // YAML as a number, which the frontmatter schema rejects.
          copyText = withRecordedHash(copyText, sourceHash(frenchCopy)).replace(
            /^sourceHash: ([0-9a-f]{12})$/m,
            "sourceHash: '$1'",
          );
        }
        writeFileSync(join(docsDir, lang, dir, copy.file), copyText);
      }
    }
  }
  return { before, after: before * factor };
}
