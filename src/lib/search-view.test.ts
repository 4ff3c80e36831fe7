import { describe, expect, it } from 'vitest';
import { resultCountLabel } from './search-view';
import type { SearchStrings } from './search-strings';
import fr from '../../content/i18n/fr.json';
import ar from '../../content/i18n/ar.json';

const strings = (dict: Record<string, string>): SearchStrings => ({
  searching: '',
  unavailable: '',
  results: {
    zero: dict['site.searchResults.zero']!,
    one: dict['site.searchResults.one']!,
    two: dict['site.searchResults.two']!,
    few: dict['site.searchResults.few']!,
    many: dict['site.searchResults.many']!,
    other: dict['site.searchResults.other']!,
  },
});

describe('the search result count', () => {
  it('speaks French on a French page', () => {
    expect(resultCountLabel(strings(fr), 0, 'fr', 'retour')).toBe('Aucun résultat pour « retour »');
    expect(resultCountLabel(strings(fr), 1, 'fr', 'retour')).toBe('1 résultat pour « retour »');
    expect(resultCountLabel(strings(fr), 12, 'fr', 'retour')).toBe('12 résultats pour « retour »');
  });

  it("uses Arabic plural forms and the page's digits on an Arabic page", () => {
    expect(resultCountLabel(strings(ar), 2, 'ar', 'عودة')).toBe('نتيجتان لـ «عودة»');
    // CLDR lets Arabic use Western or Arabic-Indic digits; either way the plural is "few".
    expect(resultCountLabel(strings(ar), 5, 'ar', 'عودة')).toMatch(/^[5٥] نتائج لـ «عودة»$/);
  });
});
