import { describe, expect, it } from 'vitest';
import { languages } from '../../site/languages.ts';
import {
  findPages,
  queryWords,
  stopWordsOf,
  withOwnTerms,
  type Engine,
  type Hit,
  type Letters,
} from './query';

/**
 * A stand-in for Pagefind: pages with their words and audience; a query finds the pages that
 * hold every one of its words (as Pagefind does), scored by how many times they appear.
 */
function engine(pages: Record<string, { words: string; audience: string }>) {
  const asked: string[] = [];
  const hit = (id: string, score: number): Hit<string> => ({ id, score, data: async () => id });
  const search: Engine<string>['search'] = async (term, options) => {
    asked.push(term ?? `filter:${options?.filters?.audience}`);
    if (term === null) {
      const audience = options?.filters?.audience;
      return {
        results: Object.entries(pages)
          .filter(([, p]) => p.audience === audience)
          .map(([id]) => hit(id, 1)),
      };
    }
    const wanted = term.toLowerCase().split(/\s+/);
    const results = Object.entries(pages)
      .filter(([, p]) => wanted.every((w) => p.words.split(' ').includes(w)))
      .map(([id, p]) =>
        hit(
          id,
          wanted.reduce((s, w) => s + p.words.split(w).length - 1, 0),
        ),
      )
      .sort((a, b) => b.score - a.score);
    return { results };
  };
  return { engine: { search }, asked };
}

const site = {
  'migrants/retour-aide': { words: 'rentrer malade médecin voyage retour', audience: 'migrant' },
  'praticiens/avrr': { words: 'retour retour procédure malade', audience: 'practitioner' },
  'formateurs/module-2-avrr': { words: 'retour cours atelier', audience: 'trainer' },
  glossaire: { words: 'mot définition retour asylum', audience: 'all' },
  'migrants/rester-ici': { words: 'papiers séjour rester', audience: 'migrant' },
};
const french = stopWordsOf(languages.fr!.terms!.functionWords);
const ids = (hits: Hit<string>[] | null) => hits?.map((h) => h.id);

describe('the words of a query that search looks for', () => {
  it('leaves out the small words of the language: "je suis malade" looks for "malade"', () => {
    expect(queryWords('je suis malade', french)).toEqual(['malade']);
    expect(queryWords("J'ai perdu mon passeport", french)).toEqual(['perdu', 'passeport']);
    expect(queryWords('titre de séjour', french)).toEqual(['titre', 'séjour']);
  });

  it('leaves out the small words of English, Spanish and Arabic too', () => {
    const english = stopWordsOf(languages.en!.terms!.functionWords);
    const spanish = stopWordsOf(languages.es!.terms!.functionWords);
    const arabic = stopWordsOf(languages.ar!.terms!.functionWords);
    expect(queryWords('I am sick', english)).toEqual(['sick']);
    expect(queryWords('el médico', spanish)).toEqual(['médico']);
    // With or without the hamza a keyboard may leave out.
    expect(queryWords('أنا مريض', arabic)).toEqual(['مريض']);
    expect(queryWords('انا مريض', arabic)).toEqual(['مريض']);
  });

  it('leaves out "my" in Dari, typed with the Arabic or the Persian yeh', () => {
    const dari = stopWordsOf(languages.prs!.terms!.functionWords);
    expect(queryWords('خانواده من', dari)).toEqual(['خانواده']);
    expect(queryWords('\u0628\u0631\u0627\u064a خانواده', dari)).toEqual(['خانواده']);
  });

  it('keeps the words when all of them are small, and drops punctuation around words', () => {
    expect(queryWords('je suis', french)).toEqual(['je', 'suis']);
    expect(queryWords('« malade » ?', french)).toEqual(['malade']);
    expect(queryWords('   ', french)).toEqual([]);
  });
});

describe('the pages a query finds', () => {
  it('finds a page for "je suis malade" though no page holds "je" or "suis"', async () => {
    const { engine: e } = engine(site);
    expect(ids(await findPages(e, 'je suis malade', { stopWords: french }))).toEqual([
      'migrants/retour-aide',
      'praticiens/avrr',
    ]);
  });

  it('ranks the pages by their scores for each word, times the share of the words they hold', async () => {
    const { engine: e, asked } = engine(site);
    const found = ids(await findPages(e, 'malade procédure asylum', { stopWords: french }));
    expect(found).toEqual(['praticiens/avrr', 'migrants/retour-aide', 'glossaire']);
    expect(asked).toEqual(['malade procédure asylum', 'malade', 'procédure', 'asylum']);
  });

  it('puts a page that holds one word often before a page that holds both words once', async () => {
    const { engine: e } = engine({
      'migrants/rester-ici': {
        words: 'travail travail travail travail travail emploi',
        audience: 'migrant',
      },
      'formateurs/module-3': { words: 'cherche travail', audience: 'trainer' },
      'praticiens/references': { words: 'cherche document', audience: 'practitioner' },
    });
    expect(ids(await findPages(e, 'cherche travail', { stopWords: french }))).toEqual([
      'migrants/rester-ici',
      'formateurs/module-3',
      'praticiens/references',
    ]);
  });

  it('finds nothing, and asks nothing more, when a single word matches nothing', async () => {
    const { engine: e, asked } = engine(site);
    expect(ids(await findPages(e, 'inconnu', { stopWords: french }))).toEqual([]);
    expect(asked).toEqual(['inconnu']);
  });

  it('keeps the pages of the chosen audience and the pages for everyone', async () => {
    const { engine: e } = engine(site);
    expect(ids(await findPages(e, 'retour', { stopWords: french, audience: 'trainer' }))).toEqual([
      'formateurs/module-2-avrr',
      'glossaire',
    ]);
  });

  it('on a page for migrants, shows pages for migrants first, in their order', async () => {
    const { engine: e } = engine(site);
    const plain = ids(await findPages(e, 'retour', { stopWords: french }));
    expect(plain![0]).toBe('praticiens/avrr');
    const preferred = ids(await findPages(e, 'retour', { stopWords: french, prefer: 'migrant' }));
    expect(preferred![0]).toBe('migrants/retour-aide');
    expect([...preferred!].sort()).toEqual([...plain!].sort());
  });

  it('answers null when the debounced first query was superseded', async () => {
    const { engine: e } = engine(site);
    expect(await findPages(e, 'retour', { stopWords: french }, async () => null)).toBeNull();
  });
});

describe('the words from the letter', () => {
  const letters: Letters = [
    [["demandeur d'asile", "demande d'asile", 'asylum seeker', 'asylum claim'], 'طالب اللجوء'],
    [['régularisation', 'titre de séjour', 'residence permit'], 'تسوية الوضع القانوني'],
  ];

  it("add the language's own term to a French or English term from a letter", () => {
    expect(withOwnTerms("demande d'asile", letters)).toBe("demande d'asile طالب اللجوء");
    expect(withOwnTerms('Asylum claim refused', letters)).toBe('Asylum claim refused طالب اللجوء');
    // Typed without accents, with a curly apostrophe.
    expect(withOwnTerms('titre de sejour', letters)).toBe('titre de sejour تسوية الوضع القانوني');
    expect(withOwnTerms('demande d’asile', letters)).toBe('demande d’asile طالب اللجوء');
  });

  it('replace the French or English words where the pages cannot hold them', () => {
    expect(withOwnTerms("J'ai une demande d'asile", letters, false)).toBe("J'ai une طالب اللجوء");
  });

  it('add nothing for words that are not a whole form, nor a term the query already holds', () => {
    expect(withOwnTerms('asylum', letters)).toBe('asylum');
    expect(withOwnTerms('séjour titre', letters)).toBe('séjour titre');
    const french: Letters = [[['titre de séjour'], 'Régularisation']];
    expect(withOwnTerms('régularisation titre de séjour', french)).toBe(
      'régularisation titre de séjour',
    );
  });

  it('find the pages of the language that use its own term', async () => {
    const { engine: e } = engine({
      'migrants/retour-aide': { words: 'طالب اللجوء عودة', audience: 'migrant' },
      'migrants/rester-ici': { words: 'إقامة عمل', audience: 'migrant' },
    });
    const options = { stopWords: french, letters, keepLetterWords: false };
    expect(ids(await findPages(e, "demande d'asile", options))).toEqual(['migrants/retour-aide']);
  });
});
