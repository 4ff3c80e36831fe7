import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseGlossary } from '../glossary/glossary';
import { languages } from '../../site/languages.ts';
import {
  everydayWordsOf,
  letterTerms,
  letterForms,
  newWords,
  slugOf,
  uniqueWords,
} from './search-words';
import { pageSlugs, searchWordsProblems } from './search-words-check.mjs';
import { visibleExcerpt, type PageData } from './search-view';
import { hiddenWordsMark } from './hidden-words';

const root = join(import.meta.dirname, '../../..');

describe("a page's slug, as the word lists name it", () => {
  // The address without base, language and slashes; index for the home page.
  it.each([
    ['/fr/migrants/retour-aide/', '/', 'migrants/retour-aide'],
    ['/guide/ar/formateurs/', '/guide/', 'formateurs'],
    ['/guide/ar/', '/guide/', 'index'],
  ])('of %s under the base %s is %s', (path, base, slug) => {
    expect(slugOf(path, base)).toBe(slug);
  });

  it('names every French page the same way from its file', () => {
    const slugs = pageSlugs(join(root, 'content/docs/fr'));
    expect(slugs).toContain('index');
    expect(slugs).toContain('formateurs');
    expect(slugs).toContain('migrants/retour-aide');
    expect(slugs).not.toContain('formateurs/index');
  });
});

describe('the everyday-word lists', () => {
  it('exist for every complete language and name only its pages, with words (the check the build runs)', () => {
    expect(searchWordsProblems(root)).toEqual([]);
  });

  it('lead "malade", "sick", "enfermo" and "مريض" to the pages on health and return', () => {
    for (const [code, word] of [
      ['fr', 'malade'],
      ['en', 'sick'],
      ['es', 'enfermo'],
      ['ar', 'مريض'],
    ] as const) {
      const lists = everydayWordsOf(code)!;
      expect(lists['migrants/retour-aide'], code).toContain(word);
      expect(lists['migrants/apres-le-retour'], code).toContain(word);
    }
  });

  it('give words to every page of fr, en, es and ar', () => {
    for (const code of ['fr', 'en', 'es', 'ar']) {
      const slugs = [...pageSlugs(join(root, 'content/docs', code))].sort();
      expect(Object.keys(everydayWordsOf(code)!).sort(), code).toEqual(slugs);
    }
  });

  it('use no wrong variant of the language’s term list', () => {
    for (const code of Object.keys(languages)) {
      const lists = everydayWordsOf(code);
      if (!lists) continue;
      const terms = JSON.parse(readFileSync(join(root, 'content/terms', `${code}.json`), 'utf8'));
      const inside = Boolean(terms.matchInsideWords);
      for (const { wrong = [] } of terms.terms as { wrong?: string[] }[]) {
        for (const pattern of wrong) {
          const re = new RegExp(inside ? pattern : `(?<!\\p{L})(?:${pattern})(?!\\p{L})`, 'iu');
          for (const [slug, words] of Object.entries(lists)) {
            for (const word of words)
              expect(re.test(word), `${code} ${slug}: "${word}"`).toBe(false);
          }
        }
      }
    }
  });
});

describe('the everyday words and safeguarding', () => {
  it('raise no safeguarding subject on a page that does not carry its message', () => {
    const raised: string[] = [];
    for (const code of Object.keys(languages)) {
      const lists = everydayWordsOf(code);
      if (!lists) continue;
      const terms = JSON.parse(readFileSync(join(root, 'content/terms', `${code}.json`), 'utf8'));
      const subjects = Object.entries(terms.subjects as Record<string, string[]>);
      for (const [slug, words] of Object.entries(lists)) {
        const dir = join(root, 'content/docs', code);
        const file = [`${slug}.mdx`, `${slug}/index.mdx`]
          .map((name) => join(dir, name))
          .find((path) => existsSync(path))!;
        const page = readFileSync(file, 'utf8');
        for (const [id, phrases] of subjects) {
          if (page.includes(`<Safeguard id="${id}"`)) continue;
          for (const phrase of phrases) {
            const source = terms.matchInsideWords ? phrase : `(?<!\\p{L})(?:${phrase})(?!\\p{L})`;
            const re = new RegExp(source, 'iu');
            for (const word of words)
              if (re.test(word)) raised.push(`${code} ${slug}: "${word}" (${id})`);
          }
        }
      }
    }
    expect(raised).toEqual([]);
  });
});

describe('the check of the word lists', () => {
  const dir = mkdtempSync(join(tmpdir(), 'search-words-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'content/docs/fr/migrants'), { recursive: true });
  mkdirSync(join(dir, 'content/search-words'), { recursive: true });
  writeFileSync(join(dir, 'content/docs/fr/index.mdx'), '---\ntitle: A\n---\n');
  writeFileSync(join(dir, 'content/docs/fr/migrants/retour-aide.mdx'), '---\ntitle: B\n---\n');

  it('names the file and the slug that is not a page, and a language missing its file', () => {
    writeFileSync(
      join(dir, 'content/search-words/fr.json'),
      JSON.stringify({
        index: ['aide'],
        'migrants/retour': ['malade'],
        'migrants/retour-aide': [''],
      }),
    );
    const problems = searchWordsProblems(dir, { required: ['fr', 'en'] });
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(
      /^content\/search-words\/fr\.json: "migrants\/retour" is not a page/,
    );
    expect(problems[1]).toMatch(
      /^content\/search-words\/fr\.json: "migrants\/retour-aide" must list words/,
    );
    expect(problems[2]).toMatch(/^content\/search-words\/en\.json: missing/);
  });

  it('accepts a page a translation lacks, since its address shows the French page', () => {
    writeFileSync(join(dir, 'content/search-words/fr.json'), JSON.stringify({ index: ['aide'] }));
    writeFileSync(
      join(dir, 'content/search-words/en.json'),
      JSON.stringify({ 'migrants/retour-aide': ['sick'], 'migrants/nowhere': ['x'] }),
    );
    expect(searchWordsProblems(dir, { required: ['fr', 'en'] })).toEqual([
      'content/search-words/en.json: "migrants/nowhere" is not a page of content/docs/en/ or of its French source (a slug is the address without language, e.g. "migrants/retour-aide", "index" for the home page)',
    ]);
  });
});

describe('the words from the letter', () => {
  const glossary = (code: string) =>
    parseGlossary(readFileSync(join(root, 'content/docs', code, 'glossaire.mdx'), 'utf8'));

  it('give the French and English forms of those terms, acronyms once', () => {
    const forms = letterForms(
      [...glossary('fr'), ...glossary('en')],
      new Set(['avrr', 'demandeur-d-asile']),
    );
    expect(forms).toContain('AVRR');
    expect(forms).toContain("Demandeur d'asile");
    expect(forms).toContain('aide au retour volontaire et à la réintégration');
    expect(forms).toContain('Asylum seeker');
    expect(forms).toContain('assisted voluntary return and reintegration');
    expect(forms.filter((f) => f === 'AVRR')).toHaveLength(1);
    expect(forms.join()).not.toMatch(/Conseiller|Counsellor/);
  });

  it('are written as words, each once, whatever its case', () => {
    expect(uniqueWords(['Best interests of the child', 'best interests', 'IOM'])).toEqual([
      'Best',
      'interests',
      'of',
      'the',
      'child',
      'IOM',
    ]);
  });

  it('are only the words search would not find on the page already', () => {
    const html = '<p>Le <a href="x">Demandeur d&#39;asile</a> et l’AVRR.</p>';
    expect(
      newWords(
        ['AVRR', "demande d'asile", 'Demandeur', 'asylum seeker', 'the', 'child', 'children'],
        html,
        new Set(['the']),
      ),
    ).toEqual(['asylum', 'seeker', 'children']);
  });

  it("pair, for each term of a language, its French and English forms with the language's own term", () => {
    const arabic = letterTerms(glossary('ar'), [...glossary('fr'), ...glossary('en')]);
    const asylum = arabic.find(([, own]) => own === 'طالب اللجوء')!;
    expect(asylum[0]).toContain("demande d'asile");
    expect(asylum[0]).toContain('asylum claim');
    const permit = arabic.find(([forms]) => forms.includes('titre de séjour'))!;
    expect(permit[1]).toBe('تسوية الوضع القانوني');
    expect(permit[0]).toContain('residence permit');
    // The acronym in parentheses is left out of the own term: the pages carry it as it is.
    expect(arabic.find(([forms]) => forms.includes('avrr'))![1]).toBe(
      'العودة الطوعية المدعومة وإعادة الإدماج',
    );
  });

  it('leave out the context of an "only:" form', () => {
    expect(letterForms(glossary('fr'), new Set(['traite']))).toEqual(['Traite']);
  });
});

describe('the excerpt of a result', () => {
  const page = (content: string, found: number[], excerpt = 'Pagefind'): PageData => ({
    url: '/fr/x/',
    meta: {},
    excerpt,
    content,
    locations: found,
    weighted_locations: found.map((location) => ({ location, weight: 1, balanced_score: 1 })),
  });
  const text = `Rentrer chez soi avec de l'aide. Un billet pour le voyage. ${hiddenWordsMark} malade, médecin`;

  it("is Pagefind's own when no hidden word was found", () => {
    expect(visibleExcerpt(page(text, [6]), hiddenWordsMark, 5)).toBe('Pagefind');
  });

  it('never shows the hidden words: the start of the page when only they were found', () => {
    const excerpt = visibleExcerpt(page(text, [12]), hiddenWordsMark, 5);
    expect(excerpt).toBe('Rentrer chez soi avec de …');
    expect(excerpt).not.toMatch(/malade|mark/);
  });

  it('marks the words found in the text, and stops before the hidden ones', () => {
    const excerpt = visibleExcerpt(page(text, [10, 12]), hiddenWordsMark, 5);
    expect(excerpt).toBe('… Un billet pour le <mark>voyage.</mark>');
  });
});
