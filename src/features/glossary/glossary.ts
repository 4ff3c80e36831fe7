import { headingOf } from '../../site/headings';
import { languages } from '../../site/languages.ts';
import { bodyOf } from '../../site/mdx';

/**
 * Glossary terms: read from a language's glossary page, found in the text of other pages.
 *
 * The glossary page (`content/docs/<lang>/glossaire.mdx`) is the single source of terms, ids
 * and definitions. Each entry is a heading with an explicit id, then its definition:
 *
 * ```mdx
 * ## Conseiller { #conseiller }
 * {/* also: conseillère | conseillers | conseillères *\/}
 *
 * La personne qui vous reçoit…
 * ```
 *
 * A page uses a term when its text contains the heading's words (with a part in parentheses,
 * such as "(AVRR)", counting as a second form), in any case, as whole words, with the common
 * plural of the language (French -s/-x, English -s/-es/-ies, Spanish -s/-es/-ones) and, in
 * Arabic, with or without the article ال and the prefixes و ف ب ك ل (لل for ل + ال). Which rules
 * a language takes is said in its entry in src/site/languages.ts (`terms`).
 * Acronyms (AVRR, OIM…) match only in capitals. Two optional MDX comments, right under the
 * heading, adjust this; they are not displayed:
 *
 * - `{/* also: form | form *\/}` adds forms the rules above do not cover (feminine, irregular
 *   plural, a common paraphrase);
 * - `{/* only: form | form *\/}` replaces the heading's forms, for a word that is also an
 *   everyday word in another sense. Words in [brackets] are the term; words outside them are
 *   context that must surround it but is not linked: `la [traite]`, `[trata] de personas`.
 *
 * The rules are in this file, pure and tested (glossary.test.ts); the page transformation is
 * in glossary-html.ts.
 */

export interface GlossaryTerm {
  /** The entry's heading id, the same in every language (`conseiller`). */
  id: string;
  /** The heading as written (`Conseiller`). */
  label: string;
  /** The forms a page may use, as written in the glossary (`Conseiller`, `conseillère`…). */
  forms: string[];
  /**
   * Words of an official letter that lead to this entry in search only, never linked in running
   * text: they name a related thing, not the term (`titre de séjour` for `Régularisation`).
   */
  letter?: string[];
}

/** A use of a term in a text: `text.slice(start, end)` is what gets linked. */
export interface TermMatch {
  id: string;
  start: number;
  end: number;
}

const DIRECTIVE = /^\{\/\*\s*(also|only|letter)\s*:\s*([\s\S]*?)\s*\*\/\}\s*$/;

/**
 * The entries of a glossary page, in order, from its MDX source (frontmatter allowed).
 *
 * @example parseGlossary('## OIM { #oim }\n\nL’Organisation…') // [{ id: 'oim', label: 'OIM', forms: ['OIM'] }]
 */
export function parseGlossary(source: string): GlossaryTerm[] {
  const body = bodyOf(source);
  const terms: GlossaryTerm[] = [];
  let current: (GlossaryTerm & { only?: string[]; also: string[] }) | undefined;
  const finish = () => {
    if (!current) return;
    const { id, label, only, also, letter } = current;
    const forms = unique([...(only ?? headingForms(label)), ...also]);
    terms.push({ id, label, forms, ...(letter ? { letter } : {}) });
  };
  for (const line of body.split('\n')) {
    const heading = headingOf(line);
    if (heading?.level === 2 && heading.id) {
      finish();
      current = { id: heading.id, label: heading.text, forms: [], also: [] };
      continue;
    }
    if (/^#{1,2}\s/.test(line)) {
      finish();
      current = undefined;
      continue;
    }
    const directive = current && line.trim().match(DIRECTIVE);
    if (current && directive) {
      const list = directive[2]!
        .split('|')
        .map((f) => f.trim())
        .filter(Boolean);
      if (directive[1] === 'only') current.only = list;
      else if (directive[1] === 'letter') current.letter = [...(current.letter ?? []), ...list];
      else current.also.push(...list);
    }
  }
  finish();
  return terms;
}

/** `Aide au retour (AVRR)` gives `Aide au retour` and `AVRR`. */
function headingForms(label: string): string[] {
  const inner = [...label.matchAll(/\(([^)]+)\)/g)].map((m) => m[1]!.trim());
  const outer = label
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return [outer, ...inner].filter(Boolean);
}

const unique = (list: string[]) => [...new Set(list)];

/* ---------------------------------------------------------------------------------------- */
/* Normalising text: what a reader sees as the same letters compares equal.                  */

/** Arabic short vowels, shadda, sukun, dagger alif and tatweel: optional in writing. */
const ARABIC_OPTIONAL = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/;
const ALEF_FORMS = /[\u0622\u0623\u0625\u0671]/;
/**
 * Arabic yeh, alef maksura and kaf, as keyboards often type them in Dari and Pashto, compare
 * equal to the Persian letters ی and ک the pages use.
 */
const PERSIAN_LETTERS: Record<string, string> = {
  '\u064a': '\u06cc',
  '\u0649': '\u06cc',
  '\u0643': '\u06a9',
};

/**
 * The text as compared, and for each of its characters the index it comes from in the
 * original (so a match can be mapped back). Curly apostrophes become straight ones; Arabic
 * diacritics, tatweel and the zero-width non-joiner are dropped; alef with hamza or madda
 * becomes a bare alef; Arabic yeh and kaf become the Persian ی and ک.
 */
export function normalize(text: string): { text: string; from: number[] } {
  let out = '';
  const from: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    // Optional marks, and the zero-width non-joiner of Persian and Pashto spelling
    // (می‌خواهم and میخواهم are the same word to a reader).
    if (ARABIC_OPTIONAL.test(ch) || ch === '\u200c') continue;
    out += ALEF_FORMS.test(ch)
      ? '\u0627'
      : ch === '\u2019' || ch === '\u02bc'
        ? "'"
        : (PERSIAN_LETTERS[ch] ?? ch);
    from.push(i);
  }
  from.push(text.length);
  return { text: out, from };
}

/* ---------------------------------------------------------------------------------------- */
/* Forms to regular expressions.                                                             */

/** What continues a word: letters, marks, digits, and a hyphen (a compound is another word). */
const LETTER = '[\\p{L}\\p{M}\\p{N}\\u2011-]';
const BEFORE = `(?<!${LETTER})`;
const AFTER = `(?!${LETTER})`;

/** A language's rules for the forms of a term (src/site/languages.ts), none when it has none. */
const rulesOf = (lang: string) => languages[lang]?.terms ?? {};

/** Small words that never take the plural mark, per language. */
const functionWords = new Map<string, Set<string>>();
const isFunctionWord = (word: string, lang: string) => {
  let set = functionWords.get(lang);
  if (!set) {
    set = new Set(rulesOf(lang).functionWords?.split(' ') ?? []);
    functionWords.set(lang, set);
  }
  return set.has(word);
};

// Only what is special outside a character class: with the `u` flag, `\-` or `\/` there is an
// error (a hyphenated Somali or Oromo term would stop the build).
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One word of a form with the plural (or, in Arabic, prefixes and article) it may take. */
function wordPattern(word: string, lang: string, first: boolean): string {
  // Punctuation written in a form (a comma in a list of words) is matched as written.
  const [, w = '', punctuation = ''] = word.toLowerCase().match(/^(.*?)([^\p{L}\p{M}\p{N}]*)$/u)!;
  return inflected(w, lang, first) + escape(punctuation);
}

function inflected(w: string, lang: string, first: boolean): string {
  if (rulesOf(lang).arabicArticle) {
    const core = w.startsWith('\u0627\u0644') && w.length > 3 ? w.slice(2) : w;
    const article = first
      ? // و/ف (and, so), then ب/ك/ل (with, like, for) with or without the article; ل + ال is لل
        '(?:[\u0648\u0641]?(?:[\u0628\u0643\u06a9\u0644]?\u0627\u0644|\u0644\u0644|[\u0628\u0643\u06a9\u0644]))?'
      : '(?:\u0627\u0644)?';
    return article + escape(core);
  }
  // An apostrophe joins a small word to the next one: d'asile, l'enfant.
  const parts = w.split("'");
  const last = parts.pop()!;
  const head = parts.map((p) => `${escape(p)}'`).join('');
  if (isFunctionWord(last, lang) || last.length < 3) return head + escape(last);
  return head + plural(last, lang);
}

function plural(w: string, lang: string): string {
  const e = escape;
  switch (rulesOf(lang).plural) {
    case 'french':
      return /[sxz]$/.test(w) ? e(w) : `${e(w)}[sx]?`;
    case 'english':
      if (/[^aeiou]y$/.test(w)) return `${e(w.slice(0, -1))}(?:y|ies)`;
      return /(?:s|x|z|ch|sh)$/.test(w) ? `${e(w)}(?:es)?` : `${e(w)}s?`;
    case 'spanish':
      if (/ón$/.test(w)) return `${e(w.slice(0, -2))}(?:ón|ones)`;
      if (/z$/.test(w)) return `${e(w.slice(0, -1))}(?:z|ces)`;
      return /[aeiouáéíóú]$/.test(w) ? `${e(w)}s?` : `${e(w)}(?:es)?`;
    default:
      return e(w);
  }
}

/** A whole form, as a regular expression source; [brackets] mark the linked part. */
export function formPattern(form: string, lang: string): { source: string; flags: string } {
  const text = normalize(form).text.replace(/\s+/g, ' ').trim();
  const acronym = /^[\p{Lu}\p{N}]{2,}$/u.test(text.replace(/[[\]]/g, ''));
  if (acronym)
    return { source: `${BEFORE}${escape(text.replace(/[[\]]/g, ''))}${AFTER}`, flags: 'gu' };
  const bracket = text.match(/^(.*?)\[(.+?)\](.*)$/);
  const [before, term, after] = bracket
    ? [bracket[1]!.trim(), bracket[2]!.trim(), bracket[3]!.trim()]
    : ['', text, ''];
  const words = (s: string, firstAt: boolean) =>
    s
      .split(' ')
      .filter(Boolean)
      .map((w, i) => wordPattern(w, lang, firstAt && i === 0))
      .join('\\s+');
  const core = words(term, !before);
  const source =
    (before ? `(?<=${BEFORE}${words(before, true)}\\s+)` : BEFORE) +
    core +
    (after ? `(?=\\s+${words(after, false)}${AFTER})` : AFTER);
  return { source, flags: 'giu' };
}

/* ---------------------------------------------------------------------------------------- */
/* Finding terms in a text.                                                                  */

export interface Matcher {
  /** The uses of terms in `text`, left to right, never overlapping (longest form first). */
  find(text: string): TermMatch[];
}

/** A matcher for one language's terms. */
export function createMatcher(terms: GlossaryTerm[], lang: string): Matcher {
  const patterns = terms.flatMap((t) =>
    t.forms.map((f) => {
      const { source, flags } = formPattern(f, lang);
      return { id: t.id, re: new RegExp(source, flags) };
    }),
  );
  return {
    find(original) {
      const { text, from } = normalize(original);
      const found: TermMatch[] = [];
      for (const { id, re } of patterns) {
        re.lastIndex = 0;
        for (const m of text.matchAll(re)) {
          if (!m[0]) continue;
          found.push({ id, start: m.index, end: m.index + m[0].length });
        }
      }
      found.sort((a, b) => a.start - b.start || b.end - a.end);
      const chosen: TermMatch[] = [];
      let reached = 0;
      for (const m of found) {
        if (m.start < reached) continue;
        chosen.push({ id: m.id, start: from[m.start]!, end: from[m.end]! });
        reached = m.end;
      }
      return chosen;
    },
  };
}

/**
 * The relative address of a language's glossary from a page, so that links work on any host,
 * under a sub-path and in an offline copy.
 *
 * @example relativeHref('/guide/fr/migrants/vos-options/', '/guide/fr/glossaire/') // '../../glossaire/'
 */
export function relativeHref(fromPath: string, toPath: string): string {
  const from = fromPath
    .replace(/[^/]*$/, '')
    .split('/')
    .filter(Boolean);
  const to = toPath.split('/').filter(Boolean);
  let common = 0;
  while (common < from.length && common < to.length && from[common] === to[common]) common++;
  const up = from.slice(common).map(() => '..');
  const rel = [...up, ...to.slice(common)].join('/');
  return rel ? `${rel}/` : './';
}
