import { fileURLToPath } from 'node:url';
import { contentProblems } from './checks.mjs';

/**
 * Fails the build, before anything is built, when the content has problems a reader would
 * meet: a page's frontmatter, heading ids (repeated, or not those of the French page), a
 * glossary entry without an id, an interface string missing or with wrong placeholders. The
 * message lists every problem, each with its file (see src/features/content-checks/checks.mjs).
 *
 * @returns {import('astro').AstroIntegration}
 */
export default function contentChecks() {
  let building = true;
  return {
    name: 'content-checks',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': ({ config, logger }) => {
        const problems = contentProblems(fileURLToPath(config.root));
        if (problems.length) {
          const message = `The content has ${problems.length} problem(s):\n${problems.map((p) => `  ${p}`).join('\n')}`;
          // While editing (astro dev), say it and keep serving; a build stops.
          if (!building) return logger.warn(message);
          throw new Error(message);
        }
        logger.info('content checked: frontmatter, heading ids, glossary ids, interface strings');
      },
    },
  };
}
