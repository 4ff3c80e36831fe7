import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/**
 * The files of a built site (all folders down), as full paths in a stable order, optionally
 * only those whose name passes `keep`. The post-build steps (purge-css, security-headers,
 * offline-copy, page-file) all walk the output this way.
 *
 * @param {string} dir
 * @param {(name: string) => boolean} [keep]
 * @returns {Promise<string[]>}
 */
export async function builtFiles(dir, keep = () => true) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && keep(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/**
 * A built file's path in the site, as its address has it (`fr/hors-ligne/index.html`): from
 * the built site's folder, with `/` on every system.
 *
 * @param {string} dir the built site
 * @param {string} file a full path under it
 * @returns {string}
 */
export const builtPath = (dir, file) => relative(dir, file).split(sep).join('/');
