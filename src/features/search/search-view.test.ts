import { describe, expect, it } from 'vitest';
import { resultCountLabel } from './search-view';
import { searchStrings } from './search-strings';
import fr from '../../../content/i18n/fr.json';
import ar from '../../../content/i18n/ar.json';

// The strings exactly as a page of that language carries them.
const strings = (dict: Record<string, string>, lang = dict === ar ? 'ar' : 'fr') =>
  searchStrings((key) => dict[key]!, lang);

describe('the strings a page carries for search', () => {
  it('keeps only the count forms the language uses', () => {
    const forms = (dict: Record<string, string>) => Object.keys(strings(dict).results).sort();
    expect(forms(fr)).toEqual(['many', 'one', 'other', 'zero']);
    expect(forms(ar)).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
  });
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
