/**
 * The source of each rule of the return checklist: each outcome and each note, as the checked
 * fact it rests on (../kit/facts.ts): the seed's own section title for the MRRM toolkit (seed
 * 000), otherwise the FACTS.md entry that names the publication. A rule the facts give as a
 * standard protection principle, naming no publication, rests on `protection-principles`, and
 * its Why? says so.
 *
 * The prepare list (`Prepare`) has no records: it is what to bring to a counsellor, not a rule
 * about who gets help, and each item follows from a note that has its source.
 */
import { facts, seed, toolkit } from '../kit/facts';
import type { Source } from '../kit/why';
import type { Note, Outcome, alwaysNotes } from './rules';

export const sources: Record<Outcome | Note | (typeof alwaysNotes)[number], Source> = {
  'not-voluntary': toolkit(`${seed.avrr}: Le caractère volontaire`),
  'protection-first': facts.nonRefoulement,
  // Victims of trafficking, children alone and people with health needs are named in seed 000.
  'specific-procedure': facts.avrr,
  'talk-to-counsellor': facts.durable,
  'likely-eligible': facts.avrr,

  protection: facts.nonRefoulement,
  'asylum-refused': facts.appeals,
  'asylum-withdraw': facts.avrr,
  'documents-help': facts.travelDocuments,
  'child-procedure': facts.children,
  'trafficking-procedure': facts.trafficking,
  'health-procedure': facts.health,

  stages: facts.stages,
  'safety-pause': toolkit(`${seed.avrr}: sécurité`),
  'host-conditions': facts.hostConditions,
};
