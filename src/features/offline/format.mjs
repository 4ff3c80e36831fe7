// @ts-check
import { formatNumber } from '../../site/locale.ts';

/**
 * How much room a copy takes, in the reader's language: "1,4 Mo", "1.4 MB", "1.4 ميغابايت".
 * Megabytes from 1 MB up (one decimal below 10 MB), kilobytes below; decimal units, as phones
 * show storage. A language whose entry asks for `longUnits` (Arabic) gets the unit's full name.
 * Written into the page when the site is built (src/features/offline/integration.mjs).
 *
 * @param {number} bytes
 * @param {{ lang: string, longUnits?: boolean }} language the language's entry (src/site/languages.ts)
 * @example formatSize(1_437_000, languages.fr) // "1,4 Mo"
 */
export function formatSize(bytes, { lang, longUnits }) {
  /** @type {'long' | 'short'} */
  const unitDisplay = longUnits ? 'long' : 'short';
  const megabytes = bytes / 1_000_000;
  if (megabytes >= 1) {
    return formatNumber(megabytes, lang, {
      style: 'unit',
      unit: 'megabyte',
      unitDisplay,
      maximumFractionDigits: megabytes < 10 ? 1 : 0,
    });
  }
  return formatNumber(Math.max(1, bytes / 1000), lang, {
    style: 'unit',
    unit: 'kilobyte',
    unitDisplay,
    maximumFractionDigits: 0,
  });
}

/**
 * How far saving has gone, as a whole percentage that reaches 100 only when the copy is
 * complete (the last file stored is not yet the end: the copy still has to be switched on).
 *
 * @param {number} stored files stored so far
 * @param {number} total files in the copy
 * @example savedPercent(30, 40) // 75
 */
export function savedPercent(stored, total) {
  if (total <= 0) return 0;
  return Math.max(0, Math.min(99, Math.floor((stored / total) * 100)));
}
