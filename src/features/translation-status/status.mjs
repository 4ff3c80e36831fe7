import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { languages, sourceLanguage } from '../../site/languages.ts';
import { bodyOf, frontmatterOf, IMPORT_LINES } from '../../site/mdx.ts';

/**
 * A page's version: the first 12 hex digits of the SHA-256 of its body, without the
 * frontmatter and without its `import` lines, so that recording a review, fixing a date or
 * moving a component changes nothing downstream.
 *
 * @example pageVersion('---\ntitle: A\n---\nText\n') === pageVersion('---\ntitle: B\n---\nText\n') // true
 */
export function pageVersion(text) {
  // Where a component comes from is code, not text: moving it outdates no translation.
  const body = bodyOf(text).replace(IMPORT_LINES, '');
  return createHash('sha256').update(body, 'utf8').digest('hex').slice(0, 12);
}

/**
 * The version of a French page that a translation records in its `sourceHash`: the page's
 * version (body only), so that a review date or a provenance record written into the French
 * frontmatter does not outdate its translations.
 */
export const sourceHash = pageVersion;

/** The `sourceHash` a translation's frontmatter records, if any. */
export function recordedHash(text) {
  const frontmatter = frontmatterOf(text) ?? '';
  return frontmatter.match(/^sourceHash:\s*['"]?([0-9a-f]{12})['"]?\s*$/m)?.[1];
}

/**
 * Writes `hash` as the translation's `sourceHash`, replacing the one it had. Quoted: a hash of
 * digits only (or digits around one "e") would otherwise be read by YAML as a number.
 */
export function withRecordedHash(text, hash) {
  const [, frontmatter = '', rest = ''] = text.match(/^---\n([\s\S]*?)\n---([\s\S]*)$/) ?? [];
  const lines = frontmatter.split('\n').filter((l) => !l.startsWith('sourceHash:'));
  return `---\n${[...lines, `sourceHash: '${hash}'`].join('\n')}\n---${rest}`;
}

/**
 * What a page's frontmatter records of how it was made and checked (see
 * src/features/provenance/schema.ts), and whether a check covers the page as it is now.
 *
 * @returns {{ method: string | undefined, checked: boolean }}
 */
export function provenanceOf(text) {
  const frontmatter = frontmatterOf(text) ?? '';
  const record = parse(frontmatter)?.provenance ?? {};
  const version = pageVersion(text);
  const checks = Array.isArray(record.checked) ? record.checked : [];
  return { method: record.method, checked: checks.some((c) => String(c?.version) === version) };
}

function pagesIn(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? pagesIn(join(dir, e.name)).map((p) => `${e.name}/${p}`)
      : /\.mdx?$/.test(e.name)
        ? [e.name]
        : [],
  );
}

/**
 * The pages of one language, as paths relative to its folder (`migrants/vos-options.mdx`).
 *
 * @param {string} docsDir the `content/docs` folder
 * @param {string} lang
 * @returns {string[]}
 */
export function pageList(docsDir, lang = sourceLanguage) {
  return pagesIn(join(docsDir, lang));
}

/**
 * The state of every page in every language, against the French source:
 * `up-to-date`, `outdated` (the French changed since), `missing`, or `orphan` (a page with
 * no French twin, which is an error: French is the source of every page).
 *
 * @param {string} docsDir the `content/docs` folder
 * @returns {{ page: string, lang: string, status: 'up-to-date' | 'outdated' | 'missing' | 'orphan' }[]}
 */
export function translationStatus(docsDir) {
  const source = pagesIn(join(docsDir, sourceLanguage));
  const rows = [];
  for (const lang of Object.keys(languages).filter((l) => l !== sourceLanguage)) {
    const present = new Set(pagesIn(join(docsDir, lang)));
    for (const page of source) {
      if (!present.has(page)) {
        rows.push({ page, lang, status: 'missing' });
        continue;
      }
      const expected = sourceHash(readFileSync(join(docsDir, sourceLanguage, page), 'utf8'));
      const recorded = recordedHash(readFileSync(join(docsDir, lang, page), 'utf8'));
      rows.push({ page, lang, status: recorded === expected ? 'up-to-date' : 'outdated' });
    }
    for (const page of present) {
      if (!source.includes(page)) rows.push({ page, lang, status: 'orphan' });
    }
  }
  return rows;
}

/**
 * Whether a built page's translation is behind its French source. Used by the page template
 * to show the outdated notice.
 *
 * @param {string} filePath the translation's file, relative to the project root
 */
export function isOutdated(filePath, projectRoot = process.cwd()) {
  const parts = filePath.split(/[\\/]/);
  const at = parts.indexOf('docs');
  if (at < 0 || parts[at + 1] === sourceLanguage) return false;
  const french = join(
    projectRoot,
    ...parts.slice(0, at + 1),
    sourceLanguage,
    ...parts.slice(at + 2),
  );
  if (!existsSync(french)) return false;
  const recorded = recordedHash(readFileSync(join(projectRoot, filePath), 'utf8'));
  return recorded !== sourceHash(readFileSync(french, 'utf8'));
}
