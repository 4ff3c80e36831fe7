/**
 * The checklist's decision logic: a pure function from answers to result ids (issue 6).
 * No DOM and no strings; the view maps each id to text in the page's language.
 */
import type { SafeguardId } from '../../features/safeguarding/messages';
import type { Answers } from './questions';

/** Outcomes, in precedence order: the first whose rule holds is the result. */
export const outcomes = [
  'not-voluntary',
  'protection-first',
  'specific-procedure',
  'talk-to-counsellor',
  'likely-eligible',
] as const;
export type Outcome = (typeof outcomes)[number];

/** Specific procedures; each is also a note (`child-procedure`, ...) when it applies. */
export const procedureNotes = [
  'child-procedure',
  'trafficking-procedure',
  'health-procedure',
] as const;
/** Notes that depend on the answers, in display order. */
export const answerNotes = [
  'protection',
  'asylum-refused',
  'asylum-withdraw',
  'documents-help',
  ...procedureNotes,
] as const;
export type Procedure = (typeof procedureNotes)[number];
export type Note = (typeof answerNotes)[number];

/** Notes shown whatever the answers. */
export const alwaysNotes = ['stages', 'safety-pause', 'host-conditions'] as const;

/** Things to bring to a counsellor, in display order. */
export type Prepare = 'identity' | 'asylum-papers' | 'medical-records' | 'guardian';

export interface Result {
  outcome: Outcome;
  /** The specific procedures that apply, whatever the outcome. */
  procedures: Procedure[];
  /** Notes that depend on the answers, procedures included. */
  notes: Note[];
  prepare: Prepare[];
  /** The shared safeguarding messages each note carries (src/features/safeguarding). */
  safeguards: Partial<Record<Note, SafeguardId[]>>;
}

/**
 * The procedures that apply: each answered "yes" to its own item.
 *
 * @example procedures({ ...a, 'child-alone': 'yes', health: 'yes' }) // ['child-procedure', 'health-procedure']
 */
export function procedures(a: Answers): Procedure[] {
  const found: Procedure[] = [];
  if (a['child-alone'] === 'yes') found.push('child-procedure');
  if (a.exploited === 'yes') found.push('trafficking-procedure');
  if (a.health === 'yes') found.push('health-procedure');
  return found;
}

/** The first outcome, in precedence order, whose rule holds. */
export function outcome(a: Answers): Outcome {
  if (a.voluntary === 'no') return 'not-voluntary';
  if (a.fear === 'yes') return 'protection-first';
  if (procedures(a).length > 0) return 'specific-procedure';
  if (a.voluntary === 'unsure' || a.situation === 'other') return 'talk-to-counsellor';
  return 'likely-eligible';
}

/** Answers that call for protection first: fear of harm, exploitation, a child alone. */
const needsProtection = (a: Answers) =>
  a.fear === 'yes' || a.exploited === 'yes' || a['child-alone'] === 'yes';

/**
 * Notes shown because of the answers (the always-shown ones are in `alwaysNotes`), on every
 * outcome: `protection` whenever fear, exploitation or a child alone is answered yes, and
 * `asylum-refused` whenever the claim was refused (issue 14).
 */
export function notes(a: Answers): Note[] {
  const found: Note[] = [];
  if (needsProtection(a)) found.push('protection');
  if (a.situation === 'asylum-refused') found.push('asylum-refused');
  if (a.situation === 'asylum-pending') found.push('asylum-withdraw');
  if (a.documents === 'expired' || a.documents === 'none') found.push('documents-help');
  return [...found, ...procedures(a)];
}

/** What to prepare: identity papers always, the rest when the answers call for it. */
export function prepare(a: Answers): Prepare[] {
  const found: Prepare[] = ['identity'];
  if (a.situation === 'asylum-pending' || a.situation === 'asylum-refused') {
    found.push('asylum-papers');
  }
  if (a.health === 'yes') found.push('medical-records');
  if (a['child-alone'] === 'yes') found.push('guardian');
  return found;
}

/**
 * The safeguarding messages each shown note carries. Travel papers mean contact with the
 * country of origin, so `documents-help` carries the legal-advice message, unless the
 * withdrawal note already does.
 */
export function safeguards(a: Answers, shown: Note[]): Partial<Record<Note, SafeguardId[]>> {
  const found: Partial<Record<Note, SafeguardId[]>> = {};
  if (shown.includes('protection')) {
    found.protection = [
      ...(a.fear === 'yes' ? (['protection'] as const) : []),
      ...(a.exploited === 'yes' ? (['trafficking'] as const) : []),
      ...(a['child-alone'] === 'yes' ? (['child'] as const) : []),
    ];
  }
  if (shown.includes('asylum-refused')) found['asylum-refused'] = ['appeal'];
  if (shown.includes('asylum-withdraw')) found['asylum-withdraw'] = ['legal-advice'];
  else if (shown.includes('documents-help')) found['documents-help'] = ['legal-advice'];
  return found;
}

/** Answers shown only when the person asks (issue 14, rule 8): the kit's, as in both tools. */
export { sensitiveQuestions } from '../kit/questions';

/** Outcomes that reveal a sensitive answer (fear; a child alone, exploitation or health). */
export const sensitiveOutcomes: readonly Outcome[] = ['protection-first', 'specific-procedure'];

/** Notes that reveal a sensitive answer, left off paper unless the person asks. */
export const sensitiveNotes: readonly Note[] = [
  'protection',
  'child-procedure',
  'trafficking-procedure',
  'health-procedure',
];

/** Everything the result shows, from a full set of answers. */
export function evaluate(a: Answers): Result {
  const shown = notes(a);
  return {
    outcome: outcome(a),
    procedures: procedures(a),
    notes: shown,
    prepare: prepare(a),
    safeguards: safeguards(a, shown),
  };
}
