/**
 * The words a page is found by without showing them (build time; SearchWords.astro writes
 * them into the page, hidden, for Pagefind):
 *
 * - everyday words: `content/search-words/<code>.json`, the words and synonyms a reader of that
 *   language would type ("malade", "sick", "مريض"), per page slug (see the README there);
 * - the words from the letter: the French and English forms of each glossary term the page
 *   uses, so that "demande d'asile" typed on the Arabic site finds the Arabic pages on asylum.
 *   A page uses a term when the glossary links it (src/features/glossary/), so the list
 *   follows the glossary and the page's text.
 */
import type { GlossaryTerm } from '../glossary/glossary';
import { glossaryIdOf } from '../glossary/glossary-html';
export { everydayWeight, hiddenWordsMark, letterWeight } from './hidden-words';

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
  const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  const [, ...rest] = path.split('/').filter(Boolean);
  return rest.join('/') || 'index';
}

/**
 * The ids of the glossary entries a page's rendered content links to (the glossary links the
 * first use of each term; an author's own link to an entry counts too).
 */
export function glossaryIdsIn(html: string): Set<string> {
  const ids = new Set<string>();
  for (const [, href] of html.matchAll(/\bhref="([^"]*)"/g)) {
    const id = glossaryIdOf(href);
    if (id) ids.add(id);
  }
  return ids;
}

/**
 * The forms of some glossary terms a reader may copy from a letter: the heading ("Demandeur
 * d'asile", and "AVRR" from "Aide au retour (AVRR)") and its `also:` forms; an `only:` form with
 * context in [brackets] adds nothing the heading lacks. Case-insensitively unique.
 *
 * @example letterForms(frenchTerms, new Set(['demandeur-d-asile'])) // ["Demandeur d'asile", "demande d'asile", …]
 */
export function letterForms(terms: GlossaryTerm[], ids: ReadonlySet<string>): string[] {
  const seen = new Map<string, string>();
  for (const term of terms) {
    if (!ids.has(term.id)) continue;
    const fromHeading = [
      term.label.replace(/\([^)]*\)/g, ' '),
      ...[...term.label.matchAll(/\(([^)]+)\)/g)].map((m) => m[1]!),
    ];
    for (const form of [...fromHeading, ...term.forms.filter((f) => !f.includes('['))]) {
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
