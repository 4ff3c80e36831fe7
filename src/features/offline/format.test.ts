import { describe, expect, it } from 'vitest';
import { formatSize as format, savedPercent } from './format.mjs';
import { languages } from '../../site/languages.ts';

/** The same text with ordinary spaces (French puts a narrow no-break space before the unit). */
const formatSize = (bytes: number, lang: string) =>
  format(bytes, languages[lang]!).replace(/\s/g, ' ');

describe('the size of a copy, in the reader’s language', () => {
  it('is in megabytes with one decimal, with the language’s decimal sign and unit', () => {
    expect(formatSize(2_019_921, 'fr')).toBe('2 Mo');
    expect(formatSize(1_437_000, 'fr')).toBe('1,4 Mo');
    expect(formatSize(1_437_000, 'en')).toBe('1.4 MB');
    expect(formatSize(1_437_000, 'es')).toBe('1,4 MB');
  });

  it('names the unit in full in Arabic, with the digits Arabic uses here', () => {
    const number = new Intl.NumberFormat('ar', { maximumFractionDigits: 1 }).format(1.4);
    expect(formatSize(1_437_000, 'ar')).toBe(`${number} ميغابايت`);
  });

  it('drops the decimal from 10 MB and uses kilobytes under 1 MB', () => {
    expect(formatSize(12_600_000, 'en')).toBe('13 MB');
    expect(formatSize(850_400, 'fr')).toBe('850 ko');
    expect(formatSize(120, 'en')).toBe('1 kB');
  });
});

describe('how far saving has gone', () => {
  it('counts stored files against the whole copy, and waits for the end to say 100', () => {
    expect(savedPercent(0, 74)).toBe(0);
    expect(savedPercent(37, 74)).toBe(50);
    expect(savedPercent(74, 74)).toBe(99);
    expect(savedPercent(80, 74)).toBe(99);
    expect(savedPercent(3, 0)).toBe(0);
  });
});
