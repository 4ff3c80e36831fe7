/**
 * The checked facts the tools' rules rest on, each written once: its publication, the section
 * of the seed document or the FACTS.md entry that says it, and the day it was checked against
 * `../shared/FACTS.md` and the seed documents. A tool's `sources.ts` names, for each of its
 * rules, the fact it rests on, so that a rule both tools make rests on one record, rechecked
 * once.
 */
import type { Day, Source } from './why';

/** When the facts were last checked. */
const checked: Day = '2026-12-01';

/** Section titles of seed 000, the MRRM toolkit. */
export const seed = {
  avrr: 'Aide au retour volontaire et à la réintégration (programmes AVRR)',
  integration: 'Intégration locale durable',
  thirdCountry: 'Installation durable dans un pays tiers',
  durable: 'Solutions durables',
};

/** A fact from the MRRM toolkit (seed 000), by the section that says it. */
export const toolkit = (where: string): Source => ({ reference: 'mrrm-toolkit', where, checked });

/** A fact from a FACTS.md entry, with the publication the entry names. */
const fact = (reference: Source['reference'], entry: string): Source => ({
  reference,
  where: `FACTS.md: ${entry}`,
  checked,
});

export const facts = {
  /** Each durable solution, described in its own section of seed 000. */
  avrr: toolkit(seed.avrr),
  integration: toolkit(seed.integration),
  thirdCountry: toolkit(seed.thirdCountry),
  /** The person takes part in the decision, with all the information on each option. */
  durable: toolkit(seed.durable),
  /** Protection before any decision on return: non-refoulement. */
  nonRefoulement: fact('refugee-convention', 'Safeguarding (non-refoulement, art. 33)'),
  /** Appeals are a standard protection principle: FACTS.md names no publication. */
  appeals: fact('protection-principles', 'Safeguarding (appeals)'),
  /**
   * "A valid travel document is not a precondition" names no source of its own; the entry was
   * checked against IOM's return and reintegration pages.
   */
  travelDocuments: fact('iom-return-reintegration', 'AVRR (travel documents)'),
  children: fact('emm-handbook', 'AVRR (children)'),
  health: fact('health-condition-toolkit', 'AVRR (health)'),
  trafficking: fact('vulnerable-migrants-handbook', 'Safeguarding (victims of trafficking)'),
  stages: fact('iom-avrr-country-pages', 'AVRR (stages)'),
  /** Host countries' own conditions: the bullet names no source of its own. */
  hostConditions: fact('iom-return-reintegration', 'AVRR (conditions of host countries)'),
  familyReunification: fact('unhcr-help', 'Settlement in a third country (family reunification)'),
  resettlement: fact(
    'unhcr-help',
    'Settlement in a third country (resettlement by referral; help is free)',
  ),
};
