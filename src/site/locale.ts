/**
 * How the site writes numbers and dates: with `Intl` and the page's language tag, so that each
 * language gets its own digits (Arabic-Indic in Arabic, Eastern Arabic in Pashto and Dari),
 * separators and month names, with nothing to add per language. What Intl cannot know is in
 * the language's entry (./languages.ts: `longUnits`). Safe in the browser: it imports nothing.
 */

/** A number in the language's digits: `formatNumber(2, 'ar')` is "٢". */
export const formatNumber = (n: number, lang: string, options?: Intl.NumberFormatOptions) =>
  new Intl.NumberFormat(lang, options).format(n);

/**
 * A day as the language writes it in full, read in UTC so that the day never shifts with the
 * reader's time zone.
 *
 * @example longDate(new Date('2026-12-01T00:00:00Z'), 'fr') // "1 décembre 2026"
 */
export const longDate = (date: Date, lang: string) =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
