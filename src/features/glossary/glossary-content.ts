/**
 * A language's glossary, read from its page in the content collection once per build.
 */
import { getEntry } from 'astro:content';

import { createMatcher, parseGlossary, type Matcher } from './glossary';

export interface Glossary {
  matcher: Matcher;
  /** The ids of the entries. */
  ids: Set<string>;
}

/** The id of a language's glossary page in the `docs` collection. */
export const glossaryEntryId = (lang: string) => `${lang}/glossaire`;

const cache = new Map<string, Promise<Glossary | undefined>>();

/** The glossary of a language, or undefined when it has none. */
export function glossaryOf(lang: string): Promise<Glossary | undefined> {
  let glossary = cache.get(lang);
  if (!glossary) {
    glossary = read(lang);
    cache.set(lang, glossary);
  }
  return glossary;
}

async function read(lang: string): Promise<Glossary | undefined> {
  const entry = await getEntry('docs', glossaryEntryId(lang));
  if (!entry?.body) return undefined;
  const terms = parseGlossary(entry.body);
  return { matcher: createMatcher(terms, lang), ids: new Set(terms.map((t) => t.id)) };
}
