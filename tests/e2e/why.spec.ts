import { test, expect, type Locator, type Page } from '@playwright/test';
import { interfaceStrings } from '../../src/site/content-files';
import { answerAll } from './tool-runs';
import { references } from '../../src/site/references';
import { questions as explorerQuestions } from '../../src/widgets/Explorer/questions';
import { explore, sensitiveNotes as explorerSensitive } from '../../src/widgets/Explorer/rules';
import { sources as explorerSources } from '../../src/widgets/Explorer/sources';
import { questions as checklistQuestions } from '../../src/widgets/Eligibility/questions';
import {
  evaluate,
  alwaysNotes,
  sensitiveNotes as checklistSensitive,
} from '../../src/widgets/Eligibility/rules';
import { sources as checklistSources } from '../../src/widgets/Eligibility/sources';

/**
 * "A reason for every answer" (issue 18, part 3): on one full run of each tool, every outcome
 * and note shown carries a "Why?" (`data-why` = its id, `data-source` = a reference id), on the
 * result and in the counsellor's summary; opening one shows the publication and the date.
 * Each run shows as many notes as one set of answers can.
 */

type Lang = 'fr' | 'ar';
const strings = { fr: interfaceStrings('fr'), ar: interfaceStrings('ar') };
const tags = { fr: 'fr', ar: 'ar' };

/** The "Why?" disclosures in `scope`, inside or outside the counsellor's summary. */
const whys = (scope: Locator, inSummary: boolean) =>
  scope
    .locator('[data-why]')
    .evaluateAll(
      (elements, summary) =>
        elements
          .filter((e) => !!e.closest('[data-why-summary]') === summary)
          .map((e) => [e.getAttribute('data-why'), e.getAttribute('data-source')] as const),
      inSummary,
    );

/** Each id with the reference its source record names, sorted. */
const expected = (ids: readonly string[], sources: Record<string, { reference: string | null }>) =>
  [...new Set(ids)].map((id) => [id, sources[id]!.reference] as const).sort();

/** Opens one "Why?" and checks that it shows the publication's title and the checked date. */
async function opensWithTitleAndDate(
  page: Page,
  why: Locator,
  lang: Lang,
  id: string,
  sources: Record<string, { reference: string | null; checked: string }>,
) {
  const source = sources[id]!;
  await why.locator('summary').click();
  await expect(why).toHaveAttribute('open', '');
  await expect(why).toContainText(references[source.reference as keyof typeof references].title);
  const date = await page.evaluate(
    ([tag, day]) =>
      new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(`${day}T00:00:00Z`),
      ),
    [tags[lang], source.checked] as const,
  );
  await expect(why).toContainText(date);
}

const explorerRun = {
  wish: 'return',
  status: 'asylum-pending',
  fear: 'yes',
  'family-abroad': 'yes',
  'offer-abroad': 'yes',
  'child-alone': 'yes',
  health: 'yes',
  exploited: 'yes',
  documents: 'none',
} as const;

const checklistRun = {
  voluntary: 'yes',
  situation: 'asylum-pending',
  'child-alone': 'yes',
  exploited: 'yes',
  health: 'yes',
  documents: 'none',
  fear: 'no',
} as const;

const known = Object.keys(references);

for (const lang of ['fr', 'ar'] as const) {
  test(`explorer (${lang}): each option and note of the result and of the summary has a "Why?" with its source`, async ({
    page,
  }) => {
    await page.goto(`/${lang}/outils/explorateur/`);
    const widget = await answerAll(page, 'explorer', explorerQuestions, explorerRun);
    const result = explore(explorerRun);
    const shown = [...result.notes, ...result.cards.flatMap((c) => [c.option, ...c.notes])];
    const all = expected(shown, explorerSources);

    // The source records load with the first result: wait for them.
    await expect.poll(async () => [...(await whys(widget, false))].sort()).toEqual(all);
    const onResult = await whys(widget, false);
    for (const [, source] of onResult) expect(known).toContain(source);
    const child = widget.locator('[data-note="avrr-child"] [data-why="avrr-child"]');
    await expect(child.locator('summary')).toHaveText(strings[lang]['why.label']!);
    await opensWithTitleAndDate(page, child, lang, 'avrr-child', explorerSources);

    // The summary leaves the sensitive notes out until the person ticks the box.
    const told = shown.filter((id) => !(explorerSensitive as readonly string[]).includes(id));
    await expect
      .poll(async () => [...(await whys(widget, true))].sort())
      .toEqual(expected(told, explorerSources));
    await widget.getByLabel(strings[lang]['explorer.includeSensitive']!).check();
    await expect.poll(async () => [...(await whys(widget, true))].sort()).toEqual(all);
    const inSummary = widget.locator('[data-why-summary] [data-why="third-family"]');
    await opensWithTitleAndDate(page, inSummary, lang, 'third-family', explorerSources);
  });

  test(`checklist (${lang}): the outcome and each note of the result and of the counsellor summary have a "Why?" with its source`, async ({
    page,
  }) => {
    await page.goto(`/${lang}/outils/eligibilite-avrr/`);
    const widget = await answerAll(page, 'eligibility', checklistQuestions, checklistRun);
    const result = evaluate(checklistRun);
    const shown = [result.outcome, ...result.notes, ...alwaysNotes];
    const all = expected(shown, checklistSources);

    // The source records load with the first result: wait for them.
    await expect.poll(async () => [...(await whys(widget, false))].sort()).toEqual(all);
    const onResult = await whys(widget, false);
    for (const [, source] of onResult) expect(known).toContain(source);
    const outcome = widget.locator(`[data-why="${result.outcome}"]`);
    await opensWithTitleAndDate(page, outcome, lang, result.outcome, checklistSources);

    await widget
      .getByRole('button', { name: strings[lang]['eligibility.ui.showCounsellor'] })
      .click();
    // The outcome's "Why?" follows the outcome; sensitive notes wait for the person's tick.
    const told = shown.filter((id) => !(checklistSensitive as readonly string[]).includes(id));
    await expect
      .poll(async () => [...(await whys(widget, false)), ...(await whys(widget, true))].sort())
      .toEqual(expected([result.outcome, ...told], checklistSources));
    await widget.getByLabel(strings[lang]['eligibility.ui.includeSensitive']!).check();
    await expect
      .poll(async () => [...(await whys(widget, false)), ...(await whys(widget, true))].sort())
      .toEqual(all);
    const stages = widget.locator('[data-why-summary] [data-why="stages"]');
    await opensWithTitleAndDate(page, stages, lang, 'stages', checklistSources);
  });
}
