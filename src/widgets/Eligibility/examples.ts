/**
 * Answer sets the checklist's tests start from (rules.test.ts and the e2e spec), written once.
 */
import type { Answers } from './questions';

/** A person who chooses to return, is stranded, has a valid passport and nothing else applies. */
export const plain: Answers = {
  voluntary: 'yes',
  situation: 'stranded',
  'child-alone': 'no',
  exploited: 'no',
  health: 'no',
  documents: 'valid',
  fear: 'no',
};
