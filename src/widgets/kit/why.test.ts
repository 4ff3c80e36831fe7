import { describe, expect, it } from 'vitest';
import { references } from '../../site/references';
import { everyAnswerSet } from '../every-answer-set';
import * as explorer from '../Explorer/rules';
import {
  questions as explorerQuestions,
  type Answers as ExplorerAnswers,
} from '../Explorer/questions';
import { sources as explorerSources } from '../Explorer/sources';
import * as eligibility from '../Eligibility/rules';
import {
  questions as eligibilityQuestions,
  type Answers as EligibilityAnswers,
} from '../Eligibility/questions';
import { sources as eligibilitySources } from '../Eligibility/sources';
import { checkedDate, firstSentence, type Source } from './why';
import { whyData } from './why-data';

/** Each tool's rules as its code lists them, and what every answer set can show. */
const tools = [
  {
    name: 'explorer',
    ids: [...explorer.options, ...explorer.globalNotes, ...explorer.cardNotes] as string[],
    sources: explorerSources as Record<string, Source>,
    shown: () =>
      everyAnswerSet<ExplorerAnswers>(explorerQuestions).flatMap((a) => {
        const result = explorer.explore(a);
        return [...result.notes, ...result.cards.flatMap((c) => [c.option, ...c.notes])];
      }),
  },
  {
    name: 'checklist',
    ids: [
      ...eligibility.outcomes,
      ...eligibility.answerNotes,
      ...eligibility.alwaysNotes,
    ] as string[],
    sources: eligibilitySources as Record<string, Source>,
    shown: () =>
      everyAnswerSet<EligibilityAnswers>(eligibilityQuestions).flatMap((a) => {
        const result = eligibility.evaluate(a);
        return [result.outcome, ...result.notes, ...eligibility.alwaysNotes];
      }),
  },
];

const today = new Date().toISOString().slice(0, 10);

for (const tool of tools) {
  describe(`${tool.name}: a reason for every answer`, () => {
    it('lists in its code every outcome and note that some set of answers shows', () => {
      expect([...new Set(tool.shown())].sort()).toEqual([...tool.ids].sort());
    });

    it('has one source record per outcome and note, and none for a rule that does not exist', () => {
      expect(Object.keys(tool.sources).sort()).toEqual([...tool.ids].sort());
    });

    it.each(tool.ids)('rests %s on an entry of the references list', (id) => {
      const source = tool.sources[id]!;
      expect(
        Object.keys(references),
        `${tool.name} "${id}" (${source.where}) names no known source`,
      ).toContain(source.reference);
    });

    it.each(tool.ids)(
      'says where in the source %s is, and when it was checked (a real day, not in the future)',
      (id) => {
        const { where, checked } = tool.sources[id]!;
        expect(where.trim()).not.toBe('');
        expect(checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        // A day that does not exist (2026-02-30) comes back as another day.
        expect(new Date(`${checked}T00:00:00Z`).toISOString().slice(0, 10)).toBe(checked);
        expect(checked <= today).toBe(true);
      },
    );
  });
}

describe('the "Why?" records', () => {
  it('mark each title French when its publisher is named in French (OIM), English otherwise', () => {
    for (const record of [
      ...Object.values(whyData.explorer),
      ...Object.values(whyData.eligibility),
    ]) {
      const { publisher } = references[record.reference];
      expect(record.titleLang, record.title).toBe(publisher === 'OIM' ? 'fr' : 'en');
    }
  });
});

describe('the "Why?" text helpers', () => {
  it('write the checked day in the page’s language', () => {
    expect(checkedDate('2026-12-01', 'fr')).toBe('1 décembre 2026');
    expect(checkedDate('2026-12-01', 'en')).toBe('December 1, 2026');
  });

  it('name a note in the summary by its first sentence, in every script', () => {
    expect(firstSentence('Votre peur compte. Elle doit être examinée.')).toBe('Votre peur compte.');
    expect(firstSentence('ውጤት ነው። ሁለተኛ።')).toBe('ውጤት ነው።');
    expect(firstSentence('এটি প্রথম। এটি দ্বিতীয়।')).toBe('এটি প্রথম।');
    expect(firstSentence('Sans point final')).toBe('Sans point final');
  });
});
