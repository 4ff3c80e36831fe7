import { ID_BLOCKS } from './headings';
import { bodyOf, IMPORT_LINES } from './mdx';

/**
 * Small text measures used by the content checks: plain text out of MDX, words, sentences.
 * Kept free of any Markdown library so that the checks run fast and read simply.
 */

/** The readable text of an MDX page: no frontmatter, imports, tags, link targets or heading ids. */
export function mdxToText(source: string): string {
  return bodyOf(source)
    .replace(IMPORT_LINES, '')
    .replace(/<svg[\s\S]*?<\/svg>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(ID_BLOCKS, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^:::\w*(\[[^\]]*\])?\s*$/gm, '')
    .replace(/[*_`>#|]/g, ' ');
}

/** Unicode's word and sentence boundaries (UAX #29), as the runtime's ICU draws them. */
const wordSegmenter = new Intl.Segmenter('und', { granularity: 'word' });
const sentenceSegmenter = new Intl.Segmenter('und', { granularity: 'sentence' });

/**
 * Words as a reader counts them, found with `Intl.Segmenter`: an apostrophe joins (l'aide is
 * one word), Bengali vowel signs and other combining marks stay inside their word, and the
 * zero-width non-joiner of Persian and Pashto spelling does not split one.
 */
export function words(text: string): string[] {
  return [...wordSegmenter.segment(text.toLowerCase())]
    .filter((s) => s.isWordLike)
    .map((s) => s.segment);
}

/**
 * Sentences of a page's text, found with `Intl.Segmenter`: they end at full stops, question
 * and exclamation marks in every script (Arabic ؟, Ethiopic ። and ፧, Urdu-style ۔, Bengali ।).
 * Colons and line breaks end one too (list items and table cells count as sentences of their
 * own).
 */
export function sentences(text: string): string[][] {
  return text
    .split(/(?<=:)\s+|\n+|\s\|\s/)
    .flatMap((chunk) => [...sentenceSegmenter.segment(chunk)].map((s) => words(s.segment)))
    .filter((w) => w.length > 0);
}

/**
 * The longest run of consecutive words that `text` shares with `source`, compared without
 * case or punctuation. Returns the run (empty when nothing is shared).
 */
export function longestSharedRun(text: string, source: string, atLeast: number): string[] {
  const a = words(text.replace(/['’]/g, ' '));
  const b = words(source.replace(/['’]/g, ' '));
  const grams = new Set<string>();
  for (let i = 0; i + atLeast <= b.length; i++) grams.add(b.slice(i, i + atLeast).join(' '));
  for (let i = 0; i + atLeast <= a.length; i++) {
    const gram = a.slice(i, i + atLeast).join(' ');
    if (grams.has(gram)) return a.slice(i, i + atLeast);
  }
  return [];
}
