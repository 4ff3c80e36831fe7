/**
 * Checks of a rule both tools share, for their rules tests (`rules.test.ts`): written once, so
 * that the two tools are held to the same rule in the same words. Used by tests only.
 */
import { expect } from 'vitest';
import type { SafeguardId } from '../../features/safeguarding/messages';
import { sensitiveQuestions } from './questions';

/** Answers to both tools: every sensitive subject (fear, exploitation, health, a child alone) is yes. */
export const everySensitiveYes = Object.fromEntries(
  sensitiveQuestions.map((id) => [id, 'yes']),
) as Record<(typeof sensitiveQuestions)[number], 'yes'>;

/** The answers both tools ask about the subjects the protection note speaks of. */
type Subjects = Record<'fear' | 'exploited' | 'child-alone', string>;

/**
 * For every set of answers: the protection note carries the message of each subject answered
 * yes (fear of harm, exploitation, a child alone), and no other subject's (issue 14).
 */
export function expectProtectionCarried<A extends Subjects>(
  all: readonly A[],
  carried: (answers: A) => readonly SafeguardId[] | undefined,
) {
  for (const a of all) {
    const messages = carried(a) ?? [];
    expect(messages.includes('protection'), JSON.stringify(a)).toBe(a.fear === 'yes');
    expect(messages.includes('trafficking'), JSON.stringify(a)).toBe(a.exploited === 'yes');
    expect(messages.includes('child'), JSON.stringify(a)).toBe(a['child-alone'] === 'yes');
  }
}
