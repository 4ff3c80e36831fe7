import { describe, expect, it } from 'vitest';
import { sentences, words } from './text';

describe('words', () => {
  it('keeps an apostrophe, Bengali vowel signs and the Persian non-joiner inside a word', () => {
    expect(words("L'aide d’urgence")).toEqual(["l'aide", 'd’urgence']);
    expect(words('প্রত্যাবর্তন সহায়তা')).toEqual(['প্রত্যাবর্তন', 'সহায়তা']);
    expect(words('می‌خواهم برگردم')).toEqual(['می‌خواهم', 'برگردم']);
  });
});

describe('sentences', () => {
  it('end at the full stops and question marks of every script the site writes', () => {
    const counts = (text: string) => sentences(text).map((s) => s.length);
    expect(counts('ሰላም ነው። እንዴት ነህ፧ ደህና ነኝ።')).toEqual([2, 2, 2]);
    expect(counts('আমি বাংলা পড়ি। তুমি কেমন আছ?')).toEqual([3, 3]);
    expect(counts('آیا می‌توانم بمانم؟ شاید. دا ښه دی۔ بیا راشه')).toEqual([3, 1, 3, 2]);
    expect(counts('Une phrase. Une autre : une liste\n- un point')).toEqual([2, 2, 2, 2]);
  });
});
