import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { withTrailingSlash } from '../site/base.ts';

/**
 * What a post-build step is given: the built site's folder, the site's base with its trailing
 * slash, the project's folder, the site's address (example.org when none is set) and Astro's
 * logger for the step.
 *
 * @typedef {{
 *   out: string,
 *   base: string,
 *   project: string,
 *   site: URL,
 *   logger: import('astro').AstroIntegrationLogger,
 * }} Built
 */

/**
 * An integration that works on the built site once Astro, and the integrations listed before
 * it, have written it (`astro:build:done`): the offline copy, the page files. Its place in
 * astro.config.ts's list is its place in the order of the steps.
 *
 * @param {string} name
 * @param {(built: Built) => Promise<void>} step
 * @returns {import('astro').AstroIntegration}
 */
export function postBuildStep(name, step) {
  /** @type {import('astro').AstroConfig | undefined} */
  let config;
  return {
    name,
    hooks: {
      'astro:config:done': (options) => {
        config = options.config;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!config) throw new Error(`${name}: the build finished before the config was read`);
        await step({
          out: fileURLToPath(dir),
          base: withTrailingSlash(config.base),
          project: fileURLToPath(config.root),
          site: new URL(config.site ?? 'https://example.org'),
          logger,
        });
      },
    },
  };
}

/**
 * A script of the site's own, bundled into the built site the same way for every step:
 * minified, for the browsers the site supports (ES2020), without licence comments, quiet but
 * for warnings.
 *
 * @param {URL} entry the script's source (`new URL('./x.ts', import.meta.url)`)
 * @param {string} outfile where it goes in the built site
 * @param {{ format: 'iife' | 'esm', define?: Record<string, string> }} options
 */
export async function bundleScript(entry, outfile, { format, define }) {
  await build({
    entryPoints: [fileURLToPath(entry)],
    bundle: true,
    format,
    minify: true,
    target: 'es2020',
    legalComments: 'none',
    outfile,
    ...(define && { define }),
    logLevel: 'warning',
  });
}
