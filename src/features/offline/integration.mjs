import { readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { languages } from '../../site/languages.ts';
import { offlineFiles, pagefindLanguage, scriptOf } from './files.mjs';
import { formatSize } from './format.mjs';
import { builtFiles, builtPath } from '../../build/built-files.mjs';
import { bundleScript, postBuildStep } from '../../build/post-build.mjs';

const revision = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

/**
 * The placeholders OfflineCopy.astro leaves, filled in here: the size and number of files of
 * the copy, and `{size}` in the sentence that gives the size.
 */
const placeholder =
  /(<offline-copy\b[^>]*?\sdata-bytes=")0("[^>]*?\sdata-files=")0("[^]*?<p id="offline-copy-size"[^>]*>[^<]*?)\{size\}/;

/**
 * The offline copy of each language (issue 8): after the build, writes one service worker per
 * language, `<base>offline-<lang>.js`, holding Workbox and the list of that language's files
 * with a hash of each, and writes the size of the copy into the page that offers it.
 *
 * It must come after Starlight (which writes the search index in this same hook) and after
 * `security-headers` (which completes every page's policy), so that the hashes are those of
 * the files as served. Nothing here runs in a reader's browser unless they save a copy.
 *
 * @returns {import('astro').AstroIntegration}
 */
export default function offlineCopy() {
  return postBuildStep('offline-copy', async ({ out: root, base, logger }) => {
    const paths = (await builtFiles(root)).map((file) => builtPath(root, file));
    // Which search files and engine each language uses, as Pagefind recorded them.
    const entryFile = join(root, 'pagefind/pagefind-entry.json');
    const entry = paths.includes('pagefind/pagefind-entry.json')
      ? JSON.parse(await readFile(entryFile, 'utf8'))
      : undefined;
    for (const lang of Object.keys(languages)) {
      const search = pagefindLanguage(entry, languages[lang].lang);
      const files = offlineFiles(paths, lang, search);
      if (!files.some((path) => path.startsWith(`${lang}/`))) continue;
      const contents = new Map();
      for (const path of files) contents.set(path, await readFile(join(root, path)));
      const bytes = [...contents.values()].reduce((sum, body) => sum + body.length, 0);

      // The page offering the copy shows its size before anything is saved.
      for (const path of files.filter((p) => p.endsWith('.html'))) {
        const html = contents.get(path).toString('utf8');
        if (!placeholder.test(html)) continue;
        const size = formatSize(bytes, languages[lang]);
        const filled = html.replace(
          placeholder,
          (_, before, between, after) =>
            `${before}${bytes}${between}${files.length}${after}${size}`,
        );
        await writeFile(join(root, path), filled);
        contents.set(path, Buffer.from(filled, 'utf8'));
      }

      const manifest = files.map((path) => ({
        url: base + path,
        revision: revision(contents.get(path)),
      }));
      const script = scriptOf(base, lang).slice(base.length);
      await bundleScript(new URL('./service-worker.ts', import.meta.url), join(root, script), {
        format: 'iife',
        define: {
          OFFLINE_LANG: JSON.stringify(lang),
          OFFLINE_MANIFEST: JSON.stringify(manifest),
          // Workbox's production build: no development logging.
          'process.env.NODE_ENV': '"production"',
        },
      });
      logger.info(`${script}: ${files.length} files, ${(bytes / 1e6).toFixed(2)} MB`);
    }
  });
}
