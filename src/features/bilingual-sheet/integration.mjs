import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { addedPages } from '../../build/added-pages.mjs';
import { isSheetPath, sheetFolder } from './sheet-path.mjs';

/**
 * Removes the bilingual sheets' addresses from a sitemap: each sheet repeats a page the sitemap
 * already lists (and says `noindex`), and the per-page end-to-end visits read their list from
 * the sitemap (tests/e2e/site-pages.ts): some 350 sheets there would cost minutes of CI. They
 * are tested in tests/e2e/bilingual-sheet.spec.ts and by `npm run test:html`.
 *
 * @param {string} xml
 * @returns {string}
 * @example withoutSheets('<url><loc>https://x.org/fr/a/b/deux-langues/</loc></url><url><loc>https://x.org/fr/a/b/</loc></url>')
 * // '<url><loc>https://x.org/fr/a/b/</loc></url>'
 */
export const withoutSheets = (xml) =>
  xml.replace(/<url>(?:(?!<\/url>)[\s\S])*?<\/url>/g, (url) => {
    const loc = /<loc>([^<]*)<\/loc>/.exec(url)?.[1] ?? '';
    return isSheetPath(loc) ? '' : url;
  });

/**
 * Each guidance page's and training module's bilingual sheet, in every language:
 * `/<lang>/<track>/<page>/deux-langues/` (./route.astro). After the build, the sitemap leaves
 * them out.
 *
 * @returns {import('astro').AstroIntegration}
 */
export default function bilingualSheet() {
  const pages = addedPages('bilingual-sheet', [
    {
      pattern: `/[lang]/[track]/[page]/${sheetFolder}`,
      entrypoint: new URL('./route.astro', import.meta.url),
    },
  ]);
  return {
    ...pages,
    hooks: {
      ...pages.hooks,
      'astro:build:done': async ({ dir }) => {
        const file = fileURLToPath(new URL('sitemap-0.xml', dir));
        const xml = await readFile(file, 'utf8').catch(() => undefined);
        if (xml !== undefined) await writeFile(file, withoutSheets(xml));
      },
    },
  };
}
