import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { longestSharedRun, mdxToText, sentences } from '../../src/site/text';
import { bodyOf, declaredTool } from '../../src/site/mdx';
import { references } from '../../src/site/references';
import { completeLanguages, languages, sourceLanguage } from '../../src/site/languages.ts';

import { temporary } from './temporary';

const docs = join(import.meta.dirname, '../../content/docs');
const seedsDir = join(import.meta.dirname, '../../../shared/seeds');

function pages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? pages(join(dir, entry.name))
      : /\.mdx?$/.test(entry.name)
        ? [join(dir, entry.name)]
        : [],
  );
}

const allPages = Object.keys(languages).flatMap((lang) =>
  existsSync(join(docs, lang)) ? pages(join(docs, lang)) : [],
);
// Publication titles and the programme's official name are cited, not written by us: they may
// repeat the sources' wording.
const citedTitles = [
  ...Object.values(references).map((r) => r.title),
  'aide au retour volontaire et à la réintégration',
];
/** A title as a pattern that matches its very characters: `(Maroc)` is not a group. */
const literally = (title: string) => title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The text without the cited titles, wherever they appear, whatever their case. */
const withoutTitles = (text: string, titles = citedTitles) =>
  titles.reduce((t, title) => t.replace(new RegExp(literally(title), 'gi'), ' '), text);

describe('every page is written in our own words', () => {
  // The sources sit beside the repository (../shared/seeds) on every machine of this project:
  // without them the comparison would pass by comparing with nothing, so their absence fails.
  const seeds = existsSync(seedsDir)
    ? readdirSync(seedsDir).map((f) => readFileSync(join(seedsDir, f), 'utf8'))
    : [];

  it('finds the source documents to compare with (../shared/seeds)', () => {
    expect(seeds.length, `no source documents in ${seedsDir}`).toBeGreaterThan(0);
  });

  it('removes a cited title written with brackets and dots, and only that title', () => {
    const titles = ['Preparing for return (Ireland)', 'Guide v1.2 [draft]'];
    expect(
      withoutTitles('See Preparing for return (Ireland) and guide v1.2 [draft].', titles),
    ).toBe('See   and  .');
    // The characters are not read as a pattern: "v1x2" and "Ireland" without brackets stay.
    expect(withoutTitles('Preparing for return Ireland; guide v1x2 d', titles)).toBe(
      'Preparing for return Ireland; guide v1x2 d',
    );
  });

  for (const file of allPages) {
    it(`${relative(docs, file)} shares no run of 10 words with a source document`, () => {
      expect(seeds.length, `no source documents in ${seedsDir}`).toBeGreaterThan(0);
      const text = withoutTitles(mdxToText(readFileSync(file, 'utf8')));
      for (const seed of seeds) {
        expect(longestSharedRun(text, seed, 10).join(' ')).toBe('');
      }
    });
  }
});

describe('pages for migrants are easy to read', () => {
  const migrantPages = allPages.filter((f) => /audience:\s*migrant/.test(readFileSync(f, 'utf8')));

  it('finds the migrant pages', () => {
    expect(migrantPages.length).toBeGreaterThan(0);
  });

  for (const file of migrantPages) {
    it(`${relative(docs, file)} averages at most 15 words a sentence, none over 25`, () => {
      const list = sentences(mdxToText(readFileSync(file, 'utf8')));
      const average = list.reduce((sum, s) => sum + s.length, 0) / list.length;
      const longest = list.reduce((a, b) => (b.length > a.length ? b : a), []);
      expect(average).toBeLessThanOrEqual(15);
      expect(longest.length, longest.join(' ')).toBeLessThanOrEqual(25);
    });
  }
});

describe('slugs are ASCII and lowercase', () => {
  for (const file of allPages) {
    it(`${relative(docs, file)} has an ASCII, lowercase slug`, () => {
      const path = relative(docs, file).split('/').slice(1).join('/');
      expect(path).toMatch(/^[a-z0-9/-]+\.mdx?$/);
    });
  }
});

/** The pages of one language, as paths inside its folder (`migrants/retour-aide.mdx`). */
const pagesOf = (root: string, lang: string) =>
  existsSync(join(root, lang))
    ? pages(join(root, lang)).map((f) => relative(join(root, lang), f))
    : [];

/** The explicit heading ids of a page (`## Titre { #id .i-people }`), sorted. */
const headingIds = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/^#{1,6} .*\{\s*#([^\s}]+)[^}]*\}\s*$/gm)]
    .map((m) => m[1]!)
    .sort();

/**
 * Everything that would make an address differ between a translation and French, one line
 * each: a translated page without a French twin at the same path, a page of a complete
 * language missing, a heading id that is not in both.
 */
function addressMismatches(root: string): string[] {
  const french = pagesOf(root, sourceLanguage);
  const out: string[] = [];
  for (const lang of Object.keys(languages).filter((l) => l !== sourceLanguage)) {
    const own = pagesOf(root, lang);
    for (const page of own.filter((p) => !french.includes(p))) {
      out.push(`${lang}/${page}: no French page ${sourceLanguage}/${page}`);
    }
    if ((completeLanguages as string[]).includes(lang)) {
      for (const page of french.filter((p) => !own.includes(p))) {
        out.push(`${lang}/${page}: missing (French has it)`);
      }
    }
    for (const page of own.filter((p) => french.includes(p))) {
      const theirs = headingIds(join(root, sourceLanguage, page));
      const ours = headingIds(join(root, lang, page));
      for (const id of theirs.filter((i) => !ours.includes(i))) {
        out.push(`${lang}/${page}: lacks the heading id #${id}`);
      }
      for (const id of ours.filter((i) => !theirs.includes(i))) {
        out.push(`${lang}/${page}: has the heading id #${id}, which French lacks`);
      }
    }
  }
  return out;
}

describe('addresses are the same in every language', () => {
  it('every translation has a French page at the same path, complete languages every French page, and each pair the same heading ids', () => {
    expect(addressMismatches(docs)).toEqual([]);
  });

  it('reports a translation without a French twin, a missing page and a heading id that differs', () => {
    const copy = temporary('docs-');
    try {
      cpSync(docs, copy, { recursive: true });
      const page = 'migrants/retour-aide.mdx';
      const [id] = headingIds(join(docs, sourceLanguage, page));
      const [lang] = completeLanguages;
      rmSync(join(copy, 'es', page));
      cpSync(join(copy, lang!, page), join(copy, lang!, 'migrants/retour-aide-bis.mdx'));
      const translated = join(copy, lang!, page);
      writeFileSync(
        translated,
        readFileSync(translated, 'utf8').replace(`{ #${id}`, `{ #${id}-renamed`),
      );
      expect(addressMismatches(copy).sort()).toEqual(
        [
          `${lang}/migrants/retour-aide-bis.mdx: no French page fr/migrants/retour-aide-bis.mdx`,
          `es/${page}: missing (French has it)`,
          `${lang}/${page}: lacks the heading id #${id}`,
          `${lang}/${page}: has the heading id #${id}-renamed, which French lacks`,
        ].sort(),
      );
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

describe('"informs, does not decide" is said once on a page', () => {
  // The French wording a page uses when it says it itself ("Ce site vous informe, il ne
  // décide rien", "Cet outil informe…", "Cette liste ne décide rien").
  const saysIt = /(ce site|cet outil|cette liste)( vous)? (informe|ne décide)/i;
  const flag = (file: string) => /^saysItInforms: true$/m.test(readFileSync(file, 'utf8'));
  const french = readdirSync(join(docs, sourceLanguage), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.mdx'));

  it('French pages that say it carry saysItInforms (so the footer does not repeat it), and only they', () => {
    const wrong = french.filter((page) => {
      const file = join(docs, sourceLanguage, page);
      const body = bodyOf(readFileSync(file, 'utf8'));
      return saysIt.test(body) !== flag(file);
    });
    expect(wrong).toEqual([]);
    expect(french.filter((page) => flag(join(docs, sourceLanguage, page))).length).toBe(9);
  });

  it('every translation carries the flag exactly when its French page does', () => {
    const wrong = Object.keys(languages)
      .filter((lang) => lang !== sourceLanguage)
      .flatMap((lang) =>
        french
          .filter((page) => existsSync(join(docs, lang, page)))
          .filter((page) => flag(join(docs, lang, page)) !== flag(join(docs, sourceLanguage, page)))
          .map((page) => `${lang}/${page}`),
      );
    expect(wrong).toEqual([]);
  });
});

describe('the tool pages', () => {
  const toolOf = (file: string) => declaredTool(readFileSync(file, 'utf8'));
  const tools = {
    'outils/explorateur.mdx': 'explorer',
    'outils/eligibilite-avrr.mdx': 'eligibility',
  };

  it('declare their tool in French and in every translation, and only they do', () => {
    const declared = Object.keys(languages).flatMap((lang) =>
      readdirSync(join(docs, lang), { recursive: true })
        .map(String)
        .filter((page) => page.endsWith('.mdx'))
        .flatMap((page) => {
          const tool = toolOf(join(docs, lang, page));
          return tool ? [`${lang}/${page}: ${tool}`] : [];
        }),
    );
    expect(declared.sort()).toEqual(
      Object.keys(languages)
        .flatMap((lang) => Object.entries(tools).map(([page, tool]) => `${lang}/${page}: ${tool}`))
        .sort(),
    );
  });
});
