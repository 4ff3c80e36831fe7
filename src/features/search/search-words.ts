/**
 * The words a page is found by without showing them (build time):
 *
 * - everyday words: `content/search-words/<code>.json`, the words and synonyms a reader of that
 *   language would type ("malade", "sick", "مريض"), per page slug (see the README there),
 *   written hidden into each page for Pagefind by SearchWords.astro;
 * - the words from the letter: the French and English forms of each glossary term, with the
 *   language's own term (`letterTerms`, served as `/<lang>/search-letters.json` by
 *   ./letters.route.ts), so that "demande d'asile" typed on the Arabic site finds the Arabic
 *   pages that use the term. Derived from the glossaries (src/features/glossary/).
 */
import type { GlossaryTerm } from '../glossary/glossary';
import { foldersAfterLanguage } from '../../site/base.ts';
export { hiddenWeight, hiddenWordsMark } from './hidden-words';

const files = import.meta.glob<Record<string, string[]>>('../../../content/search-words/*.json', {
  eager: true,
  import: 'default',
});

/** A language's everyday-word file, or undefined when it has none yet. */
export function everydayWordsOf(code: string): Record<string, string[]> | undefined {
  return files[`../../../content/search-words/${code}.json`];
}

/**
 * A page's slug as the word lists name it: its address without base, language and slashes;
 * `index` for the language's home.
 *
 * @example slugOf('/guide/fr/formateurs/', '/guide/') // 'formateurs'
 * @example slugOf('/ar/', '/') // 'index'
 */
export function slugOf(pathname: string, base: string): string {
  return foldersAfterLanguage(pathname, base).join('/') || 'index';
}

/**
 * The forms of some glossary terms a reader may copy from a letter: the heading ("Demandeur
 * d'asile", and "AVRR" from "Aide au retour (AVRR)") and its `also:` forms of at most `maxWords`
 * words (a full name such as "Organisation internationale pour les migrations" is written
 * out on a letter beside its acronym); an `only:` form with context in [brackets] adds nothing
 * the heading lacks. Case-insensitively unique.
 *
 * @example letterForms(frenchTerms, new Set(['demandeur-d-asile'])) // ["Demandeur d'asile", "demande d'asile", …]
 */
export function letterForms(
  terms: GlossaryTerm[],
  ids: ReadonlySet<string>,
  { maxWords = Infinity }: { maxWords?: number } = {},
): string[] {
  const seen = new Map<string, string>();
  for (const term of terms) {
    if (!ids.has(term.id)) continue;
    const fromHeading = [
      term.label.replace(/\([^)]*\)/g, ' '),
      ...[...term.label.matchAll(/\(([^)]+)\)/g)].map((m) => m[1]!),
    ];
    const also = [...term.forms, ...(term.letter ?? [])].filter(
      (f) => !f.includes('[') && f.split(/\s+/).length <= maxWords,
    );
    for (const form of [...fromHeading, ...also]) {
      const clean = form.replace(/\s+/g, ' ').trim();
      if (clean && !seen.has(clean.toLowerCase())) seen.set(clean.toLowerCase(), clean);
    }
  }
  return [...seen.values()];
}

/**
 * The words of some forms, each once (case-insensitively), in order: Pagefind indexes words,
 * not phrases, so "Best interests of the child" and "best interests" need "best" only once,
 * and a page carries a few bytes rather than every form written out.
 *
 * @example uniqueWords(['Intérêt supérieur de l’enfant', 'intérêt supérieur']) // ['Intérêt', 'supérieur', 'de', 'l’enfant']
 */
export function uniqueWords(forms: string[]): string[] {
  const seen = new Map<string, string>();
  for (const word of forms.join(' ').split(/\s+/).filter(Boolean)) {
    if (!seen.has(word.toLowerCase())) seen.set(word.toLowerCase(), word);
  }
  return [...seen.values()];
}

/** A word as compared: lowercase, curly apostrophes straight, punctuation around it dropped. */
const comparable = (word: string) =>
  word
    .toLowerCase()
    .replace(/[\u2019\u02bc]/g, "'")
    .replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '');

/**
 * The words of some phrases that search would not already find on the page: each once, and
 * neither a small word (`skip`, compared as the dialog compares them), nor a word of the page's
 * own text, nor a word that starts another one (Pagefind finds "demande" in "demandeur"). What
 * is left is what the page must carry, hidden: every byte counts on every page.
 *
 * @param html the page's rendered content
 * @example newWords(['rentrer au pays', 'billet'], '<p>Un billet.</p>', new Set(['au'])) // ['rentrer', 'pays']
 * @example newWords(['demande', 'Demandeur'], '', new Set()) // ['Demandeur']
 */
export function newWords(phrases: string[], html: string, skip: ReadonlySet<string>): string[] {
  const text = html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#39;|&#x27;|&apos;/g, "'")
    .replace(/&amp;/g, '&');
  // "l'AVRR" holds "AVRR": Pagefind indexes the word after an apostrophe too.
  const known = new Set(
    text
      .split(/\s+/)
      .map(comparable)
      .flatMap((w) => [w, ...w.split("'")])
      .filter(Boolean),
  );
  const kept = uniqueWords(phrases).filter((word) => {
    const w = comparable(word);
    return w.length > 1 && !skip.has(w) && !known.has(w);
  });
  // Pagefind finds a word from its start ("demande" finds "demandeur"): a word that starts
  // another word, kept or on the page, adds nothing.
  const all = [...kept.map(comparable), ...known];
  return kept.filter((word) => {
    const w = comparable(word);
    return !all.some((other) => other.length > w.length && other.startsWith(w));
  });
}

/**
 * The words from the letter for one language: for each of its glossary terms, the French and
 * English forms of the same entry (`letterForms` of at most four words, lowercase: a full name
 * is written beside its acronym on a letter) and the language's own heading
 * (without a part in parentheses, which is the acronym the pages also carry).
 *
 * @example letterTerms(arabicTerms, [...frenchTerms, ...englishTerms])
 * // [[["demandeur d'asile", "demandeuse d'asile", "demande d'asile", "asylum seeker", …], "طالب اللجوء"], …]
 */
export function letterTerms(own: GlossaryTerm[], foreign: GlossaryTerm[]): [string[], string][] {
  return own.map((term) => [
    letterForms(foreign, new Set([term.id]), { maxWords: 4 }).map((f) => f.toLowerCase()),
    term.label
      .replace(/\([^)]*\)/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  ]);
}
