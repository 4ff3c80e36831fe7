/**
 * The safeguarding rules of issue 14, checked on every page and interface string of every
 * language that has a term list (content/terms/<lang>.json).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { mdxToText, sentences } from '../../src/site/text';
import { languages, sourceLanguage } from '../../src/site/languages.ts';
import { docsFolder as docs, interfaceStrings } from '../../src/site/content-files.ts';
import { pageList } from '../../src/features/translation-status/status.mjs';
import { safeguardIds, type SafeguardId } from '../../src/features/safeguarding/messages';

const root = join(import.meta.dirname, '../..');

interface TermList {
  terms: { notion: string; use: string; wrong: string[] }[];
  subjects: Record<SafeguardId, string[]>;
  /** Arabic script joins prefixes and suffixes to words: match wrong variants inside words. */
  matchInsideWords?: boolean;
}

const termList = (lang: string): TermList =>
  JSON.parse(readFileSync(join(root, 'content/terms', `${lang}.json`), 'utf8'));

/** Text as the checks compare it: one apostrophe, composed characters. */
const normal = (text: string) => text.normalize('NFC').replace(/[’ʼ]/g, "'");

/** A term list's pattern as a case-insensitive regular expression, on whole words by default. */
const pattern = (source: string, insideWords = false) =>
  new RegExp(
    insideWords ? `(?:${source})` : `(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`,
    'iu',
  );

/** The ids of the safeguarding messages a page carries. */
const carried = (source: string) =>
  new Set([...source.matchAll(/<Safeguard\s+id="([a-z-]+)"/g)].map((m) => m[1]));

// Reference pages list terms and publications; they define words, they give no guidance.
const referencePages = ['glossaire.mdx', 'praticiens/references.mdx'];

const withTerms = Object.keys(languages).filter((lang) =>
  existsSync(join(root, 'content/terms', `${lang}.json`)),
);

it('has a term list for the source language', () => {
  expect(withTerms).toContain(sourceLanguage);
});

for (const lang of withTerms) {
  const list = termList(lang);
  const files = pageList(docs, lang).map((page) => join(docs, lang, page));
  const page = (file: string) => relative(join(docs, lang), file);

  describe(`${lang}: the term list`, () => {
    it('names every safeguarding subject, each with at least one phrase', () => {
      expect(Object.keys(list.subjects).sort()).toEqual([...safeguardIds].sort());
      for (const id of safeguardIds) expect(list.subjects[id].length, id).toBeGreaterThan(0);
    });

    const wrong = list.terms.flatMap((term) =>
      term.wrong.map((w) => ({ term, re: pattern(normal(w), list.matchInsideWords) })),
    );
    for (const file of files) {
      it(`${page(file)} uses no wrong variant of a listed term`, () => {
        const text = normal(mdxToText(readFileSync(file, 'utf8')));
        const found = wrong
          .filter(({ re }) => re.test(text))
          .map(({ term, re }) => `${text.match(re)![0]} (say: ${term.use})`);
        expect(found).toEqual([]);
      });
    }
    it('no interface string uses a wrong variant of a listed term', () => {
      const found = Object.entries(interfaceStrings(lang)).flatMap(([key, value]) =>
        wrong
          .filter(({ re }) => re.test(normal(value)))
          .map(({ term }) => `${key}: say ${term.use}`),
      );
      expect(found).toEqual([]);
    });
  });

  describe(`${lang}: a page that raises a safeguarding subject carries its message`, () => {
    const subjects = safeguardIds.map((id) => ({
      id,
      res: list.subjects[id].map((s) => pattern(normal(s), list.matchInsideWords)),
    }));
    const guidance = files.filter((f) => !referencePages.includes(page(f)));

    for (const { id, res } of subjects) {
      it(`the phrases for "${id}" occur on at least one page`, () => {
        const texts = guidance.map((f) => normal(mdxToText(readFileSync(f, 'utf8'))));
        expect(texts.some((text) => res.some((re) => re.test(text)))).toBe(true);
      });
    }

    for (const file of guidance) {
      it(`${page(file)} carries the message of every subject it raises`, () => {
        const source = readFileSync(file, 'utf8');
        const text = normal(mdxToText(source));
        const has = carried(source);
        const missing = subjects
          .filter(({ res }) => res.some((re) => re.test(text)))
          .filter(({ id }) => !has.has(id))
          .map(
            ({ id, res }) =>
              `${id} (raised by "${text.match(res.find((re) => re.test(text))!)![0]}")`,
          );
        expect(missing).toEqual([]);
      });
    }
  });
}

describe('a translation carries the same safeguarding messages as its French page', () => {
  const french = pageList(docs).map((page) => join(docs, sourceLanguage, page));
  for (const lang of Object.keys(languages).filter((l) => l !== sourceLanguage)) {
    for (const file of french) {
      const path = relative(join(docs, sourceLanguage), file);
      const twin = join(docs, lang, path);
      if (!existsSync(twin)) continue;
      it(`${lang}/${path}`, () => {
        const ids = (f: string) => [...carried(readFileSync(f, 'utf8'))].sort();
        expect(ids(twin)).toEqual(ids(file));
      });
    }
  }
});

describe('the tools read as plainly as the pages for migrants', () => {
  const toolKey = /^(eligibility|explorer|safeguard)\./;
  for (const lang of Object.keys(languages)) {
    it(`${lang}: tool strings average at most 15 words a sentence, none over 25`, () => {
      const texts = Object.entries(interfaceStrings(lang))
        .filter(([key]) => toolKey.test(key))
        .map(([, value]) => value);
      const list = texts.flatMap((t) => sentences(t));
      const average = list.reduce((sum, s) => sum + s.length, 0) / list.length;
      const longest = list.reduce((a, b) => (b.length > a.length ? b : a), []);
      expect(average).toBeLessThanOrEqual(15);
      expect(longest.length, longest.join(' ')).toBeLessThanOrEqual(25);
    });
    for (const tool of ['outils/eligibilite-avrr.mdx', 'outils/explorateur.mdx']) {
      const file = join(docs, lang, tool);
      if (!existsSync(file)) continue;
      it(`${lang}/${tool} averages at most 15 words a sentence, none over 25`, () => {
        const list = sentences(mdxToText(readFileSync(file, 'utf8')));
        const average = list.reduce((sum, s) => sum + s.length, 0) / list.length;
        const longest = list.reduce((a, b) => (b.length > a.length ? b : a), []);
        expect(average).toBeLessThanOrEqual(15);
        expect(longest.length, longest.join(' ')).toBeLessThanOrEqual(25);
      });
    }
  }
});
