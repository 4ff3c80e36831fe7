/**
 * Small text measures used by the content checks: plain text out of MDX, words, sentences.
 * Kept free of any Markdown library so that the checks run fast and read simply.
 */

/** The readable text of an MDX page: no frontmatter, imports, tags, link targets or heading ids. */
export function mdxToText(source: string): string {
  return source
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^import .*$/gm, '')
    .replace(/<svg[\s\S]*?<\/svg>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\{\s*#[^}]*\}/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^:::\w*(\[[^\]]*\])?\s*$/gm, '')
    .replace(/[*_`>#|]/g, ' ');
}

/**
 * Words as a reader counts them; an apostrophe joins (l'aide is one word), and so do combining
 * marks (Bengali vowel signs) and the zero-width non-joiner inside Persian and Pashto words.
 */
export function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}\u200c]*(?:['’][\p{L}\p{M}\p{N}\u200c]+)*/gu) ?? []
  );
}

/**
 * Sentences of a page's text: split at full stops, question and exclamation marks, colons
 * (Latin, Arabic, Ethiopic ። ፧, Urdu-style ۔ and Bengali ।),
 * and at line breaks (list items and table cells count as sentences of their own).
 */
export function sentences(text: string): string[][] {
  return text
    .split(/(?<=[.!?؟:])\s+|(?<=[።፧۔।])\s*|\n+|\s\|\s/)
    .map((s) => words(s))
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
