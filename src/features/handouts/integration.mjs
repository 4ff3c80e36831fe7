import { addedPages } from '../../build/added-pages.mjs';

/**
 * Each training module's printable handout: `/<lang>/formateurs/<module>/document/` puts the
 * module and the pages its frontmatter lists under `handout:` in one document to print.
 *
 * @returns {import('astro').AstroIntegration}
 */
export default function handouts() {
  return addedPages('handouts', [
    {
      pattern: '/[lang]/formateurs/[module]/document',
      entrypoint: new URL('./route.astro', import.meta.url),
    },
  ]);
}
