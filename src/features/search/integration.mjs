import { fileURLToPath } from 'node:url';
import { searchWordsProblems } from './search-words-check.mjs';

/**
 * Search's build step. Stops the build, before anything is built, on an everyday-word list
 * that names a page the language does not have, or is missing for a complete language
 * (./search-words-check.mjs): the words would be indexed with no page, or a language would
 * search worse than the others. Adds `/<lang>/search-letters.json`, the French and English
 * words from official letters and the language's own term for each (./letters.route.ts).
 *
 * @returns {import('astro').AstroIntegration}
 */
export default function searchWords() {
  let building = true;
  return {
    name: 'search-words',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        building = command === 'build';
        injectRoute({
          pattern: '/[lang]/search-letters.json',
          entrypoint: fileURLToPath(new URL('./letters.route.ts', import.meta.url)),
        });
      },
      'astro:config:done': ({ config, logger }) => {
        const problems = searchWordsProblems(fileURLToPath(config.root));
        if (!problems.length) return logger.info('search words checked');
        const message = `The search words have ${problems.length} problem(s):\n${problems.map((p) => `  ${p}`).join('\n')}`;
        if (!building) return logger.warn(message);
        throw new Error(message);
      },
    },
  };
}
