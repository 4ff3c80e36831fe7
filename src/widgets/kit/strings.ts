/**
 * The strings of a question page: what the Astro wrapper sends the island as JSON, and how the
 * island looks them up. Both tools read their strings through here, so that a missing string
 * shows the same thing in both: its key, which a reader can report and the fuzz test catches,
 * never an empty space that hides the gap.
 */
import { camel } from '../../site/camel';
import { fill } from '../../site/fill';
import { formatNumber } from '../../site/locale';
import type { Question } from './questions';

/** The island's strings in the page's language: full key (`step.continue`) -> text. */
export type Strings = Readonly<Record<string, string>>;

/** The lookup a view uses: a key without the tool's prefix -> its text, or the key if missing. */
export type Lookup = (key: string) => string;

/** String keys are camelCase, ids keep their hyphens (one function for the whole site). */
export { camel };

/**
 * Looks up `prefix + key`; a missing string shows `key`.
 *
 * @example lookup({ 'step.back': 'Retour' }, 'step.')('back') // "Retour"
 * @example lookup({}, 'explorer.')('q.fear.hint') // "q.fear.hint"
 */
export const lookup =
  (strings: Strings, prefix = ''): Lookup =>
  (key) =>
    strings[prefix + key] ?? key;

/** The key of a question's text: `legend` (the question), `hint` or `short` (in the summary). */
export const questionKey = (id: string, part: 'legend' | 'hint' | 'short') =>
  `q.${camel(id)}.${part}`;

/** The key of an answer's label: `a.childAlone.yes`. */
export const answerKey = (id: string, answer: string) => `a.${camel(id)}.${camel(answer)}`;

/** Every question and answer key of a question table, without the tool's prefix. */
export const questionKeys = (questions: readonly Question[]) =>
  questions.flatMap(({ id, answers }) => [
    ...(['legend', 'hint', 'short'] as const).map((part) => questionKey(id, part)),
    ...answers.map((answer) => answerKey(id, answer)),
  ]);

/**
 * The progress line above a question, "Question 2 of 9", with the page's own digits.
 *
 * @example progress('Question {current} sur {total}', 'fr', 1, 9) // "Question 2 sur 9"
 */
export function progress(template: string, lang: string, index: number, total: number) {
  return fill(template, {
    current: formatNumber(index + 1, lang),
    total: formatNumber(total, lang),
  });
}
