import type { SearchStrings } from './search-strings';
import { fill } from '../../site/fill';
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
  return fill(template, { count: new Intl.NumberFormat(lang).format(count), term });
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
