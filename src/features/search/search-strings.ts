/** The strings the search dialog needs, in the page's language. */
export interface SearchStrings {
  searching: string;
  unavailable: string;
  /** The label of the audience choice, and its choice of every page. */
  audience: string;
  allPages: string;
  /** By plural category; `other` is always there. */
  results: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
}

/**
 * Picks the search strings out of the dictionary, so that the page carries only these, and of
 * the result-count forms only those the page's language uses (French: one, many, other; Arabic:
 * all six), plus `zero`, which every language uses for "no results".
 *
 * @example searchStrings(Astro.locals.t, 'fr').results.one // "{count} résultat pour « {term} »"
 */
export function searchStrings(
  t: (
    key:
      | `site.searchResults.${Intl.LDMLPluralRule}`
      | 'site.searchSearching'
      | 'site.searchUnavailable'
      | 'searchPlus.audience'
      | 'searchPlus.allPages',
  ) => string,
  lang: string,
): SearchStrings {
  const categories = new Set<Intl.LDMLPluralRule>([
    'zero',
    ...new Intl.PluralRules(lang).resolvedOptions().pluralCategories,
  ]);
  return {
    searching: t('site.searchSearching'),
    unavailable: t('site.searchUnavailable'),
    audience: t('searchPlus.audience'),
    allPages: t('searchPlus.allPages'),
    results: Object.fromEntries(
      [...categories].map((c) => [c, t(`site.searchResults.${c}`)]),
    ) as SearchStrings['results'],
  };
}
