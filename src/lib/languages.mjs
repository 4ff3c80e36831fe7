/**
 * The languages of the site, in the order the language chooser lists them.
 * Adding a language is one line here, plus `content/docs/<code>/` and
 * `content/i18n/<code>.json`. French is the source every other language translates.
 *
 * @example languages.ar // { label: 'العربية', lang: 'ar', dir: 'rtl' }
 */
export const languages = {
  fr: { label: 'Français', lang: 'fr' },
  en: { label: 'English', lang: 'en' },
  es: { label: 'Español', lang: 'es' },
  ar: { label: 'العربية', lang: 'ar', dir: 'rtl' },
};

/** The source language: complete, and the one every translation is checked against. */
export const sourceLanguage = 'fr';

/**
 * Languages that must have every page, up to date: a test fails when one is missing or
 * outdated. A language added later may start partial (missing pages fall back to French).
 */
export const completeLanguages = ['en', 'es', 'ar'];
