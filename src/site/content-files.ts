/**
 * Where the site's content lies on disk, and a language's interface strings read from it: for
 * the tests and scripts that run in Node (the pages get theirs through Astro).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringsFileOf } from './languages.ts';

/** The pages' sources, one folder a language: `content/docs/`. */
export const docsFolder = fileURLToPath(new URL('../../content/docs', import.meta.url));

/** The interface strings, one file a language: `content/i18n/`. */
export const stringsFolder = fileURLToPath(new URL('../../content/i18n', import.meta.url));

/**
 * A language's interface strings as its own file holds them (Dari's are in fa-AF.json),
 * without the French fallback its pages apply. Pages use `Astro.locals.t`, or siteStrings
 * (strings.ts) outside Starlight.
 *
 * @param folder another copy of `content/i18n/` (a script's option, a fixture)
 * @example interfaceStrings('ar')['quickExit.label']
 */
export function interfaceStrings(code: string, folder = stringsFolder): Record<string, string> {
  return JSON.parse(readFileSync(join(folder, stringsFileOf(code)), 'utf8'));
}
