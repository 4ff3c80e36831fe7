import { describe, expect, it } from 'vitest';
import { questions, type Answers } from './questions';
import { everyAnswerSet } from '../every-answer-set';
import { everySensitiveYes, expectProtectionCarried } from '../kit/rules-checks';
import { explore, type CardNoteId, type OptionId } from './rules';

/** A calm profile that triggers as few notes as possible; each test changes what it needs. */
const base: Answers = {
  wish: 'return',
  status: 'regular',
  fear: 'no',
  'family-abroad': 'yes',
  'offer-abroad': 'no',
  'child-alone': 'no',
  health: 'no',
  exploited: 'no',
  documents: 'valid',
};

const with_ = (changes: Partial<Answers>): Answers => ({ ...base, ...changes });
const notesOf = (answers: Answers, option: OptionId): CardNoteId[] =>
  explore(answers).cards.find((card) => card.option === option)!.notes;
const allCardNotes = (answers: Answers): CardNoteId[] =>
  explore(answers).cards.flatMap((card) => card.notes);

/** Every possible set of answers (12,960 of them). */
const everyProfile = () => everyAnswerSet<Answers>(questions);

describe('the cards', () => {
  it('always shows the three options, each exactly once', () => {
    for (const answers of everyProfile()) {
      const options = explore(answers).cards.map((card) => card.option);
      expect([...options].sort()).toEqual(['avrr', 'integration', 'third-country']);
    }
  });

  it('puts assisted return first and marks it when the person wishes to go home', () => {
    const { cards } = explore(with_({ wish: 'return' }));
    expect(cards.map((c) => [c.option, c.wish])).toEqual([
      ['avrr', true],
      ['integration', false],
      ['third-country', false],
    ]);
  });

  it('puts integration first, then return and third country, when the person wishes to stay', () => {
    const { cards } = explore(with_({ wish: 'stay' }));
    expect(cards.map((c) => [c.option, c.wish])).toEqual([
      ['integration', true],
      ['avrr', false],
      ['third-country', false],
    ]);
  });

  it('puts the third country first, then return and integration, when the person wishes to go elsewhere', () => {
    const { cards } = explore(with_({ wish: 'elsewhere' }));
    expect(cards.map((c) => [c.option, c.wish])).toEqual([
      ['third-country', true],
      ['avrr', false],
      ['integration', false],
    ]);
  });

  it('keeps the default order and marks no card when the person is unsure', () => {
    const { cards } = explore(with_({ wish: 'unsure' }));
    expect(cards.map((c) => [c.option, c.wish])).toEqual([
      ['avrr', false],
      ['integration', false],
      ['third-country', false],
    ]);
  });

  it('marks at most one card as the wish, whatever the answers', () => {
    for (const answers of everyProfile()) {
      const marked = explore(answers).cards.filter((card) => card.wish);
      expect(marked.length).toBe(answers.wish === 'unsure' ? 0 : 1);
      if (marked.length) expect(explore(answers).cards[0]!.wish).toBe(true);
    }
  });

  it('does not let any other answer change the order of the cards', () => {
    for (const answers of everyProfile()) {
      const order = explore(answers).cards.map((card) => card.option);
      expect(order).toEqual(
        explore(with_({ wish: answers.wish })).cards.map((card) => card.option),
      );
    }
  });

  it('keeps each note on its own card', () => {
    for (const answers of everyProfile()) {
      for (const card of explore(answers).cards) {
        const prefix = { avrr: 'avrr-', integration: 'integration-', 'third-country': 'third-' }[
          card.option
        ];
        for (const note of card.notes) expect(note.startsWith(prefix)).toBe(true);
      }
    }
  });
});

describe('the protection note', () => {
  it('is shown when the person fears harm on return', () => {
    expect(explore(with_({ fear: 'yes' })).notes).toContain('protection');
  });

  it('is shown when the person was forced to work, deceived, held or exploited', () => {
    expect(explore(with_({ exploited: 'yes' })).notes).toContain('protection');
  });

  it('is shown when the person is a child without parents or guardian', () => {
    expect(explore(with_({ 'child-alone': 'yes' })).notes).toContain('protection');
  });

  it('is shown once when all three reasons hold together', () => {
    const { notes } = explore(with_({ fear: 'yes', exploited: 'yes', 'child-alone': 'yes' }));
    expect(notes.filter((n) => n === 'protection')).toHaveLength(1);
  });

  it('is not shown when the person prefers not to say whether they fear harm or were exploited', () => {
    expect(explore(with_({ fear: 'skip', exploited: 'skip' })).notes).not.toContain('protection');
  });

  it('is not shown when none of the three reasons holds', () => {
    expect(explore(base).notes).toEqual([]);
  });

  it('is shown exactly when fear, exploitation or a child alone is reported, over every profile', () => {
    for (const a of everyProfile()) {
      const expected = a.fear === 'yes' || a.exploited === 'yes' || a['child-alone'] === 'yes';
      expect(explore(a).notes.includes('protection')).toBe(expected);
    }
  });
});

describe('the unsure note', () => {
  it('is shown when the person does not know yet what they want', () => {
    expect(explore(with_({ wish: 'unsure' })).notes).toEqual(['unsure']);
  });

  it('is not shown for any clear wish', () => {
    for (const wish of ['return', 'stay', 'elsewhere'] as const) {
      expect(explore(with_({ wish })).notes).not.toContain('unsure');
    }
  });

  it('comes after the protection note when both hold', () => {
    expect(explore(with_({ wish: 'unsure', fear: 'yes' })).notes).toEqual(['protection', 'unsure']);
  });
});

describe('the notes on assisted return', () => {
  it('warns about withdrawing an asylum claim while the claim is pending', () => {
    expect(notesOf(with_({ status: 'asylum-pending' }), 'avrr')).toContain('avrr-asylum-withdraw');
  });

  it('does not speak of withdrawing a claim for any other situation', () => {
    for (const status of ['regular', 'asylum-refused', 'no-status', 'unknown'] as const) {
      expect(notesOf(with_({ status }), 'avrr')).not.toContain('avrr-asylum-withdraw');
    }
  });

  it('speaks of safety only when the person fears harm', () => {
    expect(notesOf(with_({ fear: 'yes' }), 'avrr')).toContain('avrr-safety');
    expect(notesOf(with_({ fear: 'no' }), 'avrr')).not.toContain('avrr-safety');
    expect(notesOf(with_({ fear: 'skip' }), 'avrr')).not.toContain('avrr-safety');
  });

  it('speaks of the best interests of the child only for a child alone', () => {
    expect(notesOf(with_({ 'child-alone': 'yes' }), 'avrr')).toContain('avrr-child');
    expect(notesOf(with_({ 'child-alone': 'no' }), 'avrr')).not.toContain('avrr-child');
  });

  it('speaks of fitness to travel and care only when there is a health problem', () => {
    expect(notesOf(with_({ health: 'yes' }), 'avrr')).toContain('avrr-health');
    expect(notesOf(with_({ health: 'no' }), 'avrr')).not.toContain('avrr-health');
    expect(notesOf(with_({ health: 'skip' }), 'avrr')).not.toContain('avrr-health');
  });

  it('speaks of specialised protection only when the person was exploited', () => {
    expect(notesOf(with_({ exploited: 'yes' }), 'avrr')).toContain('avrr-trafficking');
    expect(notesOf(with_({ exploited: 'no' }), 'avrr')).not.toContain('avrr-trafficking');
    expect(notesOf(with_({ exploited: 'skip' }), 'avrr')).not.toContain('avrr-trafficking');
  });

  it('explains help with documents when the passport or card is expired or missing', () => {
    expect(notesOf(with_({ documents: 'expired' }), 'avrr')).toContain('avrr-documents');
    expect(notesOf(with_({ documents: 'none' }), 'avrr')).toContain('avrr-documents');
    expect(notesOf(with_({ documents: 'valid' }), 'avrr')).not.toContain('avrr-documents');
  });

  it('has no note for a calm profile', () => {
    expect(notesOf(base, 'avrr')).toEqual([]);
  });

  it('lists all its notes in the order of the issue when everything applies', () => {
    const answers = with_({ ...everySensitiveYes, status: 'asylum-pending', documents: 'none' });
    expect(notesOf(answers, 'avrr')).toEqual(
      ['asylum-withdraw', 'safety', 'child', 'health', 'trafficking', 'documents'].map(
        (note) => `avrr-${note}`,
      ),
    );
  });
});

describe('the notes on integration', () => {
  it('explains help with documents when the passport or card is expired or missing', () => {
    expect(notesOf(with_({ documents: 'expired' }), 'integration')).toContain(
      'integration-documents',
    );
    expect(notesOf(with_({ documents: 'none' }), 'integration')).toContain('integration-documents');
    expect(notesOf(with_({ documents: 'valid' }), 'integration')).not.toContain(
      'integration-documents',
    );
  });

  it('gives exactly one status note for each situation, and the appeal note after a refusal', () => {
    const expected = {
      regular: 'integration-regular',
      'asylum-pending': 'integration-asylum',
      'asylum-refused': 'integration-regularise',
      'no-status': 'integration-regularise',
      unknown: 'integration-regularise',
    } as const;
    for (const [status, note] of Object.entries(expected)) {
      expect(notesOf(with_({ status: status as Answers['status'] }), 'integration')).toEqual(
        status === 'asylum-refused' ? ['integration-appeal', note] : [note],
      );
    }
  });

  it('puts the documents note before the status note', () => {
    expect(notesOf(with_({ status: 'no-status', documents: 'none' }), 'integration')).toEqual([
      'integration-documents',
      'integration-regularise',
    ]);
  });
});

describe('the notes on a third country', () => {
  it('speaks of family reunification when close family lives legally abroad', () => {
    expect(notesOf(with_({ 'family-abroad': 'yes' }), 'third-country')).toEqual(['third-family']);
  });

  it('speaks of work or study permits when there is an offer abroad', () => {
    expect(
      notesOf(with_({ 'family-abroad': 'no', 'offer-abroad': 'yes' }), 'third-country'),
    ).toEqual(['third-offer']);
  });

  it('speaks of resettlement through referral when the person fears harm', () => {
    expect(notesOf(with_({ 'family-abroad': 'no', fear: 'yes' }), 'third-country')).toEqual([
      'third-protection',
    ]);
  });

  it('says no route is clear when there is no family, no offer and no fear', () => {
    expect(notesOf(with_({ 'family-abroad': 'no', fear: 'no' }), 'third-country')).toEqual([
      'third-no-route',
    ]);
  });

  it('counts "prefer not to say" about fear as not yes for the no-route note', () => {
    expect(notesOf(with_({ 'family-abroad': 'no', fear: 'skip' }), 'third-country')).toEqual([
      'third-no-route',
    ]);
  });

  it('lists family, offer and protection together, and then never the no-route note', () => {
    const answers = with_({ 'family-abroad': 'yes', 'offer-abroad': 'yes', fear: 'yes' });
    expect(notesOf(answers, 'third-country')).toEqual([
      'third-family',
      'third-offer',
      'third-protection',
    ]);
  });

  it('never shows the no-route note next to another third-country note, over every profile', () => {
    for (const a of everyProfile()) {
      const notes = notesOf(a, 'third-country');
      expect(notes.length).toBeGreaterThan(0);
      if (notes.includes('third-no-route')) expect(notes).toEqual(['third-no-route']);
    }
  });
});

describe('every note, over every profile', () => {
  it('appears exactly when its rule from the issue holds', () => {
    const rules: Record<CardNoteId, (a: Answers) => boolean> = {
      'avrr-asylum-withdraw': (a) => a.status === 'asylum-pending',
      'avrr-safety': (a) => a.fear === 'yes',
      'avrr-child': (a) => a['child-alone'] === 'yes',
      'avrr-health': (a) => a.health === 'yes',
      'avrr-trafficking': (a) => a.exploited === 'yes',
      'avrr-documents': (a) => a.documents !== 'valid',
      'integration-appeal': (a) => a.status === 'asylum-refused',
      'integration-documents': (a) => a.documents !== 'valid',
      'integration-regular': (a) => a.status === 'regular',
      'integration-asylum': (a) => a.status === 'asylum-pending',
      'integration-regularise': (a) =>
        ['asylum-refused', 'no-status', 'unknown'].includes(a.status),
      'third-family': (a) => a['family-abroad'] === 'yes',
      'third-offer': (a) => a['offer-abroad'] === 'yes',
      'third-protection': (a) => a.fear === 'yes',
      'third-no-route': (a) =>
        a['family-abroad'] === 'no' && a['offer-abroad'] === 'no' && a.fear !== 'yes',
    };
    const wrong: string[] = [];
    for (const a of everyProfile()) {
      const shown = allCardNotes(a);
      for (const [note, rule] of Object.entries(rules)) {
        if (shown.includes(note as CardNoteId) !== rule(a))
          wrong.push(`${note} for ${JSON.stringify(a)}`);
      }
      if (new Set(shown).size !== shown.length) wrong.push(`a note twice for ${JSON.stringify(a)}`);
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('shows the unsure note exactly when the wish is unsure', () => {
    for (const a of everyProfile()) {
      expect(explore(a).notes.includes('unsure')).toBe(a.wish === 'unsure');
    }
  });
});

describe('safeguarding notes, for every combination of answers (issue 14)', () => {
  const all = everyProfile();
  const cardNotes = (a: Answers) => explore(a).cards.flatMap((card) => card.notes);

  it('goes through all 12,960 combinations', () => {
    expect(all).toHaveLength(12960);
  });

  it('puts integration-appeal on the integration card exactly when the claim was refused', () => {
    for (const a of all) {
      expect(notesOf(a, 'integration').includes('integration-appeal'), JSON.stringify(a)).toBe(
        a.status === 'asylum-refused',
      );
      expect(explore(a).safeguards['integration-appeal'] ?? []).toEqual(
        a.status === 'asylum-refused' ? ['appeal'] : [],
      );
    }
  });

  it('tells whoever fears harm, whatever they wish, that they can ask for protection', () => {
    for (const a of all.filter((p) => p.fear === 'yes')) {
      const result = explore(a);
      expect(result.notes, JSON.stringify(a)).toContain('protection');
      expect(result.safeguards.protection, JSON.stringify(a)).toContain('protection');
      expect(notesOf(a, 'third-country'), JSON.stringify(a)).toContain('third-protection');
    }
  });

  it('carries the message of each subject answered yes inside the protection note', () => {
    expectProtectionCarried(all, (a) => explore(a).safeguards.protection);
  });

  it('gives legal advice with every note on withdrawing a claim or on papers', () => {
    for (const a of all) {
      const { safeguards } = explore(a);
      const notes = cardNotes(a);
      if (notes.includes('avrr-asylum-withdraw')) {
        expect(safeguards['avrr-asylum-withdraw']).toEqual(['legal-advice']);
      } else if (notes.includes('avrr-documents')) {
        expect(safeguards['avrr-documents']).toEqual(['legal-advice']);
      }
      if (notes.includes('integration-documents')) {
        expect(safeguards['integration-documents']).toEqual(['legal-advice']);
      }
    }
  });
});
