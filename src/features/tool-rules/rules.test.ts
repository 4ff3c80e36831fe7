import { describe, expect, it } from 'vitest';
import fr from '../../../content/i18n/fr.json';
import * as explorer from '../../widgets/Explorer/rules';
import { sources as explorerSources } from '../../widgets/Explorer/sources';
import * as eligibility from '../../widgets/Eligibility/rules';
import { sources as eligibilitySources } from '../../widgets/Eligibility/sources';
import { references } from '../../site/references';
import { toolRules } from './rules';

const byTool = Object.fromEntries(toolRules.map((t) => [t.tool, t.rules]));

describe('the trainers’ page of the tools’ rules', () => {
  it('lists exactly the explorer’s options and notes, in the order of its code', () => {
    expect(byTool.explorer!.map((r) => r.id)).toEqual([
      ...explorer.options,
      ...explorer.globalNotes,
      ...explorer.cardNotes,
    ]);
  });

  it('lists exactly the checklist’s outcomes and notes, in the order of its code', () => {
    expect(byTool.eligibility!.map((r) => r.id)).toEqual([
      ...eligibility.outcomes,
      ...eligibility.answerNotes,
      ...eligibility.alwaysNotes,
    ]);
  });

  it('gives each rule the source record of its tool, with the title of the publication it names', () => {
    const check = (rule: (typeof toolRules)[number]['rules'][number], source: object) => {
      expect(rule.source).toMatchObject(source);
      expect(rule.source.title).toBe(
        rule.source.reference ? references[rule.source.reference].title : undefined,
      );
    };
    for (const rule of byTool.explorer!) {
      check(rule, explorerSources[rule.id as keyof typeof explorerSources]);
    }
    for (const rule of byTool.eligibility!) {
      check(rule, eligibilitySources[rule.id as keyof typeof eligibilitySources]);
    }
  });

  it('says each rule with interface strings that exist', () => {
    const missing = toolRules
      .flatMap((t) => t.rules.flatMap((r) => r.keys))
      .filter((key) => !(key in fr));
    expect(missing).toEqual([]);
  });
});
