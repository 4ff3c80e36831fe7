import { languageTags, languages, sourceLanguage, stringsFileOf } from './languages.ts';

type Dictionary = Record<string, string>;

const dictionaries = import.meta.glob<Dictionary>('../../content/i18n/*.json', {
  eager: true,
  import: 'default',
});

/**
 * The site's own strings for a language, falling back to French key by key, for pages that
 * are not Starlight pages (the language chooser, the language-neutral links). Starlight pages
 * use `Astro.locals.t` instead.
 *
 * @example siteStrings('ar')['chooser.title'] // "اختر لغتك"
 */
export function siteStrings(lang: string): Dictionary {
  const source = dictionaries[`../../content/i18n/${sourceLanguage}.json`] ?? {};
  const own = dictionaries[`../../content/i18n/${stringsFileOf(lang)}`] ?? {};
  return { ...source, ...own };
}

/** Each language of the site with its code, label, `lang` and writing direction. */
export function languageList() {
  return Object.entries(languages).map(([code, l]) => ({
    code,
    label: l.label,
    lang: l.lang,
    dir: l.dir ?? 'ltr',
    title: l.title,
    /** The tags a browser may send for it, space-separated, for the chooser's script. */
    tags: languageTags(code).join(' '),
  }));
}
