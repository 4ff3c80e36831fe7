/**
 * What a tool's Astro wrapper sends its island, as JSON, the one way strings reach the browser:
 * the tool's own strings (`keys`), the question step's (`step.…`, the same in both tools), the
 * safeguarding messages (`safeguard.…`) and the "Why?" labels. Run at build time only.
 */
import source from '../../../content/i18n/fr.json';
import { isWhyKey } from './why';

const shared = Object.keys(source).filter(
  (key) => key.startsWith('step.') || key.startsWith('safeguard.') || isWhyKey(key),
);

/** The JSON of the strings of `keys` and of the shared ones, in the page's language (`t`). */
export const islandStrings = (t: (key: string) => string, keys: readonly string[]) =>
  JSON.stringify(Object.fromEntries([...keys, ...shared].map((key) => [key, t(key)])));
