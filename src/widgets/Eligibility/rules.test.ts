import { describe, expect, it } from 'vitest';
import { questions, type Answers } from './questions';
import { alwaysNotes, evaluate, notes, outcome, outcomes, prepare, procedures } from './rules';
import { everyAnswerSet } from '../every-answer-set';
import { plain } from './examples';
import { everySensitiveYes, expectProtectionCarried } from '../kit/rules-checks';

/** A person who chooses to return, is stranded, has a valid passport and nothing else applies. */
const base: Answers = plain;
const with_ = (change: Partial<Answers>): Answers => ({ ...base, ...change });

describe('questions', () => {
  it('asks the seven items of the issue in order, with their answer ids', () => {
    expect(questions.map((q) => q.id).join(' ')).toBe(
      'voluntary situation child-alone exploited health documents fear',
    );
    expect(questions[1].answers.join(' ')).toBe(
      'stranded no-status regular asylum-pending asylum-refused other',
    );
  });
});

describe('outcome', () => {
  it('lists the five outcomes in precedence order', () => {
    expect(outcomes).toEqual([
      'not-voluntary',
      'protection-first',
      'specific-procedure',
      'talk-to-counsellor',
      'likely-eligible',
    ]);
  });

  it('is likely-eligible when nothing else holds', () => {
    expect(outcome(base)).toBe('likely-eligible');
  });

  it.each(['stranded', 'no-status', 'regular', 'asylum-pending', 'asylum-refused'] as const)(
    'is likely-eligible for a %s person who chooses to return and has no other concern',
    (situation) => {
      expect(outcome(with_({ situation }))).toBe('likely-eligible');
    },
  );

  it('stays likely-eligible when the sensitive items are skipped or documents are missing', () => {
    expect(
      outcome(with_({ exploited: 'skip', health: 'skip', fear: 'skip', documents: 'none' })),
    ).toBe('likely-eligible');
  });

  it('is not-voluntary when the person does not choose to return', () => {
    expect(outcome(with_({ voluntary: 'no' }))).toBe('not-voluntary');
  });

  it('is protection-first when the person fears harm on return', () => {
    expect(outcome(with_({ fear: 'yes' }))).toBe('protection-first');
  });

  it.each([
    ['child-alone', { 'child-alone': 'yes' }],
    ['exploited', { exploited: 'yes' }],
    ['health', { health: 'yes' }],
  ] as const)('is specific-procedure when %s is yes', (_, change) => {
    expect(outcome(with_(change))).toBe('specific-procedure');
  });

  it('is talk-to-counsellor when the person is unsure', () => {
    expect(outcome(with_({ voluntary: 'unsure' }))).toBe('talk-to-counsellor');
  });

  it('is talk-to-counsellor when the situation is other', () => {
    expect(outcome(with_({ situation: 'other' }))).toBe('talk-to-counsellor');
  });
});

describe('precedence', () => {
  it('puts not-voluntary before every other outcome', () => {
    const all = with_({ ...everySensitiveYes, voluntary: 'no', situation: 'other' });
    expect(outcome(all)).toBe('not-voluntary');
  });

  it('puts protection-first before a specific procedure, and still notes the procedure', () => {
    const a = with_({ fear: 'yes', health: 'yes' });
    expect(outcome(a)).toBe('protection-first');
    expect(notes(a)).toContain('health-procedure');
  });

  it('puts protection-first before talk-to-counsellor', () => {
    expect(outcome(with_({ fear: 'yes', voluntary: 'unsure' }))).toBe('protection-first');
    expect(outcome(with_({ fear: 'yes', situation: 'other' }))).toBe('protection-first');
  });

  it('puts specific-procedure before talk-to-counsellor', () => {
    expect(outcome(with_({ exploited: 'yes', voluntary: 'unsure' }))).toBe('specific-procedure');
    expect(outcome(with_({ 'child-alone': 'yes', situation: 'other' }))).toBe('specific-procedure');
  });

  it('gives exactly one outcome for every possible set of answers', () => {
    // Walk every combination (3 × 6 × 2 × 3 × 3 × 3 × 3 = 2,916) and check each against the rules as written in the issue.
    let count = 0;
    const walk = (i: number, partial: Partial<Answers>) => {
      if (i === questions.length) {
        const a = partial as Answers;
        const expected =
          a.voluntary === 'no'
            ? 'not-voluntary'
            : a.fear === 'yes'
              ? 'protection-first'
              : a['child-alone'] === 'yes' || a.exploited === 'yes' || a.health === 'yes'
                ? 'specific-procedure'
                : a.voluntary === 'unsure' || a.situation === 'other'
                  ? 'talk-to-counsellor'
                  : 'likely-eligible';
        expect(outcome(a)).toBe(expected);
        count++;
        return;
      }
      const q = questions[i];
      for (const answer of q.answers) walk(i + 1, { ...partial, [q.id]: answer });
    };
    walk(0, {});
    expect(count).toBe(2916);
  });
});

describe('notes', () => {
  it('notes nothing of its own for the plain profile, while three notes are always shown', () => {
    expect(notes(base)).toEqual([]);
    expect(alwaysNotes).toEqual(['stages', 'safety-pause', 'host-conditions']);
  });

  it('notes asylum-withdraw only while an asylum claim is pending', () => {
    expect(notes(with_({ situation: 'asylum-pending' }))).toEqual(['asylum-withdraw']);
    expect(notes(with_({ situation: 'asylum-refused' }))).not.toContain('asylum-withdraw');
  });

  it('notes documents-help when the passport or identity card is expired or missing', () => {
    expect(notes(with_({ documents: 'expired' }))).toEqual(['documents-help']);
    expect(notes(with_({ documents: 'none' }))).toEqual(['documents-help']);
    expect(notes(with_({ documents: 'valid' }))).toEqual([]);
  });

  it('notes each procedure exactly when its answer is yes, not when skipped', () => {
    expect(notes(with_({ 'child-alone': 'yes' }))).toEqual(['protection', 'child-procedure']);
    expect(notes(with_({ exploited: 'yes' }))).toEqual(['protection', 'trafficking-procedure']);
    expect(notes(with_({ health: 'yes' }))).toEqual(['health-procedure']);
    expect(notes(with_({ exploited: 'skip', health: 'skip' }))).toEqual([]);
  });

  it('keeps its notes when the outcome is not-voluntary', () => {
    const a = with_({
      voluntary: 'no',
      situation: 'asylum-pending',
      documents: 'none',
      exploited: 'yes',
    });
    expect(notes(a)).toEqual([
      'protection',
      'asylum-withdraw',
      'documents-help',
      'trafficking-procedure',
    ]);
  });

  it('lists every procedure that applies, in the order of the items', () => {
    const a = with_({ 'child-alone': 'yes', exploited: 'yes', health: 'yes' });
    expect(procedures(a)).toEqual(['child-procedure', 'trafficking-procedure', 'health-procedure']);
  });
});

describe('what to prepare', () => {
  it('always asks for identity papers', () => {
    expect(prepare(base)).toEqual(['identity']);
    expect(prepare(with_({ voluntary: 'no' }))).toEqual(['identity']);
  });

  it('asks for asylum papers when a claim is pending or was refused', () => {
    expect(prepare(with_({ situation: 'asylum-pending' }))).toEqual(['identity', 'asylum-papers']);
    expect(prepare(with_({ situation: 'asylum-refused' }))).toEqual(['identity', 'asylum-papers']);
    expect(prepare(with_({ situation: 'regular' }))).toEqual(['identity']);
  });

  it('asks for medical records when health is yes and for the guardian when a child is alone', () => {
    expect(prepare(with_({ health: 'yes' }))).toEqual(['identity', 'medical-records']);
    expect(prepare(with_({ health: 'skip' }))).toEqual(['identity']);
    expect(prepare(with_({ 'child-alone': 'yes' }))).toEqual(['identity', 'guardian']);
  });

  it('combines every item that applies', () => {
    const a = with_({ situation: 'asylum-refused', health: 'yes', 'child-alone': 'yes' });
    expect(prepare(a)).toEqual(['identity', 'asylum-papers', 'medical-records', 'guardian']);
  });
});

describe('evaluate', () => {
  it('gathers outcome, procedures, notes and the prepare list', () => {
    const a = with_({
      fear: 'yes',
      health: 'yes',
      documents: 'expired',
      situation: 'asylum-pending',
    });
    expect(evaluate(a)).toEqual({
      outcome: 'protection-first',
      procedures: ['health-procedure'],
      notes: ['protection', 'asylum-withdraw', 'documents-help', 'health-procedure'],
      prepare: ['identity', 'asylum-papers', 'medical-records'],
      safeguards: { protection: ['protection'], 'asylum-withdraw': ['legal-advice'] },
    });
  });
});

describe('safeguarding notes, for every combination of answers (issue 14)', () => {
  const all = everyAnswerSet<Answers>(questions);

  it('goes through all 2,916 combinations', () => {
    expect(all).toHaveLength(2916);
  });

  it('shows protection whenever fear, exploitation or a child alone is yes, on every outcome', () => {
    for (const a of all) {
      const needs = a.fear === 'yes' || a.exploited === 'yes' || a['child-alone'] === 'yes';
      expect(evaluate(a).notes.includes('protection'), JSON.stringify(a)).toBe(needs);
    }
    const outcomesWithProtection = new Set(
      all.filter((a) => evaluate(a).notes.includes('protection')).map((a) => outcome(a)),
    );
    expect([...outcomesWithProtection].sort()).toEqual(
      [...outcomes].filter((o) => o !== 'likely-eligible' && o !== 'talk-to-counsellor').sort(),
    );
  });

  it('shows asylum-refused whenever the claim was refused, on every outcome it can have', () => {
    const reached = new Set<string>();
    for (const a of all) {
      const shown = evaluate(a).notes.includes('asylum-refused');
      expect(shown, JSON.stringify(a)).toBe(a.situation === 'asylum-refused');
      if (shown) reached.add(outcome(a));
    }
    expect([...reached].sort()).toEqual([...outcomes].sort());
  });

  it('carries the message of each subject answered yes inside the protection note', () => {
    expectProtectionCarried(all, (a) => evaluate(a).safeguards.protection);
  });

  it('gives legal advice wherever withdrawal or travel papers come up, and appeals after a refusal', () => {
    for (const a of all) {
      const { notes: shown, safeguards } = evaluate(a);
      const legal = Object.values(safeguards)
        .flat()
        .filter((id) => id === 'legal-advice');
      const raised = shown.includes('asylum-withdraw') || shown.includes('documents-help');
      expect(legal.length, JSON.stringify(a)).toBe(raised ? 1 : 0);
      expect(safeguards['asylum-refused'] ?? [], JSON.stringify(a)).toEqual(
        a.situation === 'asylum-refused' ? ['appeal'] : [],
      );
    }
  });
});
