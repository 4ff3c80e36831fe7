import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { builtFiles, builtPath } from '../../build/built-files.mjs';
import { bundleScript, postBuildStep } from '../../build/post-build.mjs';
import { languages, sourceLanguage } from '../../site/languages.ts';
import { interfaceStrings } from '../../site/content-files.ts';
import { parse as parseYaml } from 'yaml';
import { onePageFile } from './page-file.ts';

/**
 * The `reviewed` date of the page built into a folder (`fr/migrants/retour-aide/`), from its
 * source's frontmatter; a page a language lacks is shown from French, and dated by it.
 *
 * @param {string} root the project
 * @param {string} folder
 * @returns {Promise<Date | undefined>}
 */
async function reviewedOf(root, folder) {
  const slug = folder.replace(/\/$/, '');
  const french = slug.replace(/^[^/]+/, sourceLanguage);
  const source = [slug, french]
    .flatMap((s) => [`${s}.mdx`, `${s}/index.mdx`, `${s}.md`])
    .map((file) => join(root, 'content/docs', file))
    .find(existsSync);
  if (!source) return undefined;
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(await readFile(source, 'utf8'))?.[1] ?? '';
  const reviewed = parseYaml(frontmatter)?.reviewed;
  return reviewed ? new Date(reviewed) : undefined;
}

/**
 * A page as one file (issue 18): after the build, beside every page that links to its file
 * (`<a data-page-file>`, PageFile.astro decides which), writes that file: the page's title,
 * text and provenance line, its address and date, a stylesheet of its own, no script and no
 * reference to anything else (src/features/page-file/page-file.ts).
 *
 * It runs after `security-headers`, which checks only the site's pages (its own policy is
 * written in each file), and before `offline-copy`, which leaves these files out of the
 * offline copy: that copy already holds the pages themselves, and a file is for sending to
 * someone who has no copy and no data. Pagefind (in Starlight's hook, earlier) never indexes
 * them, so search finds the page, not its file.
 *
 * @returns {import('astro').AstroIntegration}
 */
export default function pageFile() {
  return postBuildStep('page-file', async ({ out, base, project: root, site, logger }) => {
    /** @type {Map<string, Record<string, string>>} */
    const dictionaries = new Map();
    const stringsOf = (/** @type {string} */ code) => {
      if (!dictionaries.has(code)) {
        const read = (/** @type {string} */ c) => interfaceStrings(c, join(root, 'content/i18n'));
        // A partial language falls back to French key by key, as its pages do.
        dictionaries.set(code, { ...read(sourceLanguage), ...read(code) });
      }
      return /** @type {Record<string, string>} */ (dictionaries.get(code));
    };
    let count = 0;
    let largest = { bytes: 0, path: '' };
    for (const file of await builtFiles(out, (name) => name === 'index.html')) {
      const path = builtPath(out, file);
      const code = path.split('/')[0] ?? '';
      const language = languages[code];
      if (!language) continue;
      const folder = path.slice(0, -'index.html'.length);
      // Pages without a source (a module's handout, generated) have no file.
      const reviewed = await reviewedOf(root, folder);
      if (!reviewed) continue;
      const t = stringsOf(code);
      const made = onePageFile(await readFile(file, 'utf8'), {
        reviewed,
        url: new URL(`${base}${folder}`, site).href,
        home: new URL(`${base}${code}/`, site).href,
        siteTitle: language.title,
        script: language.script,
        strings: {
          address: t['pageFile.address'] ?? '',
          date: t['pageFile.date'] ?? '',
          copyNote: t['pageFile.copyNote'] ?? '',
        },
      });
      if (!made) continue;
      await writeFile(join(dirname(file), made.name), made.text);
      count++;
      const bytes = Buffer.byteLength(made.text);
      if (bytes > largest.bytes) largest = { bytes, path: `${folder}${made.name}` };
    }
    // What the Share button does, loaded on its first press by the copy-link script: at the
    // site's root under a short name, since that script's every byte is on every page.
    await bundleScript(new URL('./share.client.ts', import.meta.url), join(out, 'page-share.js'), {
      format: 'esm',
    });
    logger.info(
      `${count} pages as one file; the largest: ${largest.path}, ${(largest.bytes / 1000).toFixed(1)} KB`,
    );
  });
}
