/**
 * Every rule's source record with its publication's title, for both tools: what a "Why?"
 * shows. The islands load it when a result first appears (./why-load.ts), so a tool's first
 * load carries none of it; the trainers' page reads it at build time. Titles stay in their
 * original language: they name a publication and are never translated.
 */
import { references } from '../../site/references';
import { sources as explorer } from '../Explorer/sources';
import { sources as eligibility } from '../Eligibility/sources';
import type { Source } from './why';

export interface WhyRecord extends Source {
  /** The publication's title, or `undefined` when the rule names none. */
  title: string | undefined;
}

const withTitles = <Id extends string>(sources: Record<Id, Source>) =>
  Object.fromEntries(
    Object.entries<Source>(sources).map(([id, source]) => [
      id,
      { ...source, title: source.reference ? references[source.reference].title : undefined },
    ]),
  ) as Record<Id, WhyRecord>;

export const whyData = { explorer: withTitles(explorer), eligibility: withTitles(eligibility) };
export type WhyData = typeof whyData;
