/**
 * A language's glossary, read from its page in the content collection once per build.
 */
import { getEntry } from 'astro:content';

import { withTrailingSlash } from '../../site/base.ts';
import type { HtmlStep } from '../../site/html.ts';
import { createMatcher, parseGlossary, relativeHref, type Matcher } from './glossary';
import { linkTerms } from './glossary-html';

export interface Glossary {
  matcher: Matcher;
  /** The ids of the entries. */
  ids: Set<string>;
}

/** The id of a language's glossary page in the `docs` collection. */
export const glossaryEntryId = (lang: string) => `${lang}/glossaire`;

/** Whether a page of the `docs` collection is its language's glossary. */
export const isGlossaryEntry = (entryId: string) =>
  entryId === glossaryEntryId(entryId.split('/')[0]!);

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

/**
 * The step that links, in a page's rendered content, the first use of each term of its
 * language's glossary to the entry (`…/glossaire/#id`, relative, so it works under a sub-path
 * and offline); none for the glossary page itself or a language without a glossary. A page
 * missing in a language is shown in French: its words are French terms, and its entry id says so.
 */
export async function glossaryLinks({
  entryId,
  pathname,
}: {
  entryId: string;
  pathname: string;
}): Promise<HtmlStep | undefined> {
  const lang = entryId.split('/')[0]!;
  if (entryId === glossaryEntryId(lang)) return undefined;
  const glossary = await glossaryOf(lang);
  if (!glossary) return undefined;
  const base = withTrailingSlash(import.meta.env.BASE_URL);
  const page = relativeHref(pathname, `${base}${lang}/glossaire/`);
  return (fragment) => void linkTerms(fragment, { ...glossary, href: (id) => `${page}#${id}` });
}
