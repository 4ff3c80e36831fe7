import type { SafeguardId } from '../../features/safeguarding/messages';
import type { Answers } from './questions';

/** The three durable solutions, in their default order. */
export const options = ['avrr', 'integration', 'third-country'] as const;
export type OptionId = (typeof options)[number];

/** Notes shown above the cards, for the whole result. */
export const globalNotes = ['protection', 'unsure'] as const;
export type GlobalNoteId = (typeof globalNotes)[number];

/** Notes shown on one card, in the order they are listed. */
export const cardNotes = [
  'avrr-asylum-withdraw',
  'avrr-safety',
  'avrr-child',
  'avrr-health',
  'avrr-trafficking',
  'avrr-documents',
  'integration-appeal',
  'integration-documents',
  'integration-regular',
  'integration-asylum',
  'integration-regularise',
  'third-family',
  'third-offer',
  'third-protection',
  'third-no-route',
] as const;
export type CardNoteId = (typeof cardNotes)[number];

export interface Card {
  option: OptionId;
  /** True only on the card that matches the person's wish. */
  wish: boolean;
  notes: CardNoteId[];
}

export interface Result {
  notes: GlobalNoteId[];
  /** Always the three options: the wished one first, the others in default order. */
  cards: Card[];
  /** The shared safeguarding messages each note carries (src/features/safeguarding). */
  safeguards: Partial<Record<GlobalNoteId | CardNoteId, SafeguardId[]>>;
}

/** Answers shown only when the person asks (issue 14, rule 8): the kit's, as in both tools. */
export { sensitiveQuestions } from '../kit/questions';

/** Notes that reveal a sensitive answer, left off paper unless the person asks. */
export const sensitiveNotes: readonly (GlobalNoteId | CardNoteId)[] = [
  'protection',
  'avrr-safety',
  'avrr-child',
  'avrr-health',
  'avrr-trafficking',
  'third-protection',
];

const wishedOption: Record<Answers['wish'], OptionId | null> = {
  return: 'avrr',
  stay: 'integration',
  elsewhere: 'third-country',
  unsure: null,
};

/** Keeps the ids whose condition holds, in the order given. */
function when<T>(rules: [T, boolean][]): T[] {
  return rules.filter(([, holds]) => holds).map(([id]) => id);
}

/**
 * From a full set of answers to the result: the order of the three cards, which one is the
 * person's wish, and which notes apply (issue 5). Pure: no DOM, no strings.
 */
export function explore(a: Answers): Result {
  const fear = a.fear === 'yes';
  const exploited = a.exploited === 'yes';
  const childAlone = a['child-alone'] === 'yes';
  const noDocument = a.documents === 'expired' || a.documents === 'none';
  const wished = wishedOption[a.wish];

  const notes: Record<OptionId, CardNoteId[]> = {
    avrr: when<CardNoteId>([
      ['avrr-asylum-withdraw', a.status === 'asylum-pending'],
      ['avrr-safety', fear],
      ['avrr-child', childAlone],
      ['avrr-health', a.health === 'yes'],
      ['avrr-trafficking', exploited],
      ['avrr-documents', noDocument],
    ]),
    integration: when<CardNoteId>([
      ['integration-appeal', a.status === 'asylum-refused'],
      ['integration-documents', noDocument],
      ['integration-regular', a.status === 'regular'],
      ['integration-asylum', a.status === 'asylum-pending'],
      [
        'integration-regularise',
        a.status === 'asylum-refused' || a.status === 'no-status' || a.status === 'unknown',
      ],
    ]),
    'third-country': when<CardNoteId>([
      ['third-family', a['family-abroad'] === 'yes'],
      ['third-offer', a['offer-abroad'] === 'yes'],
      ['third-protection', fear],
      ['third-no-route', a['family-abroad'] === 'no' && a['offer-abroad'] === 'no' && !fear],
    ]),
  };

  const order = wished ? [wished, ...options.filter((o) => o !== wished)] : [...options];
  const global = when<GlobalNoteId>([
    ['protection', fear || exploited || childAlone],
    ['unsure', a.wish === 'unsure'],
  ]);
  // Travel and identity papers mean contact with the country of origin: legal advice first.
  const papers: SafeguardId[] = ['legal-advice'];
  const safeguards: Result['safeguards'] = {};
  if (global.includes('protection')) {
    safeguards.protection = when<SafeguardId>([
      ['protection', fear],
      ['trafficking', exploited],
      ['child', childAlone],
    ]);
  }
  if (notes.avrr.includes('avrr-asylum-withdraw')) safeguards['avrr-asylum-withdraw'] = papers;
  else if (notes.avrr.includes('avrr-documents')) safeguards['avrr-documents'] = papers;
  if (notes.integration.includes('integration-appeal'))
    safeguards['integration-appeal'] = ['appeal'];
  if (notes.integration.includes('integration-documents')) {
    safeguards['integration-documents'] = papers;
  }
  return {
    notes: global,
    cards: order.map((option) => ({ option, wish: option === wished, notes: notes[option] })),
    safeguards,
  };
}
