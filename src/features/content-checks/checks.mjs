/**
 * Checks of the content that the build runs before anything else (./integration.mjs): each
 * problem names its file and says what is wrong, and all of them are reported at once, so
 * that a translator or an author fixes a batch in one go.
 *
 * - a page's frontmatter: Starlight's `title` and the site's own fields (`pageFields`);
 * - heading ids (`## Title { #id }`): unique in a page, the same in a translation as in French;
 * - the glossary: every entry's heading has an id (terms link to it);
 * - interface strings (`content/i18n/<lang>.json`): no key French lacks, every key in a
 *   complete language, and the same `{placeholders}` as French, each one the site fills.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { z } from 'astro/zod';
import {
  completeLanguages,
  languages,
  sourceLanguage,
  starlightKeys,
  stringsFileOf,
} from '../../site/languages.ts';
import { translationStatus } from '../translation-status/status.mjs';
import { pageFields } from '../../site/frontmatter.ts';
import { headingOf } from '../../site/headings.ts';
import { bodyOf, frontmatterOf } from '../../site/mdx.ts';

/**
 * The placeholders the site's code fills in interface strings: a string holding another (a
 * typo such as `{cout}`) would show the braces to the reader.
 * count, term: search results (search-view.ts); current, total: the tools' progress;
 * title: handout titles and the feedback mail's subject; size: the offline copy; language:
 * read-aloud's voice notes; date, by: the provenance line; url, version: the feedback mail.
 */
export const knownPlaceholders = [
  'count',
  'term',
  'current',
  'total',
  'title',
  'size',
  'language',
  'date',
  'by',
  'url',
  'version',
];

/**
 * A placeholder a translation may leave out: in the `zero`, `one` and `two` forms of a count,
 * many languages say the number in words (Arabic "نتيجتان", two results), so `{count}` may go.
 * Every other placeholder of the French string must be in the translation.
 */
const mayDrop = (key, name) =>
  name === 'count' && /^site\.searchResults\.(zero|one|two)$/.test(key);

const frontmatterSchema = pageFields.extend({ title: z.string().min(1) });

/** The pages of a language folder, as paths relative to it (`migrants/retour-aide.mdx`). */
function pagesIn(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.mdx?$/.test(f))
    .map((f) => f.split('\\').join('/'))
    .sort();
}

/** A page's headings (outside code fences), each with its explicit id if it has one. */
export function headingsOf(text) {
  const headings = [];
  let fenced = false;
  const body = bodyOf(text);
  for (const [index, line] of body.split('\n').entries()) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) continue;
    const heading = headingOf(line);
    if (heading) headings.push({ id: undefined, ...heading, line: index + 1 });
  }
  return headings;
}

/** Problems of one page's frontmatter. */
export function frontmatterProblems(text) {
  const yaml = frontmatterOf(text);
  if (yaml === undefined) return ['no frontmatter (--- title, description, audience… ---)'];
  let data;
  try {
    data = load(yaml) ?? {};
  } catch (error) {
    return [`frontmatter is not valid YAML: ${String(error.reason ?? error.message)}`];
  }
  const result = frontmatterSchema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const field = issue.path.join('.') || '(frontmatter)';
    const missing = issue.path.length === 1 && !(issue.path[0] in data);
    return missing
      ? `frontmatter field "${field}" is missing`
      : `frontmatter field "${field}" is wrong: ${issue.message}`;
  });
}

/** Placeholders of a string, sorted: `{count} sur {total}` gives ['count', 'total']. */
const placeholdersOf = (text) => [...text.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]).sort();

/**
 * Every problem of the content under `root` (the project), as `file: problem` lines.
 *
 * @param {string} root
 * @returns {string[]}
 */
export function contentProblems(root) {
  const problems = [];
  const docs = join(root, 'content/docs');
  const report = (file, problem) => problems.push(`${file}: ${problem}`);

  // Pages: frontmatter and heading ids.
  /** @type {Map<string, { level: number, text: string, id?: string, line: number }[]>} */
  const headings = new Map();
  for (const lang of Object.keys(languages)) {
    for (const page of pagesIn(join(docs, lang))) {
      const file = `content/docs/${lang}/${page}`;
      const text = readFileSync(join(root, file), 'utf8');
      for (const p of frontmatterProblems(text)) report(file, p);
      const list = headingsOf(text);
      headings.set(`${lang}/${page}`, list);
      const seen = new Map();
      for (const h of list.filter((h) => h.id)) {
        if (seen.has(h.id)) {
          report(
            file,
            `heading id "#${h.id}" is used twice (line ${seen.get(h.id)} and line ${h.line})`,
          );
        } else seen.set(h.id, h.line);
      }
      if (page === 'glossaire.mdx') {
        for (const h of list.filter((h) => h.level === 2 && !h.id)) {
          report(file, `glossary heading "${h.text}" (line ${h.line}) has no id: add { #id }`);
        }
      }
    }
  }
  // Translations keep the French ids: the same, in the same order, when up to date; and never
  // one that French lacks (a misspelt id breaks every link to the section).
  for (const row of translationStatus(docs)) {
    const file = `content/docs/${row.lang}/${row.page}`;
    if (row.status === 'orphan') report(file, `no French page: every page translates one`);
    if (row.status !== 'up-to-date' && row.status !== 'outdated') continue;
    const french = (headings.get(`${sourceLanguage}/${row.page}`) ?? []).map((h) => h.id);
    const own = (headings.get(`${row.lang}/${row.page}`) ?? []).map((h) => h.id);
    const frenchIds = french.filter(Boolean);
    const ownIds = own.filter(Boolean);
    const foreign = ownIds.filter((id) => !frenchIds.includes(id));
    for (const id of foreign) {
      report(file, `heading id "#${id}" is not in the French page (content/docs/fr/${row.page})`);
    }
    if (row.status === 'up-to-date' && !foreign.length && ownIds.join() !== frenchIds.join()) {
      const lacking = frenchIds.filter((id) => !ownIds.includes(id));
      report(
        file,
        lacking.length
          ? `heading ids missing that the French page has: ${lacking.map((id) => `#${id}`).join(', ')}`
          : `heading ids in another order than in the French page: ${ownIds.map((id) => `#${id}`).join(' ')}`,
      );
    }
  }

  // Interface strings.
  const stringsFile = (lang) => `content/i18n/${stringsFileOf(lang)}`;
  /** @type {Record<string, Record<string, unknown>>} */
  const strings = {};
  for (const lang of Object.keys(languages)) {
    const file = stringsFile(lang);
    if (!existsSync(join(root, file))) {
      if (lang === sourceLanguage || completeLanguages.includes(lang)) report(file, 'missing');
      continue;
    }
    try {
      strings[lang] = JSON.parse(readFileSync(join(root, file), 'utf8'));
    } catch (error) {
      report(file, `not valid JSON: ${error.message}`);
    }
  }
  const source = strings[sourceLanguage] ?? {};
  for (const [key, value] of Object.entries(source)) {
    for (const name of placeholdersOf(String(value))) {
      if (!knownPlaceholders.includes(name)) {
        report(stringsFile(sourceLanguage), `"${key}" has {${name}}, which the site never fills`);
      }
    }
  }
  for (const [lang, own] of Object.entries(strings)) {
    if (lang === sourceLanguage) continue;
    const file = stringsFile(lang);
    for (const key of Object.keys(own)) {
      if (!(key in source) && !starlightKeys.includes(key)) {
        report(file, `"${key}" is not a key of ${stringsFile(sourceLanguage)}`);
      }
    }
    // Starlight has no strings for this language: without its own, a French label would show.
    const shipped = /** @type {{ starlightShipsStrings?: boolean }} */ (languages[lang])
      ?.starlightShipsStrings;
    if (!shipped && completeLanguages.includes(lang)) {
      for (const key of starlightKeys) {
        if (typeof own[key] !== 'string' || !own[key].trim()) {
          report(file, `"${key}" is missing (Starlight has no ${lang} strings to fall back on)`);
        }
      }
      if (own['heading.anchorLabel'] && !own['heading.anchorLabel'].includes('{{title}}')) {
        report(file, `"heading.anchorLabel" must keep {{title}}`);
      }
    }
    for (const [key, french] of Object.entries(source)) {
      const value = own[key];
      if (typeof value !== 'string' || !value.trim()) {
        if (completeLanguages.includes(lang)) report(file, `"${key}" is missing`);
        continue;
      }
      const expected = placeholdersOf(String(french));
      const got = placeholdersOf(value);
      const dropped = expected.filter((name) => !got.includes(name) && !mayDrop(key, name));
      const added = got.filter((name) => !expected.includes(name));
      if (dropped.length || added.length) {
        const show = (list) => (list.length ? list.map((p) => `{${p}}`).join(' ') : 'none');
        report(file, `"${key}" has placeholders ${show(got)}, French has ${show(expected)}`);
      }
    }
  }
  return problems;
}
