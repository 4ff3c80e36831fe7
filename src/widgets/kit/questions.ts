/**
 * The shape of a tool's question table and the types derived from it. A table lists the
 * questions in the order they are asked; question ids are the radio `name`s and answer ids
 * their `value`s, a public contract that end-to-end tests and trainers rely on.
 */

/** One question: its id and its answer ids. */
export interface Question {
  readonly id: string;
  readonly answers: readonly string[];
}

/** A question table, declared `as const` so that its ids and answers are literal types. */
export type QuestionTable = readonly Question[];

/** A question id of table `T`, such as `child-alone`. */
export type IdOf<T extends QuestionTable> = T[number]['id'];

/** The answer ids allowed for question `Q` of table `T`. */
export type AnswerIn<T extends QuestionTable, Q extends IdOf<T>> = Extract<
  T[number],
  { id: Q }
>['answers'][number];

/** A full set of answers to table `T`: one answer id per question. */
export type AnswersTo<T extends QuestionTable> = { [Q in IdOf<T>]: AnswerIn<T, Q> };

/**
 * Answers a screen or a sheet of paper shows only when the person asks (issue 14, rule 8): the
 * same questions in both tools, with the same ids.
 */
export const sensitiveQuestions = ['fear', 'exploited', 'health', 'child-alone'] as const;

/** Whether a question's answer is sensitive. */
export const isSensitive = (id: string) => (sensitiveQuestions as readonly string[]).includes(id);
