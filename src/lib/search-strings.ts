/** The strings the search dialog needs, in the page's language. */
export interface SearchStrings {
  searching: string;
  unavailable: string;
  results: Record<Intl.LDMLPluralRule, string>;
}

const categories: Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

/**
 * Picks the search strings out of the dictionary, so that the page carries only these.
 *
 * @example searchStrings(Astro.locals.t).results.one // "1 résultat"
 */
export function searchStrings(
  t: (
    key:
      | `site.searchResults.${Intl.LDMLPluralRule}`
      | 'site.searchSearching'
      | 'site.searchUnavailable',
  ) => string,
): SearchStrings {
  return {
    searching: t('site.searchSearching'),
    unavailable: t('site.searchUnavailable'),
    results: Object.fromEntries(
      categories.map((c) => [c, t(`site.searchResults.${c}`)]),
    ) as SearchStrings['results'],
  };
}
