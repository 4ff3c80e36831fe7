/**
 * The check of the everyday-word lists (`content/search-words/<code>.json`, see the README
 * there), run before the build by ./integration.mjs and by the unit tests: each problem names
 * its file and says what is wrong.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { completeLanguages, languages, sourceLanguage } from '../../site/languages.ts';

/**
 * The slugs of a language's pages: the address without language and slashes; `index` for the
 * home page, `formateurs` for `formateurs/index.mdx`.
 *
 * @param {string} dir the language's folder of pages (`content/docs/fr`)
 * @returns {Set<string>}
 */
export function pageSlugs(dir) {
  const slugs = new Set();
  const walk = (folder) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.mdx?$/.test(name)) {
        const slug = relative(dir, path)
          .replace(/\\/g, '/')
          .replace(/\.mdx?$/, '')
          .replace(/(^|\/)index$/, '');
        slugs.add(slug || 'index');
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return slugs;
}

/**
 * Every problem of the word lists under `root` (the project), as `file: problem` lines. A
 * language without a file is a problem only where `required` says so (the languages whose
 * lists must exist).
 *
 * @param {string} root
 * @param {{ required?: string[] }} [options]
 * @returns {string[]}
 */
export function searchWordsProblems(
  root,
  { required = [sourceLanguage, ...completeLanguages] } = {},
) {
  const problems = [];
  for (const code of Object.keys(languages)) {
    const file = `content/search-words/${code}.json`;
    const report = (problem) => problems.push(`${file}: ${problem}`);
    if (!existsSync(join(root, file))) {
      if (required.includes(code)) report('missing (every complete language has one)');
      continue;
    }
    let lists;
    try {
      lists = JSON.parse(readFileSync(join(root, file), 'utf8'));
    } catch (error) {
      report(`not valid JSON: ${error.message}`);
      continue;
    }
    if (!lists || typeof lists !== 'object' || Array.isArray(lists)) {
      report('must be an object from page slugs to lists of words');
      continue;
    }
    // A page the language lacks is shown at its address in French, with a notice: its words
    // still lead there.
    const slugs = new Set([
      ...pageSlugs(join(root, 'content/docs', code)),
      ...pageSlugs(join(root, 'content/docs', sourceLanguage)),
    ]);
    for (const [slug, words] of Object.entries(lists)) {
      if (!slugs.has(slug)) {
        report(
          `"${slug}" is not a page of content/docs/${code}/ or of its French source (a slug is the address without language, e.g. "migrants/retour-aide", "index" for the home page)`,
        );
        continue;
      }
      if (!Array.isArray(words) || words.some((w) => typeof w !== 'string' || !w.trim())) {
        report(`"${slug}" must list words, each a non-empty string`);
      }
    }
  }
  return problems;
}
