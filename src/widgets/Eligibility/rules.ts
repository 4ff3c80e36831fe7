/**
 * The checklist's decision logic: a pure function from answers to result ids (issue 6).
 * No DOM and no strings; the view maps each id to text in the page's language.
 */
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
export type Procedure = 'child-procedure' | 'trafficking-procedure' | 'health-procedure';

/** Notes that depend on the answers, in display order. */
export type Note = 'asylum-withdraw' | 'documents-help' | Procedure;

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

/** Notes shown because of the answers (the always-shown ones are in `alwaysNotes`). */
export function notes(a: Answers): Note[] {
  const found: Note[] = [];
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

/** Everything the result shows, from a full set of answers. */
export function evaluate(a: Answers): Result {
  return { outcome: outcome(a), procedures: procedures(a), notes: notes(a), prepare: prepare(a) };
}
