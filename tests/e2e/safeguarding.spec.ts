import { test, expect } from '@playwright/test';
import { interfaceStrings } from '../../src/site/content-files';
import { answerAll } from './tool-runs';
import { questions as checklistQuestions } from '../../src/widgets/Eligibility/questions';
import { questions as explorerQuestions } from '../../src/widgets/Explorer/questions';
import { sensitiveQuestions } from '../../src/widgets/Eligibility/rules';
import { noConcerns } from '../../src/widgets/Explorer/examples';

/**
 * The safeguarding rules in the two tools (issue 14): protection and appeal messages on every
 * outcome, and sensitive answers left off paper and off the counsellor's screen unless asked.
 */

const strings = { fr: interfaceStrings('fr'), ar: interfaceStrings('ar') };

/** Not voluntary, afraid, refused: the hardest case the issue names. */
const refusedAndAfraid = {
  voluntary: 'no',
  situation: 'asylum-refused',
  'child-alone': 'no',
  exploited: 'no',
  health: 'no',
  documents: 'valid',
  fear: 'yes',
};

for (const lang of ['fr', 'ar'] as const) {
  test(`checklist (${lang}): "return is not my choice", fear and a refused claim show protection and appeal messages`, async ({
    page,
  }) => {
    await page.goto(`/${lang}/outils/eligibilite-avrr/`);
    const widget = await answerAll(page, 'eligibility', checklistQuestions, refusedAndAfraid);
    await expect(widget.locator('[data-outcome]').first()).toHaveAttribute(
      'data-outcome',
      'not-voluntary',
    );
    const protection = widget.locator('[data-note="protection"] [data-safeguard="protection"]');
    await expect(protection).toBeVisible();
    await expect(protection).toContainText(strings[lang]['safeguard.protection.body']!);
    const appeal = widget.locator('[data-note="asylum-refused"] [data-safeguard="appeal"]');
    await expect(appeal).toBeVisible();
    await expect(appeal).toContainText(strings[lang]['safeguard.appeal.body']!);
    // Confidentiality is explained with its limits, never promised.
    await expect(widget.locator('[data-safeguard="confidentiality"]')).toBeVisible();
  });

  test(`explorer (${lang}): fear and a refused claim show protection, the appeal note and protection on the third-country card`, async ({
    page,
  }) => {
    await page.goto(`/${lang}/outils/explorateur/`);
    const widget = await answerAll(page, 'explorer', explorerQuestions, {
      wish: 'return',
      status: 'asylum-refused',
      ...noConcerns,
      fear: 'yes',
    });
    await expect(
      widget.locator('[data-note="protection"] [data-safeguard="protection"]'),
    ).toContainText(strings[lang]['safeguard.protection.body']!);
    await expect(
      widget.locator(
        '[data-option="integration"] [data-note="integration-appeal"] [data-safeguard="appeal"]',
      ),
    ).toBeVisible();
    await expect(
      widget.locator('[data-option="third-country"] [data-note="third-protection"]'),
    ).toContainText(strings[lang]['explorer.note.thirdProtection']!);
  });
}

test('checklist: printing the result leaves sensitive answers and their notes off the paper unless the person asks', async ({
  page,
}) => {
  await page.goto('/fr/outils/eligibilite-avrr/');
  const widget = await answerAll(page, 'eligibility', checklistQuestions, {
    ...refusedAndAfraid,
    voluntary: 'yes',
    health: 'yes',
  });
  const answers = widget.locator('.eligibility-answers > div');
  const sensitiveRows = widget.locator('.eligibility-answers > [data-sensitive]');
  await expect(sensitiveRows).toHaveCount(sensitiveQuestions.length);
  // On the person's own screen, everything shows.
  await expect(sensitiveRows.first()).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(sensitiveRows.first()).toBeHidden();
  await expect(widget.locator('[data-note="protection"]')).toBeHidden();
  // The outcome itself ("talk about your protection first") would tell the fear.
  await expect(widget.locator('[data-outcome="protection-first"]')).toBeHidden();
  // The outcome itself ("talk about your protection first") would tell the fear.
  await expect(widget.locator('[data-outcome="protection-first"]')).toBeHidden();
  await expect(widget.getByText(strings.fr['eligibility.ui.sensitiveHidden']!)).toBeVisible();
  const printed = await answers.evaluateAll(
    (rows) => rows.filter((r) => r.checkVisibility()).length,
  );
  expect(printed).toBe(checklistQuestions.length - sensitiveQuestions.length);

  await page.emulateMedia({ media: 'screen' });
  await widget.getByLabel(strings.fr['eligibility.ui.includeSensitive']!).check();
  await page.emulateMedia({ media: 'print' });
  await expect(sensitiveRows.first()).toBeVisible();
  await expect(widget.locator('[data-note="protection"]')).toBeVisible();
});

test('checklist: the counsellor summary shows no sensitive answer until the person ticks the box', async ({
  page,
}) => {
  await page.goto('/ar/outils/eligibilite-avrr/');
  const widget = await answerAll(page, 'eligibility', checklistQuestions, {
    ...refusedAndAfraid,
    voluntary: 'yes',
    'child-alone': 'yes',
  });
  await widget.getByRole('button', { name: strings.ar['eligibility.ui.showCounsellor'] }).click();
  const summary = widget.locator('.eligibility-counsellor');
  await expect(summary.getByText(strings.ar['eligibility.q.fear.short']!)).toHaveCount(0);
  await expect(summary.locator('[data-outcome]')).toBeHidden();
  await expect(summary.locator('[data-outcome]')).toBeHidden();
  await expect(summary.getByText(strings.ar['eligibility.ui.sensitiveHidden']!)).toBeVisible();
  await expect(summary.locator('[data-prepare="guardian"]')).toBeHidden();

  await summary.getByLabel(strings.ar['eligibility.ui.includeSensitive']!).check();
  await expect(summary.getByText(strings.ar['eligibility.q.fear.short']!)).toBeVisible();
  await expect(summary.locator('[data-outcome]')).toBeVisible();
  await expect(summary.locator('[data-outcome]')).toBeVisible();
  await expect(summary.locator('[data-prepare="guardian"]')).toBeVisible();
});

test('explorer: printing the result leaves sensitive answers off the paper unless the person asks', async ({
  page,
}) => {
  await page.goto('/fr/outils/explorateur/');
  const widget = await answerAll(page, 'explorer', explorerQuestions, {
    wish: 'stay',
    status: 'asylum-pending',
    fear: 'yes',
    'family-abroad': 'no',
    'offer-abroad': 'no',
    'child-alone': 'no',
    health: 'yes',
    exploited: 'yes',
    documents: 'valid',
  });
  const fearRow = widget.locator('.explorer-summary > [data-sensitive]').first();
  await expect(fearRow).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(fearRow).toBeHidden();
  await expect(widget.locator('[data-note="protection"]')).toBeHidden();
  await expect(widget.getByText(strings.fr['explorer.sensitiveHidden']!)).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await widget.getByLabel(strings.fr['explorer.includeSensitive']!).check();
  await page.emulateMedia({ media: 'print' });
  await expect(fearRow).toBeVisible();
});
