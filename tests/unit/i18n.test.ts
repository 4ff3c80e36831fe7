import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import {
  completeLanguages,
  languages,
  sourceLanguage,
  starlightKeys,
} from '../../src/site/languages.ts';
import {
  docsFolder as docs,
  interfaceStrings,
  stringsFolder,
} from '../../src/site/content-files.ts';
import { sourceHash, translationStatus } from '../../src/features/translation-status/status.mjs';

import { temporary } from './temporary';

/** One of the project's scripts, by file name. */
const script = (name: string) => join(import.meta.dirname, '../../scripts', name);

describe('interface strings', () => {
  const french = Object.keys(interfaceStrings(sourceLanguage));

  for (const lang of Object.keys(languages).filter((l) => l !== sourceLanguage)) {
    it(`${lang} uses no key that French lacks, other than Starlight's own`, () => {
      const extra = Object.keys(interfaceStrings(lang)).filter(
        (k) => !french.includes(k) && !starlightKeys.includes(k),
      );
      expect(extra).toEqual([]);
    });
  }

  const unshipped = Object.entries(languages).filter(([, l]) => !l.starlightShipsStrings);
  for (const [lang] of unshipped) {
    it(`${lang} supplies the Starlight labels that Starlight does not translate`, () => {
      const own = interfaceStrings(lang);
      expect(starlightKeys.filter((k) => !own[k]?.trim())).toEqual([]);
    });
  }

  for (const lang of completeLanguages) {
    it(`${lang} has every key French has, none empty`, () => {
      const own = interfaceStrings(lang);
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
    const copy = temporary('docs-');
    cpSync(docs, copy, { recursive: true });
    const page = 'migrants/retour-aide.mdx';
    const french = join(copy, sourceLanguage, page);
    const text = readFileSync(french, 'utf8');
    const body = text.indexOf('\n---\n', 4) + 5;
    writeFileSync(
      french,
      text.slice(0, body) + text.slice(body).replace(/\.\n/, '. Une phrase de plus.\n'),
    );
    const after = translationStatus(copy);
    for (const lang of completeLanguages) {
      expect(after.find((r) => r.lang === lang && r.page === page)?.status).toBe('outdated');
    }
    expect(after.filter((r) => r.status === 'outdated')).toHaveLength(completeLanguages.length);
  });

  it('prints the status and checks of every page and language, and writes them as JSON', () => {
    const out = execFileSync(process.execPath, [script('i18n-status.mjs'), '--json', '-'], {
      encoding: 'utf8',
    });
    const report = JSON.parse(out) as {
      pages: { page: string; lang: string; status: string; checked: boolean }[];
      languages: Record<string, { complete: boolean; missingStrings: string[] }>;
    };
    const frenchPages = readdirSync(join(docs, sourceLanguage), { recursive: true }).filter((f) =>
      String(f).endsWith('.mdx'),
    );
    expect(report.pages.length).toBe(frenchPages.length * Object.keys(languages).length);
    expect(Object.keys(report.languages)).toEqual(Object.keys(languages));
    expect(report.pages.every((r) => typeof r.checked === 'boolean')).toBe(true);
  });
});

describe('the version a translation records covers the French body only', () => {
  const page = '---\ntitle: Vos droits\nreviewed: 2026-11-22\n---\nUne phrase.\n';

  it('does not change when only the frontmatter changes (a review date, a typo in a field)', () => {
    expect(sourceHash(page.replace('2026-11-22', '2026-12-01'))).toBe(sourceHash(page));
    expect(sourceHash(page.replace('Vos droits', 'Vos drois'))).toBe(sourceHash(page));
  });

  it('does not change when a component is imported from another path', () => {
    const withImport = (from: string) =>
      page.replace('---\nUne', `---\nimport OfflineCopy from '${from}';\n\nUne`);
    expect(sourceHash(withImport('~/features/offline/OfflineCopy.astro'))).toBe(
      sourceHash(withImport('../../../src/components/OfflineCopy.astro')),
    );
  });

  it('changes when a sentence of the body changes', () => {
    expect(sourceHash(page.replace('Une phrase.', 'Une autre phrase.'))).not.toBe(sourceHash(page));
  });
});

describe('npm run i18n:diff', () => {
  const run = (cwd: string, ...args: string[]) =>
    execFileSync(process.execPath, [script('i18n-diff.mjs'), ...args], {
      cwd,
      encoding: 'utf8',
    });
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd });

  /** A small repository: one French page, translated into Arabic, then changed in French. */
  function repository() {
    const repo = temporary('i18n-diff-');
    const docsDir = join(repo, 'content/docs');
    mkdirSync(join(docsDir, 'fr/migrants'), { recursive: true });
    mkdirSync(join(docsDir, 'ar/migrants'), { recursive: true });
    const french = join(docsDir, 'fr/migrants/page.mdx');
    const before = '---\ntitle: Page\n---\nPremière phrase.\n\nDeuxième phrase.\n';
    writeFileSync(french, before);
    writeFileSync(
      join(docsDir, 'ar/migrants/page.mdx'),
      `---\ntitle: صفحة\nsourceHash: '${sourceHash(before)}'\n---\nالجملة الأولى.\n`,
    );
    git(repo, 'init', '-q');
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'first');
    writeFileSync(french, before.replace('Deuxième phrase.', 'Deuxième phrase, corrigée.'));
    git(repo, 'commit', '-qam', 'second');
    return { repo, docsDir };
  }

  it('shows only what changed in French since the version the translation records', () => {
    const { repo, docsDir } = repository();
    const out = run(repo, '--docs', docsDir, 'ar');
    expect(out).toContain('ar/migrants/page.mdx: outdated');
    expect(out).toContain('-Deuxième phrase.');
    expect(out).toContain('+Deuxième phrase, corrigée.');
    expect(out).not.toContain('+Première phrase.');
  });

  it('shows the whole French page when the recorded version is not in the history', () => {
    const { repo, docsDir } = repository();
    const ar = join(docsDir, 'ar/migrants/page.mdx');
    writeFileSync(
      ar,
      readFileSync(ar, 'utf8').replace(/sourceHash: '\w+'/, "sourceHash: '000000000000'"),
    );
    const out = run(repo, '--docs', docsDir, 'ar', 'migrants/page');
    expect(out).toContain('not in the git history');
    expect(out).toContain('Première phrase.');
  });
});

describe('a partial language', () => {
  it('is reported with its missing pages and its missing interface strings', () => {
    const copy = temporary('partial-');
    cpSync(docs, join(copy, 'docs'), { recursive: true });
    cpSync(stringsFolder, join(copy, 'i18n'), { recursive: true });
    // Arabic without one page and one string.
    rmSync(join(copy, 'docs/ar/migrants/vos-droits.mdx'));
    const ar = interfaceStrings('ar');
    delete ar['quickExit.label'];
    writeFileSync(join(copy, 'i18n/ar.json'), JSON.stringify(ar));
    const out = execFileSync(
      process.execPath,
      [
        script('i18n-status.mjs'),
        '--docs',
        join(copy, 'docs'),
        '--strings',
        join(copy, 'i18n'),
        '--json',
        '-',
      ],
      { encoding: 'utf8' },
    );
    const report = JSON.parse(out) as {
      languages: Record<string, { missing: string[]; missingStrings: string[] }>;
    };
    expect(report.languages.ar!.missing).toEqual(['migrants/vos-droits.mdx']);
    expect(report.languages.ar!.missingStrings).toEqual(['quickExit.label']);
    expect(report.languages.en!.missing).toEqual([]);
  });
});
