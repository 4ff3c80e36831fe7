import type { SearchStrings } from './search-strings';
import { fill } from '../../site/fill';
import { formatNumber } from '../../site/locale';
export type { SearchStrings };

/**
 * "3 résultats pour « retour »", with the plural form and digits of the page's language.
 * A count of zero uses the `zero` string in every language, since "no results" reads better
 * than "0 results" even where the grammar has no zero form.
 *
 * @example resultCountLabel(strings, 2, 'ar', 'عودة') // "نتيجتان …"
 */
export function resultCountLabel(
  strings: SearchStrings,
  count: number,
  lang: string,
  term: string,
): string {
  const category = count === 0 ? 'zero' : new Intl.PluralRules(lang).select(count);
  const template = strings.results[category] || strings.results.other;
  return fill(template, { count: formatNumber(count, lang), term });
}

/**
 * Turns a Pagefind excerpt (text with `<mark>` around the matched words) into DOM nodes,
 * keeping the highlights and nothing else: whatever markup the indexed text may contain is
 * shown as text, never run.
 */
export function renderExcerpt(excerpt: string): Node[] {
  const doc = new DOMParser().parseFromString(`<body>${excerpt}</body>`, 'text/html');
  return Array.from(doc.body.childNodes).map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

/** What the dialog reads of a Pagefind result's page (`result.data()`). */
export interface PageData {
  url: string;
  meta: { title?: string };
  excerpt: string;
  /** The page's indexed text, with `<` and `>` escaped. */
  raw_content?: string;
  content: string;
  /** Where the query's words are, counted in words of `content`. */
  locations: number[];
  weighted_locations?: { weight: number; balanced_score: number; location: number }[];
}

/**
 * A result's excerpt that never shows the page's hidden search words (SearchWords.astro writes
 * them after `mark`, at the end of the indexed text): Pagefind's own excerpt when no word was
 * found among them; otherwise the passage around the words found in the text itself, chosen
 * as Pagefind chooses it, or, when the words were found only among the hidden ones, the start
 * of the page, with nothing highlighted.
 *
 * @param mark the word that starts the hidden words (`hiddenWordsMark`)
 * @param length the excerpt's length in words (the `excerptLength` given to Pagefind)
 */
export function visibleExcerpt(page: PageData, mark: string, length: number): string {
  const text = page.raw_content ?? page.content;
  const words = text.split(/[^\S\uFEFF]+/g);
  const end = words.findIndex((w) => w.includes(mark));
  if (end < 0 || !page.locations.some((l) => l >= end)) return page.excerpt;
  const found = (page.weighted_locations ?? []).filter((l) => l.location < end);
  // The densest window of `length` words, as Pagefind picks it.
  const scores: number[] = [];
  for (const l of found) scores[l.location] = (scores[l.location] ?? 0) + l.balanced_score;
  let start = 0;
  let best = -1;
  for (let i = 0; i + length <= Math.max(end, length); i++) {
    let sum = 0;
    for (let j = i; j < i + length && j < end; j++) sum += scores[j] ?? 0;
    if (sum > best) [best, start] = [sum, i];
  }
  start = Math.max(0, Math.min(start, end - length));
  const shown = new Set(found.map((l) => l.location));
  const slice = words
    .slice(start, Math.min(start + length, end))
    .map((w, i) => (shown.has(start + i) ? `<mark>${w}</mark>` : w));
  return `${start > 0 ? '… ' : ''}${slice.join(' ')}${start + length < end ? ' …' : ''}`;
}
