/**
 * The source of each rule of the return checklist: each outcome and each note. Every record
 * was checked against `../shared/FACTS.md` and the seed documents on its `checked` date: the
 * seed's own section title for the MRRM toolkit (seed 000), otherwise the FACTS.md entry that
 * names the publication. A rule the facts give as a standard protection principle, naming no
 * publication, rests on `protection-principles`, and its Why? says so.
 *
 * The prepare list (`Prepare`) has no records: it is what to bring to a counsellor, not a rule
 * about who gets help, and each item follows from a note that has its source.
 */
import type { Source } from '../kit/why';
import type { Note, Outcome, alwaysNotes } from './rules';

const seedAvrr = 'Aide au retour volontaire et à la réintégration (programmes AVRR)';

export const sources: Record<Outcome | Note | (typeof alwaysNotes)[number], Source> = {
  'not-voluntary': {
    reference: 'mrrm-toolkit',
    where: `${seedAvrr}: Le caractère volontaire`,
    checked: '2026-12-01',
  },
  'protection-first': {
    reference: 'refugee-convention',
    where: 'FACTS.md: Safeguarding (non-refoulement, art. 33)',
    checked: '2026-12-01',
  },
  // Victims of trafficking, children alone and people with health needs are named in seed 000.
  'specific-procedure': { reference: 'mrrm-toolkit', where: seedAvrr, checked: '2026-12-01' },
  'talk-to-counsellor': {
    reference: 'mrrm-toolkit',
    where: 'Solutions durables',
    checked: '2026-12-01',
  },
  'likely-eligible': { reference: 'mrrm-toolkit', where: seedAvrr, checked: '2026-12-01' },

  protection: {
    reference: 'refugee-convention',
    where: 'FACTS.md: Safeguarding (non-refoulement, art. 33)',
    checked: '2026-12-01',
  },
  // FACTS.md, Safeguarding: appeals are a standard protection principle; no publication named.
  'asylum-refused': {
    reference: 'protection-principles',
    where: 'FACTS.md: Safeguarding (appeals)',
    checked: '2026-12-01',
  },
  'asylum-withdraw': { reference: 'mrrm-toolkit', where: seedAvrr, checked: '2026-12-01' },
  // FACTS.md, AVRR: "A valid travel document is not a precondition" names no source of its
  // own; the entry was checked against IOM's return and reintegration pages.
  'documents-help': {
    reference: 'iom-return-reintegration',
    where: 'FACTS.md: AVRR (travel documents)',
    checked: '2026-12-01',
  },
  'child-procedure': {
    reference: 'emm-handbook',
    where: 'FACTS.md: AVRR (children)',
    checked: '2026-12-01',
  },
  'trafficking-procedure': {
    reference: 'vulnerable-migrants-handbook',
    where: 'FACTS.md: Safeguarding (victims of trafficking)',
    checked: '2026-12-01',
  },
  'health-procedure': {
    reference: 'health-condition-toolkit',
    where: 'FACTS.md: AVRR (health)',
    checked: '2026-12-01',
  },

  stages: {
    reference: 'iom-avrr-country-pages',
    where: 'FACTS.md: AVRR (stages)',
    checked: '2026-12-01',
  },
  'safety-pause': {
    reference: 'mrrm-toolkit',
    where: `${seedAvrr}: sécurité`,
    checked: '2026-12-01',
  },
  // FACTS.md, AVRR: host countries' own conditions; the bullet names no source of its own.
  'host-conditions': {
    reference: 'iom-return-reintegration',
    where: 'FACTS.md: AVRR (conditions of host countries)',
    checked: '2026-12-01',
  },
};
