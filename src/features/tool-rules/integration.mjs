import { addedPages } from '../../build/added-pages.mjs';

/**
 * The trainers' page of the tools' rules: `/<lang>/formateurs/regles-des-outils/` lists every
 * outcome and note of both tools with its source, generated from the rules (see ./rules.ts).
 *
 * @returns {import('astro').AstroIntegration}
 */
export default function toolRules() {
  return addedPages('tool-rules', [
    {
      pattern: '/[lang]/formateurs/regles-des-outils',
      entrypoint: new URL('./route.astro', import.meta.url),
    },
  ]);
}
