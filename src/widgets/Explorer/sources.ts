/**
 * The source of each rule of the explorer: each option (its card) and each note, as the checked
 * fact it rests on (../kit/facts.ts): the seed's own section title for the MRRM toolkit (seed
 * 000), otherwise the FACTS.md entry that names the publication. A rule the facts give as a
 * standard protection principle, naming no publication, rests on `protection-principles`, and
 * its Why? says so.
 */
import { facts } from '../kit/facts';
import type { Source } from '../kit/why';
import type { CardNoteId, GlobalNoteId, OptionId } from './rules';

export const sources: Record<OptionId | GlobalNoteId | CardNoteId, Source> = {
  avrr: facts.avrr,
  integration: facts.integration,
  'third-country': facts.thirdCountry,
  protection: facts.nonRefoulement,
  unsure: facts.durable,
  // Asylum seekers who decide not to pursue their claim are among those AVRR helps.
  'avrr-asylum-withdraw': facts.avrr,
  'avrr-safety': facts.nonRefoulement,
  'avrr-child': facts.children,
  'avrr-health': facts.health,
  'avrr-trafficking': facts.trafficking,
  'avrr-documents': facts.travelDocuments,
  'integration-appeal': facts.appeals,
  'integration-documents': facts.integration,
  'integration-regular': facts.integration,
  'integration-asylum': facts.integration,
  'integration-regularise': facts.integration,
  'third-family': facts.familyReunification,
  'third-offer': facts.thirdCountry,
  'third-protection': facts.resettlement,
  'third-no-route': facts.thirdCountry,
};
