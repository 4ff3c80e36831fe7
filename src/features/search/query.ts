/**
 * What search does with the words a reader types, between the search box and Pagefind
 * (runs in the search dialog's bundle, search.client.ts; pure apart from the engine it is given,
 * and tested with a stand-in engine in query.test.ts).
 *
 * - Pagefind returns only the pages that hold every word of a query. The language's small
 *   words (`terms.functionWords` in src/site/languages.ts: "je", "I", "el", "أنا"…) are left out
 *   of a query of several words, and so are those of French and English, the languages of the
 *   official letters a reader copies words from.
 * - A query of several words is not "every word or nothing": each word is searched alone and a
 *   page's scores add up, scaled by the share of the words it holds (as classic search engines
 *   rank). "asylum claim" finds the pages on asylum though no page says "claim", and "je cherche
 *   du travail" the pages on work, not only the two pages that happen to say "cherche".
 * - A French or English term copied from an official letter ("demande d'asile", "asylum
 *   claim") brings the language's own glossary term into the query, so the pages of the
 *   language that use it are found.
 * - Results can be kept to one audience (pages for everyone stay in every audience), and on a
 *   page for migrants, pages for migrants come first (`audience` filter, written by
 *   SearchWords.astro).
 */

/** What the dialog needs of a Pagefind result; `data` loads the page's text. */
export interface Hit<Data = unknown> {
  id: string;
  score: number;
  data: () => Promise<Data>;
}

/** The part of Pagefind's API this file uses. */
export interface Engine<Data = unknown> {
  search: (
    term: string | null,
    options?: { filters?: Record<string, string> },
  ) => Promise<{ results: Hit<Data>[] } | null>;
}

/** The audiences of the frontmatter; `all` pages belong to every audience. */
export type Audience = 'migrant' | 'practitioner' | 'trainer';

/**
 * The words from the letter (`/<lang>/search-letters.json`, ./letters.route.ts): for each
 * glossary term, its French and English forms in lowercase, and the language's own term.
 */
export type Letters = [forms: string[], own: string][];

export interface QueryOptions {
  /** Small words to leave out of a query of several words, already normalised. */
  stopWords: ReadonlySet<string>;
  /** French and English glossary forms, each with the language's own term. */
  letters?: Letters;
  /** Whether the pages may hold the French and English forms themselves (fr and en sites). */
  keepLetterWords?: boolean;
  /** Keep only the pages for this audience (and those for everyone). */
  audience?: Audience;
  /** Show the pages for this audience first (the audience of the page the reader is on). */
  prefer?: Audience;
}

/**
 * A word as compared with the small words: lowercase, a curly apostrophe as a straight one,
 * Arabic short vowels and tatweel dropped, alef with hamza or madda as a bare alef, Arabic yeh
 * and kaf as the Persian letters.
 *
 * @example normalizeWord('Où') // 'où'
 * @example normalizeWord('أنا') // 'انا'
 */
export function normalizeWord(word: string): string {
  return (
    word
      .toLowerCase()
      .replace(/[\u2019\u02bc]/g, "'")
      .replace(/[\u064b-\u065f\u0670\u0640]/g, '')
      .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
      // Arabic yeh and kaf, as keyboards often type them in Dari and Pashto, are the Persian ones.
      .replace(/[\u064a\u0649]/g, '\u06cc')
      .replace(/\u0643/g, '\u06a9')
  );
}

/** The small words of some lists (space-separated, as in languages.ts), normalised. */
export function stopWordsOf(...lists: (string | undefined)[]): Set<string> {
  return new Set(
    lists
      .flatMap((list) => list?.split(/\s+/) ?? [])
      .filter(Boolean)
      .map(normalizeWord),
  );
}

/** Punctuation a reader may type around words: quotes, question and exclamation marks… */
const EDGES = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;

/**
 * The words of a query that carry its meaning: the small words are left out unless nothing
 * else is left. A word elided with an apostrophe ("j'ai", "qu'est") is small when all of its
 * parts are.
 *
 * @example queryWords('je suis malade', stopWordsOf('je suis')) // ['malade']
 * @example queryWords("titre de séjour", stopWordsOf('de')) // ['titre', 'séjour']
 * @example queryWords('je suis', stopWordsOf('je suis')) // ['je', 'suis']
 */
export function queryWords(term: string, stopWords: ReadonlySet<string>): string[] {
  const words = term
    .split(/\s+/)
    .map((w) => w.replace(EDGES, ''))
    .filter(Boolean);
  const isSmall = (w: string) =>
    normalizeWord(w)
      .split("'")
      .filter(Boolean)
      .every((part) => stopWords.has(part));
  const kept = words.filter((w) => !isSmall(w));
  return kept.length ? kept : words;
}

/** A word as a letter's form is compared: also without accents ("sejour" is "séjour"). */
const plain = (word: string) =>
  normalizeWord(word.replace(EDGES, ''))
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');

/**
 * The query with, after it, the language's own term for each French or English glossary
 * form it holds (whole words, in order, accents optional). The reader's words stay where the
 * site's pages may use them (`keep`: on the French and English sites); elsewhere they would
 * find nothing and only cost the download of their part of the index.
 *
 * @example withOwnTerms("demande d'asile", [[["demande d'asile"], 'طالب اللجوء']]) // "demande d'asile طالب اللجوء"
 * @example withOwnTerms("demande d'asile", [[["demande d'asile"], 'طالب اللجوء']], false) // 'طالب اللجوء'
 */
export function withOwnTerms(term: string, letters: Letters, keep = true): string {
  const typed = term.split(/\s+/).filter(Boolean);
  const keys = typed.map(plain);
  const used = new Set<number>();
  const added: string[] = [];
  for (const [forms, own] of letters) {
    let found = false;
    for (const form of forms) {
      const words = form.split(/\s+/).map(plain);
      for (let i = 0; i + words.length <= keys.length; i++) {
        if (!words.every((w, j) => keys[i + j] === w)) continue;
        found = true;
        words.forEach((_, j) => used.add(i + j));
      }
    }
    const ownWords = own.split(/\s+/).filter((w) => !keys.includes(plain(w)));
    if (found && ownWords.length && !added.includes(own)) added.push(ownWords.join(' '));
  }
  const kept = keep ? typed : typed.filter((_, i) => !used.has(i));
  return [...kept, ...added].join(' ');
}

/**
 * The pages that answer a query, best first.
 *
 * @param first how the first query runs (the dialog debounces it: `null` means that a newer
 *   query superseded this one, and so does this function's answer)
 */
export async function findPages<Data>(
  engine: Engine<Data>,
  term: string,
  options: QueryOptions,
  first: (words: string) => Promise<{ results: Hit<Data>[] } | null> = (words) =>
    engine.search(words),
): Promise<Hit<Data>[] | null> {
  const words = queryWords(
    withOwnTerms(term, options.letters ?? [], options.keepLetterWords ?? true),
    options.stopWords,
  );
  if (!words.length) return [];
  const found = await first(words.join(' '));
  if (!found) return null;
  let hits = words.length > 1 ? await anyOf(engine, words) : found.results;
  if (options.audience) {
    const kept = await pagesFor(engine, [options.audience, 'all']);
    hits = hits.filter((h) => kept.has(h.id));
  } else if (options.prefer) {
    const preferred = await pagesFor(engine, [options.prefer]);
    hits = [
      ...hits.filter((h) => preferred.has(h.id)),
      ...hits.filter((h) => !preferred.has(h.id)),
    ];
  }
  return hits;
}

/**
 * Each word searched alone; a page's score is the sum of its scores for the words it holds,
 * times the share of the words it holds. The words' index chunks are those the query of all
 * the words already loaded: this downloads nothing more.
 */
async function anyOf<Data>(engine: Engine<Data>, words: string[]): Promise<Hit<Data>[]> {
  const lists = await Promise.all(words.map((w) => engine.search(w)));
  const pages = new Map<string, { hit: Hit<Data>; count: number; score: number }>();
  for (const list of lists) {
    for (const hit of list?.results ?? []) {
      const page = pages.get(hit.id) ?? { hit, count: 0, score: 0 };
      page.count += 1;
      page.score += hit.score;
      pages.set(hit.id, page);
    }
  }
  const rank = (p: { count: number; score: number }) => (p.score * p.count) / words.length;
  return [...pages.values()].sort((a, b) => rank(b) - rank(a)).map((p) => p.hit);
}

/** The ids of the pages of some audiences (a search with no words, only the filter). */
const audiences = new WeakMap<object, Map<string, Promise<string[]>>>();
async function pagesFor(engine: Engine<unknown>, values: string[]): Promise<Set<string>> {
  let cache = audiences.get(engine);
  if (!cache) audiences.set(engine, (cache = new Map()));
  const lists = await Promise.all(
    values.map((value) => {
      let ids = cache.get(value);
      if (!ids) {
        ids = engine
          .search(null, { filters: { audience: value } })
          .then((found) => found?.results.map((r) => r.id) ?? []);
        cache.set(value, ids);
      }
      return ids;
    }),
  );
  return new Set(lists.flat());
}
