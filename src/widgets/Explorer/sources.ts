/**
 * The source of each rule of the explorer: each option (its card) and each note. Every record
 * was checked against `../shared/FACTS.md` and the seed documents on its `checked` date: the
 * seed's own section title for the MRRM toolkit (seed 000), otherwise the FACTS.md entry that
 * names the publication. A rule the facts give as a standard protection principle, naming no
 * publication, rests on `protection-principles`, and its Why? says so.
 */
import type { Source } from '../kit/why';
import type { CardNoteId, GlobalNoteId, OptionId } from './rules';

const seedAvrr = 'Aide au retour volontaire et à la réintégration (programmes AVRR)';
const seedIntegration = 'Intégration locale durable';
const seedThird = 'Installation durable dans un pays tiers';

export const sources: Record<OptionId | GlobalNoteId | CardNoteId, Source> = {
  // The three options: seed 000 describes each one in its own section.
  avrr: { reference: 'mrrm-toolkit', where: seedAvrr, checked: '2026-12-01' },
  integration: { reference: 'mrrm-toolkit', where: seedIntegration, checked: '2026-12-01' },
  'third-country': { reference: 'mrrm-toolkit', where: seedThird, checked: '2026-12-01' },

  // Protection before any decision on return: non-refoulement.
  protection: {
    reference: 'refugee-convention',
    where: 'FACTS.md: Safeguarding (non-refoulement, art. 33)',
    checked: '2026-12-01',
  },
  // The person takes part in the decision, with all the information on each option.
  unsure: { reference: 'mrrm-toolkit', where: 'Solutions durables', checked: '2026-12-01' },

  // Asylum seekers who decide not to pursue their claim are among those AVRR helps.
  'avrr-asylum-withdraw': { reference: 'mrrm-toolkit', where: seedAvrr, checked: '2026-12-01' },
  'avrr-safety': {
    reference: 'refugee-convention',
    where: 'FACTS.md: Safeguarding (non-refoulement, art. 33)',
    checked: '2026-12-01',
  },
  'avrr-child': {
    reference: 'emm-handbook',
    where: 'FACTS.md: AVRR (children)',
    checked: '2026-12-01',
  },
  'avrr-health': {
    reference: 'health-condition-toolkit',
    where: 'FACTS.md: AVRR (health)',
    checked: '2026-12-01',
  },
  'avrr-trafficking': {
    reference: 'vulnerable-migrants-handbook',
    where: 'FACTS.md: Safeguarding (victims of trafficking)',
    checked: '2026-12-01',
  },
  // FACTS.md, AVRR: "A valid travel document is not a precondition" names no source of its
  // own; the entry was checked against IOM's return and reintegration pages.
  'avrr-documents': {
    reference: 'iom-return-reintegration',
    where: 'FACTS.md: AVRR (travel documents)',
    checked: '2026-12-01',
  },
  // FACTS.md, Safeguarding: appeals are a standard protection principle; no publication named.
  'integration-appeal': {
    reference: 'protection-principles',
    where: 'FACTS.md: Safeguarding (appeals)',
    checked: '2026-12-01',
  },
  'integration-documents': {
    reference: 'mrrm-toolkit',
    where: seedIntegration,
    checked: '2026-12-01',
  },
  'integration-regular': {
    reference: 'mrrm-toolkit',
    where: seedIntegration,
    checked: '2026-12-01',
  },
  'integration-asylum': {
    reference: 'mrrm-toolkit',
    where: seedIntegration,
    checked: '2026-12-01',
  },
  'integration-regularise': {
    reference: 'mrrm-toolkit',
    where: seedIntegration,
    checked: '2026-12-01',
  },
  'third-family': {
    reference: 'unhcr-help',
    where: 'FACTS.md: Settlement in a third country (family reunification)',
    checked: '2026-12-01',
  },
  'third-offer': { reference: 'mrrm-toolkit', where: seedThird, checked: '2026-12-01' },
  'third-protection': {
    reference: 'unhcr-help',
    where: 'FACTS.md: Settlement in a third country (resettlement by referral; help is free)',
    checked: '2026-12-01',
  },
  'third-no-route': { reference: 'mrrm-toolkit', where: seedThird, checked: '2026-12-01' },
};
