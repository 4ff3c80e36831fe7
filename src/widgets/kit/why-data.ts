/**
 * Every rule's source record with its publication's title, for both tools: what a "Why?"
 * shows. The islands load it when a result first appears (./why-load.ts), so a tool's first
 * load carries none of it; the trainers' page reads it at build time. Titles stay in their
 * original language: they name a publication and are never translated.
 */
import { references, type ReferenceId } from '../../site/references';
import { sources as explorer } from '../Explorer/sources';
import { sources as eligibility } from '../Eligibility/sources';
import type { Source } from './why';

export interface WhyRecord extends Source {
  /** The title of what the rule rests on (src/site/references.ts). */
  title: string;
  /** The language of the title and of `where`, for screen readers' voices. */
  titleLang: 'fr' | 'en';
  whereLang: 'fr' | 'en';
}

/** Publications whose title is in French (the others' are in English). */
const frenchTitles: readonly ReferenceId[] = [
  'mrrm-toolkit',
  'vulnerable-return-guide',
  'morocco-return-guide',
];

const withTitles = <Id extends string>(sources: Record<Id, Source>) =>
  Object.fromEntries(
    Object.entries<Source>(sources).map(([id, source]) => [
      id,
      {
        ...source,
        title: references[source.reference].title,
        titleLang: frenchTitles.includes(source.reference) ? 'fr' : 'en',
        // The seed's section titles are French; FACTS.md's entries are in English.
        whereLang: source.where.startsWith('FACTS.md') ? 'en' : 'fr',
      },
    ]),
  ) as Record<Id, WhyRecord>;

export const whyData = { explorer: withTitles(explorer), eligibility: withTitles(eligibility) };
export type WhyData = typeof whyData;
