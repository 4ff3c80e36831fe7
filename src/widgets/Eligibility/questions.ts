import type { AnswerIn, AnswersTo, IdOf } from '../kit/questions';

/** A question id, such as `child-alone`. */
export type QuestionId = IdOf<typeof questions>;

/** The answer ids allowed for question `Q`. */
export type AnswerOf<Q extends QuestionId> = AnswerIn<typeof questions, Q>;

/** A full set of answers: one answer id per question. */
export type Answers = AnswersTo<typeof questions>;

/**
 * The checklist's items, in the order they are asked, with their answer ids.
 * Question ids are the radio `name`s and answer ids their `value`s: a public contract
 * (issue 6) that end-to-end tests and trainers rely on. Change them only with the issue.
 */
export const questions = [
  { id: 'voluntary', answers: ['yes', 'no', 'unsure'] },
  {
    id: 'situation',
    answers: ['stranded', 'no-status', 'regular', 'asylum-pending', 'asylum-refused', 'other'],
  },
  { id: 'child-alone', answers: ['yes', 'no'] },
  { id: 'exploited', answers: ['yes', 'no', 'skip'] },
  { id: 'health', answers: ['yes', 'no', 'skip'] },
  { id: 'documents', answers: ['valid', 'expired', 'none'] },
  { id: 'fear', answers: ['yes', 'no', 'skip'] },
] as const;
