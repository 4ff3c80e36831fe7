import type { AnswerIn, AnswersTo, IdOf } from '../kit/questions';

/** A question id, such as `family-abroad`. */
export type QuestionId = IdOf<typeof questions>;

/** The answer ids allowed for question `Q`. */
export type AnswerOf<Q extends QuestionId> = AnswerIn<typeof questions, Q>;

/** A full set of answers: one answer id per question. */
export type Answers = AnswersTo<typeof questions>;

/**
 * The explorer's questions, in the order they are asked, with their answer ids.
 * Question ids are the radio `name`s and answer ids their `value`s: a public contract
 * (issue 5) that end-to-end tests and trainers rely on. Change them only with the issue.
 */
export const questions = [
  { id: 'wish', answers: ['return', 'stay', 'elsewhere', 'unsure'] },
  {
    id: 'status',
    answers: ['regular', 'asylum-pending', 'asylum-refused', 'no-status', 'unknown'],
  },
  { id: 'fear', answers: ['yes', 'no', 'skip'] },
  { id: 'family-abroad', answers: ['yes', 'no'] },
  { id: 'offer-abroad', answers: ['yes', 'no'] },
  { id: 'child-alone', answers: ['yes', 'no'] },
  { id: 'health', answers: ['yes', 'no', 'skip'] },
  { id: 'exploited', answers: ['yes', 'no', 'skip'] },
  { id: 'documents', answers: ['valid', 'expired', 'none'] },
] as const;
