import { describe, expect, it } from 'vitest';
import { preferredLanguage } from './preferred-language';
import { languageTags, languages } from '../../site/languages.ts';

const site = ['fr', 'en', 'es', 'ar'];

describe('preferredLanguage', () => {
  it('picks the first browser language the site has, by its primary subtag', () => {
    expect(preferredLanguage(['ar-MA', 'fr-FR'], site)).toBe('ar');
    expect(preferredLanguage(['es-419'], site)).toBe('es');
  });

  it('skips browser languages the site does not have', () => {
    expect(preferredLanguage(['ti-ER', 'am', 'en-GB'], site)).toBe('en');
  });

  it('returns nothing when no browser language matches, so nothing is suggested', () => {
    expect(preferredLanguage(['ti', 'am'], site)).toBeUndefined();
    expect(preferredLanguage([], site)).toBeUndefined();
  });

  it('leads a browser set to fa-AF, fa or prs to Dari, and ps to Pashto, among the 13 languages', () => {
    const all = Object.keys(languages);
    for (const tag of ['fa-AF', 'fa', 'prs', 'fa-IR']) {
      expect(preferredLanguage([tag, 'en'], all, languageTags)).toBe('prs');
    }
    expect(preferredLanguage(['ps-AF'], all, languageTags)).toBe('ps');
    expect(preferredLanguage(['bn-BD'], all, languageTags)).toBe('bn');
    expect(preferredLanguage(['am-ET', 'en'], all, languageTags)).toBe('am');
    expect(preferredLanguage(['om'], all, languageTags)).toBe('om');
  });
});
