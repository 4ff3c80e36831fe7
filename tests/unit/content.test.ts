import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { longestSharedRun, mdxToText, sentences } from '../../src/lib/text';
import { references } from '../../src/lib/references';
import { languages } from '../../src/lib/languages.mjs';

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
const withoutTitles = (text: string) =>
  citedTitles.reduce((t, title) => t.replace(new RegExp(title, 'gi'), ' '), text);

describe('every page is written in our own words', () => {
  const seeds = existsSync(seedsDir)
    ? readdirSync(seedsDir).map((f) => readFileSync(join(seedsDir, f), 'utf8'))
    : [];

  // The sources sit beside the repository (../shared/seeds), as on the team's machines and
  // in CI, where their absence is an error. A clone elsewhere skips the comparison, saying so.
  it.skipIf(seeds.length === 0 && !process.env.CI)(
    'finds the source documents to compare with (../shared/seeds)',
    () => {
      expect(seeds.length).toBeGreaterThan(0);
    },
  );

  for (const file of allPages) {
    it(`${relative(docs, file)} shares no run of 10 words with a source document`, () => {
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

describe('addresses are the same in every language', () => {
  for (const file of allPages) {
    it(`${relative(docs, file)} has an ASCII, lowercase slug`, () => {
      const path = relative(docs, file).split('/').slice(1).join('/');
      expect(path).toMatch(/^[a-z0-9/-]+\.mdx?$/);
    });
  }
});
