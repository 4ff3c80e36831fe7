import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { completeLanguages, languages, sourceLanguage } from '../../src/lib/languages.mjs';
import { translationStatus } from '../../src/lib/translation-status.mjs';

const root = join(import.meta.dirname, '../..');
const docs = join(root, 'content/docs');
const strings = (lang: string): Record<string, string> =>
  JSON.parse(readFileSync(join(root, 'content/i18n', `${lang}.json`), 'utf8'));

describe('interface strings', () => {
  const french = Object.keys(strings(sourceLanguage));

  for (const lang of Object.keys(languages).filter((l) => l !== sourceLanguage)) {
    it(`${lang} uses no key that French lacks`, () => {
      const extra = Object.keys(strings(lang)).filter((k) => !french.includes(k));
      expect(extra).toEqual([]);
    });
  }

  for (const lang of completeLanguages) {
    it(`${lang} has every key French has, none empty`, () => {
      const own = strings(lang);
      expect(french.filter((k) => !own[k]?.trim())).toEqual([]);
    });
  }
});

describe('translations of pages', () => {
  const status = translationStatus(docs);

  it('has no page in a language that French lacks', () => {
    expect(status.filter((r) => r.status === 'orphan')).toEqual([]);
  });

  for (const lang of completeLanguages) {
    it(`${lang} has every page, each translating the current French`, () => {
      expect(status.filter((r) => r.lang === lang && r.status !== 'up-to-date')).toEqual([]);
    });
  }

  const ids = (file: string) =>
    [...readFileSync(file, 'utf8').matchAll(/^#{2,6} .*\{\s*#([a-z0-9-]+)[^}]*\}\s*$/gm)].map(
      (m) => m[1],
    );
  for (const row of status.filter((r) => r.status === 'up-to-date')) {
    it(`${row.lang}/${row.page} keeps the French heading ids`, () => {
      expect(ids(join(docs, row.lang, row.page))).toEqual(
        ids(join(docs, sourceLanguage, row.page)),
      );
    });
  }

  it('marks translations outdated when one sentence of the French page changes', () => {
    const copy = mkdtempSync(join(tmpdir(), 'docs-'));
    cpSync(docs, copy, { recursive: true });
    const page = 'migrants/retour-aide.mdx';
    const french = join(copy, sourceLanguage, page);
    writeFileSync(french, readFileSync(french, 'utf8').replace(/\.\n/, '. Une phrase de plus.\n'));
    const after = translationStatus(copy);
    for (const lang of completeLanguages) {
      expect(after.find((r) => r.lang === lang && r.page === page)?.status).toBe('outdated');
    }
    expect(after.filter((r) => r.status === 'outdated')).toHaveLength(completeLanguages.length);
  });

  it('prints the status of every page and language, and writes it as JSON', () => {
    const out = execFileSync(
      process.execPath,
      [join(root, 'scripts/i18n-status.mjs'), '--json', '-'],
      {
        encoding: 'utf8',
      },
    );
    const rows = JSON.parse(out) as { page: string; lang: string; status: string }[];
    const frenchPages = readdirSync(join(docs, sourceLanguage), { recursive: true }).filter((f) =>
      String(f).endsWith('.mdx'),
    );
    expect(rows.length).toBe(frenchPages.length * (Object.keys(languages).length - 1));
  });
});
