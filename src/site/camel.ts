/**
 * String keys are camelCase, ids keep their hyphens: `asylum-pending` -> `asylumPending`. One
 * function for every key built from an id: the tools' questions and notes, the safeguarding
 * messages, the trainers' page of the tools' rules.
 */
export const camel = (id: string) => id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
