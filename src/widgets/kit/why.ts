/**
 * "Why?": the source each rule of the tools rests on (issue 18, part 3). Each tool keeps a
 * record per outcome and note beside its rules (`sources.ts`), typed so that a rule without a
 * record is a type error; `why.test.ts` checks that each record names a known publication and
 * a real date. The interface says the rule was checked against the source on that date, never
 * that a person reviewed it.
 */
import type { ReferenceId } from '../../site/references';
import { longDate } from '../../site/locale';

/** A day, `YYYY-MM-DD`. */
export type Day = `${number}-${number}-${number}`;

export interface Source {
  /**
   * What the rule rests on (src/site/references.ts): a publication, or `protection-principles`
   * for a standard protection principle that the checked facts give without a publication.
   */
  reference: ReferenceId;
  /** The section of the seed document, or the FACTS.md entry, that says it. */
  where: string;
  /** When the rule was last checked against that source. */
  checked: Day;
}

/**
 * A checked date as the page's language writes it, as the provenance line does.
 *
 * @example checkedDate('2026-12-01', 'fr') // "1 décembre 2026"
 */
export const checkedDate = (day: Day, lang: string) => longDate(new Date(`${day}T00:00:00Z`), lang);

/**
 * The first sentence of a text, to name a note in a short list; the whole text if it has one.
 * Full stops of the site's scripts: Latin and Arabic `.`, `?`, `!`, `؟`, Ethiopic `።`, Bengali `।`.
 *
 * @example firstSentence('Votre peur compte. Elle doit être examinée.') // "Votre peur compte."
 */
export function firstSentence(text: string) {
  const match = /^.+?[.?!؟።।](?=\s|$)/u.exec(text);
  return match ? match[0] : text;
}

/** The `why.*` strings a tool's island needs: not the trainers' page's own (`why.rules.*`). */
export const isWhyKey = (key: string) => key.startsWith('why.') && !key.startsWith('why.rules.');
