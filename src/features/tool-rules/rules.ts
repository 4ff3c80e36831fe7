/**
 * The trainers' page of the tools' rules, as data: every outcome and note of both tools, in the
 * order the tools define them, with the strings that say it and its source record. Built from
 * the rules' own id lists and the tools' `sources.ts` (through the records their "Why?" shows), so the page cannot drift from the tools.
 */
import { camel } from '../../site/camel';
import { whyData, type WhyRecord } from '../../widgets/kit/why-data';
import * as explorer from '../../widgets/Explorer/rules';
import * as eligibility from '../../widgets/Eligibility/rules';

const explorerSources = whyData.explorer;
const eligibilitySources = whyData.eligibility;

export interface Rule {
  id: string;
  kind: 'outcome' | 'note';
  /** The interface strings that say the rule, in order: the tool's own text for it. */
  keys: string[];
  /** What the tool's "Why?" shows for it. */
  source: WhyRecord;
}

export interface ToolRules {
  /** Also the section's id on the page. */
  tool: 'explorer' | 'eligibility';
  /** The tool's page, relative to the language's root. */
  page: string;
  rules: Rule[];
}

/** A note that only carries the appeal message shows that message's words. */
const appeal = ['safeguard.appeal.title', 'safeguard.appeal.body'];

const explorerRules: Rule[] = [
  ...explorer.options.map((id) => ({
    id,
    kind: 'outcome' as const,
    keys: [`explorer.option.${camel(id)}.title`, `explorer.option.${camel(id)}.opens`],
    source: explorerSources[id],
  })),
  ...[...explorer.globalNotes, ...explorer.cardNotes].map((id) => ({
    id,
    kind: 'note' as const,
    keys:
      id === 'protection'
        ? ['explorer.note.protectionTitle', 'explorer.note.protection']
        : id === 'integration-appeal'
          ? appeal
          : [`explorer.note.${camel(id)}`],
    source: explorerSources[id],
  })),
];

const eligibilityRules: Rule[] = [
  ...eligibility.outcomes.map((id) => ({
    id,
    kind: 'outcome' as const,
    keys: [`eligibility.outcome.${camel(id)}.title`, `eligibility.outcome.${camel(id)}.body`],
    source: eligibilitySources[id],
  })),
  ...[...eligibility.answerNotes, ...eligibility.alwaysNotes].map((id) => ({
    id,
    kind: 'note' as const,
    keys:
      id === 'protection'
        ? ['eligibility.note.protection.title']
        : id === 'asylum-refused'
          ? appeal
          : id === 'stages'
            ? ['title', 'body', 'before', 'travel', 'after'].map(
                (p) => `eligibility.note.stages.${p}`,
              )
            : [`eligibility.note.${camel(id)}.title`, `eligibility.note.${camel(id)}.body`],
    source: eligibilitySources[id],
  })),
];

export const toolRules: ToolRules[] = [
  { tool: 'explorer', page: 'outils/explorateur/', rules: explorerRules },
  { tool: 'eligibility', page: 'outils/eligibilite-avrr/', rules: eligibilityRules },
];
