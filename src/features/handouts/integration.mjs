/**
 * Each training module's printable handout: `/<lang>/formateurs/<module>/document/` puts the
 * module and the pages its frontmatter lists under `handout:` in one document to print.
 *
 * @returns {import('astro').AstroIntegration}
 */
export default function handouts() {
  return {
    name: 'handouts',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        injectRoute({
          pattern: '/[lang]/formateurs/[module]/document',
          entrypoint: './src/features/handouts/route.astro',
        });
      },
    },
  };
}
