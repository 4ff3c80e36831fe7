/**
 * Answer sets the explorer's tests start from (rules.test.ts and the e2e specs), written once.
 */
import type { Answers } from './questions';

/** The answers of someone with none of the situations the notes are about. */
export const noConcerns = {
  fear: 'no',
  'family-abroad': 'no',
  'offer-abroad': 'no',
  'child-alone': 'no',
  health: 'no',
  exploited: 'no',
  documents: 'valid',
} as const satisfies Partial<Answers>;
