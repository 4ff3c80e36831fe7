import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The files of a built site (all folders down), as full paths in a stable order, optionally
 * only those whose name passes `keep`. The post-build steps (purge-css, security-headers,
 * offline-copy) all walk the output this way.
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
