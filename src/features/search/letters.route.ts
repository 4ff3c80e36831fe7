/**
 * `/<lang>/search-letters.json`: the words from the letter. For each glossary term of the
 * language, its French and English forms (as a reader copies them from an official letter:
 * "demande d'asile", "titre de séjour", "asylum claim") and the language's own heading for it.
 * The search dialog loads it when opened and searches the language's own term for a French or
 * English one (./query.ts), so that "demande d'asile" typed on the Arabic site finds the
 * Arabic pages that use "طالب اللجوء". Derived from the glossaries at build time: a form added
 * to a glossary (`{/* also: … *\/}`) is found at the next build. Pages carry none of it: a
 * page's weight is counted on every visit, this file only when search is used.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntry } from 'astro:content';
import { languages } from '../../site/languages.ts';
import { parseGlossary, type GlossaryTerm } from '../glossary/glossary';
import { glossaryEntryId } from '../glossary/glossary-content';
import { letterTerms } from './search-words';

export const getStaticPaths = (() =>
  Object.keys(languages).map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

const termsOf = async (lang: string): Promise<GlossaryTerm[]> => {
  const glossary = await getEntry('docs', glossaryEntryId(lang));
  return glossary?.body ? parseGlossary(glossary.body) : [];
};

export const GET: APIRoute = async ({ params }) => {
  const [own, french, english] = await Promise.all(
    [params.lang!, 'fr', 'en'].map((lang) => termsOf(lang)),
  );
  return new Response(JSON.stringify(letterTerms(own!, [...french!, ...english!])), {
    headers: { 'Content-Type': 'application/json' },
  });
};
