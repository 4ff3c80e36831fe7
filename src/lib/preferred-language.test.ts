import { describe, expect, it } from 'vitest';
import { preferredLanguage } from './preferred-language';

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
});
