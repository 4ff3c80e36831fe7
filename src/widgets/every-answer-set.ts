/**
 * Every full set of answers to a list of questions, for tests that check a tool's rules on all
 * of them (the two tools have 2,916 and 12,960).
 *
 * @example everyAnswerSet([{ id: 'a', answers: ['x', 'y'] }]) // [{ a: 'x' }, { a: 'y' }]
 */
export function everyAnswerSet<T>(
  questions: readonly { id: string; answers: readonly string[] }[],
): T[] {
  return questions.reduce<Record<string, string>[]>(
    (sets, q) => sets.flatMap((set) => q.answers.map((answer) => ({ ...set, [q.id]: answer }))),
    [{}],
  ) as T[];
}
