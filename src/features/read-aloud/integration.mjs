import { addedPages } from '../../build/added-pages.mjs';

/**
 * Reading aloud's strings for the engine, one small file per language:
 * `/<lang>/read-aloud.json` (./strings.route.ts).
 *
 * @returns {import('astro').AstroIntegration}
 */
export default function readAloud() {
  return addedPages('read-aloud', [
    {
      pattern: '/[lang]/read-aloud.json',
      entrypoint: new URL('./strings.route.ts', import.meta.url),
    },
  ]);
}
