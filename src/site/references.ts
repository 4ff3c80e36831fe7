/**
 * Every document the guidance may cite, by id. Page frontmatter names its sources with these
 * ids (`sources: [mrrm-toolkit]`), so a typo fails the build. Titles stay in their original
 * language: they name a publication and are never translated. No links: the sources give none
 * that we could check.
 */
export const references = {
  'mrrm-toolkit': {
    title: 'Boîte à outils MRRM : solutions durables',
    publisher: 'OIM',
  },
  'reintegration-handbook': {
    title: 'Reintegration Handbook, module 1: An integrated approach to reintegration',
    publisher: 'IOM',
  },
  'avrr-framework': {
    title: 'IOM Framework for Assisted Voluntary Return and Reintegration',
    publisher: 'IOM',
  },
  'community-based-approaches': {
    title: 'Voluntary Return and Reintegration: Community-Based Approaches',
    publisher: 'IOM',
  },
  'integrated-approach': {
    title: 'Towards an Integrated Approach to Reintegration in the Context of Return',
    publisher: 'IOM',
  },
  'vulnerable-return-guide': {
    title: 'Retour et réintégration de personnes vulnérables : un guide pratique',
    publisher: 'OIM',
  },
  'vulnerable-migrants-handbook': {
    title:
      'IOM Handbook on Protection and Assistance to Migrants Vulnerable to Violence, Exploitation and Abuse',
    publisher: 'IOM',
  },
  'morocco-return-guide': {
    title: 'Guide de préparation au retour volontaire et à la réintégration (Maroc)',
    publisher: 'OIM',
  },
  'ireland-preparing-for-return': {
    title: 'Preparing for return (Ireland)',
    publisher: 'IOM',
  },
  'return-microfinance': {
    title: 'Return, reintegration and microfinance',
    publisher: 'IOM',
  },
  'productive-return': {
    title: 'Productive Return: guide to setting up and managing a micro-enterprise',
    publisher: 'IOM',
  },
  'health-condition-toolkit': {
    title:
      'Returning with a health condition: a toolkit for counselling migrants with health concerns',
    publisher: 'IOM and Pharos',
  },
  'migrant-centres-toolkit': {
    title: 'Migrant Centres toolkit: about MRRM, types of facilities',
    publisher: 'IOM',
  },
  'iom-return-reintegration': {
    title: 'Return and reintegration (IOM web pages)',
    publisher: 'IOM',
  },
  'unhcr-help': {
    title: 'UNHCR Help pages: resettlement and family reunification',
    publisher: 'UNHCR',
  },
  'emm-handbook': {
    title: 'IOM Essentials of Migration Management (EMM) handbook',
    publisher: 'IOM',
  },
  // Not a publication: the rules the guide's checked facts (FACTS.md, "Safeguarding") give as
  // standard protection principles without naming a publication, such as seeking legal advice at
  // once about appealing a refused claim. A rule of the tools that rests on one says so.
  'protection-principles': {
    title: 'Standard protection principles, as recorded in the checked facts of this guide',
    publisher: 'this guide (no publication named)',
  },
  'refugee-convention': {
    title: 'Convention relating to the Status of Refugees (1951)',
    publisher: 'United Nations',
  },
  'iom-avrr-country-pages': {
    title: 'Assisted voluntary return and reintegration (IOM Thailand and IOM France web pages)',
    publisher: 'IOM',
  },
  'measure-rss': {
    title: 'Reintegration Sustainability Survey (MEASURE project, Samuel Hall and IOM, 2017)',
    publisher: 'IOM and Samuel Hall',
  },
} as const;

export type ReferenceId = keyof typeof references;

/** The ids as a non-empty tuple, the shape `z.enum` wants. */
export const referenceIds = Object.keys(references) as [ReferenceId, ...ReferenceId[]];
