import { test, expect, type Page } from '@playwright/test';
import { interfaceStrings } from '../../src/site/content-files';
import { axeViolations } from './accessibility';
import { questions, type Answers, type QuestionId } from '../../src/widgets/Explorer/questions';
import { explore } from '../../src/widgets/Explorer/rules';
import { noConcerns } from '../../src/widgets/Explorer/examples';
import { tabToFocus } from './tool-runs';

/**
 * The durable-solution option explorer (issue 5), driven through its public contract:
 * radio `name` = question id, `value` = answer id; cards `data-option`, `data-wish`; notes `data-note`.
 */

/** The questions in the order they are asked, as the explorer's own module lists them. */
const order = questions.map((q) => q.id);
type Profile = Record<QuestionId, string>;

/**
 * Every note id the explorer can show, from its rules: the notes of the results of every
 * possible set of answers (a few thousand, computed in a few milliseconds).
 */
const allNotes = (() => {
  let sets: Partial<Answers>[] = [{}];
  for (const { id, answers } of questions) {
    sets = sets.flatMap((set) => answers.map((answer) => ({ ...set, [id]: answer })));
  }
  const found = new Set<string>();
  for (const answers of sets as Answers[]) {
    const result = explore(answers);
    for (const id of [...result.notes, ...result.cards.flatMap((c) => c.notes)]) found.add(id);
  }
  return [...found];
})();

const widget = (page: Page) => page.locator('[data-widget="explorer"]');
const continueButton = (page: Page) => widget(page).locator('button[type="submit"]');
const heading = (page: Page) => widget(page).locator('#explorer-heading');

async function open(page: Page, lang: string) {
  await page.goto(`/${lang}/outils/explorateur/`);
  // Server-rendered, then hydrated: the controls are enabled once the island runs.
  await expect(page.locator('input[name="wish"]').first()).toBeEnabled();
}

/** "Question 1 of 9" in Arabic, with the digits the browser's `Intl.NumberFormat('ar')` uses. */
async function arabicProgress(page: Page, current: number) {
  const [c, t] = await page.evaluate(
    (n) => [n, 9].map((x) => new Intl.NumberFormat('ar').format(x)),
    current,
  );
  return `السؤال ${c} من ${t}`;
}

async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page, '[data-widget="explorer"]')).toEqual([]);
}

/** Answers every question in order; with `axe`, checks each step for violations first. */
async function run(page: Page, profile: Profile, { axe = false } = {}) {
  for (const question of order) {
    await expect(page.locator(`input[name="${question}"]`).first()).toBeVisible();
    if (axe) await expectNoAxeViolations(page);
    await page.locator(`input[name="${question}"][value="${profile[question]}"]`).check();
    await continueButton(page).click();
  }
  await expect(widget(page).locator('[data-option]')).toHaveCount(3);
}

async function expectResult(
  page: Page,
  cards: string[],
  wished: string | null,
  notes: Record<string, string[]>,
) {
  const options = widget(page).locator('[data-option]');
  await expect(options).toHaveCount(3);
  expect(
    await options.evaluateAll((els) => els.map((el) => el.getAttribute('data-option'))),
  ).toEqual(cards);
  const marked = widget(page).locator('[data-wish="true"]');
  if (wished) {
    await expect(marked).toHaveCount(1);
    await expect(options.first()).toHaveAttribute('data-wish', 'true');
    await expect(marked).toHaveAttribute('data-option', wished);
  } else {
    await expect(widget(page).locator('[data-wish]')).toHaveCount(0);
  }
  // Each expected note is in its place (`global` or the card), and no other note is rendered.
  const expected = Object.values(notes).flat();
  for (const [where, ids] of Object.entries(notes)) {
    const scope =
      where === 'global' ? widget(page) : widget(page).locator(`[data-option="${where}"]`);
    for (const id of ids) await expect(scope.locator(`[data-note="${id}"]`)).toHaveCount(1);
  }
  for (const id of allNotes.filter((n) => !expected.includes(n))) {
    await expect(widget(page).locator(`[data-note="${id}"]`)).toHaveCount(0);
  }
  expect(await widget(page).locator('[data-note]').count()).toBe(expected.length);
}

/**
 * A child alone with family and an offer abroad, exploited, papers expired, who wishes to go
 * elsewhere: answered with an accessibility check at every step, the third country comes first
 * with the protection, child and trafficking notes. The same run in Arabic, Amharic and Pashto.
 */
async function runChildAloneWithFamilyAbroad(page: Page) {
  await run(
    page,
    {
      wish: 'elsewhere',
      status: 'regular',
      fear: 'no',
      'family-abroad': 'yes',
      'offer-abroad': 'yes',
      'child-alone': 'yes',
      health: 'no',
      exploited: 'yes',
      documents: 'expired',
    },
    { axe: true },
  );
  await expectResult(page, ['third-country', 'avrr', 'integration'], 'third-country', {
    global: ['protection'],
    avrr: ['avrr-child', 'avrr-trafficking', 'avrr-documents'],
    integration: ['integration-documents', 'integration-regular'],
    'third-country': ['third-family', 'third-offer'],
  });
}

test.describe('the option explorer in French', () => {
  test('a person who wants to go home, with a pending claim, fear and a health need, sees return first with its warnings', async ({
    page,
  }) => {
    test.slow(); // an accessibility check at every step
    await open(page, 'fr');
    await run(
      page,
      {
        wish: 'return',
        status: 'asylum-pending',
        fear: 'yes',
        'family-abroad': 'no',
        'offer-abroad': 'no',
        'child-alone': 'no',
        health: 'yes',
        exploited: 'no',
        documents: 'none',
      },
      { axe: true },
    );
    await expectResult(page, ['avrr', 'integration', 'third-country'], 'avrr', {
      global: ['protection'],
      avrr: ['avrr-asylum-withdraw', 'avrr-safety', 'avrr-health', 'avrr-documents'],
      integration: ['integration-documents', 'integration-asylum'],
      'third-country': ['third-protection'],
    });
    await expect(heading(page)).toBeFocused();
    await expect(heading(page)).toHaveText('Vos trois options');
    const result = widget(page);
    await expect(result).toContainText('La décision vous appartient');
    await expect(result).toContainText('Parler avec un conseiller est gratuit');
    // Confidentiality comes with its limits, never as a promise.
    await expect(result).not.toContainText('gratuit et confidentiel');
    await expect(result.locator('[data-safeguard="confidentiality"]')).toBeVisible();
    await expect(result).toContainText('il ne décide pas');
    await expect(result.locator('[data-note="protection"]')).toContainText('HCR');
    await expect(
      result.locator('[data-option="avrr"] a[href="../../migrants/retour-aide/"]'),
    ).toHaveCount(1);
    await expect(
      result.locator('[data-option="integration"] a[href="../../migrants/rester-ici/"]'),
    ).toHaveCount(1);
    await expect(
      result.locator('[data-option="third-country"] a[href="../../migrants/autre-pays/"]'),
    ).toHaveCount(1);
    await expect(result.locator('a[href="../../migrants/preparer-rendez-vous/"]')).toHaveCount(3);
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page);
  });

  test('a person who is unsure and prefers not to say sees the default order, no wish and the unsure note', async ({
    page,
  }) => {
    await open(page, 'fr');
    await run(page, {
      wish: 'unsure',
      status: 'unknown',
      fear: 'skip',
      'family-abroad': 'no',
      'offer-abroad': 'no',
      'child-alone': 'no',
      health: 'skip',
      exploited: 'skip',
      documents: 'valid',
    });
    await expectResult(page, ['avrr', 'integration', 'third-country'], null, {
      global: ['unsure'],
      integration: ['integration-regularise'],
      'third-country': ['third-no-route'],
    });
  });

  test('a person who wants to stay, without papers, sees integration first', async ({ page }) => {
    await open(page, 'fr');
    await run(page, {
      wish: 'stay',
      status: 'no-status',
      fear: 'no',
      'family-abroad': 'no',
      'offer-abroad': 'yes',
      'child-alone': 'no',
      health: 'no',
      exploited: 'no',
      documents: 'expired',
    });
    await expectResult(page, ['integration', 'avrr', 'third-country'], 'integration', {
      avrr: ['avrr-documents'],
      integration: ['integration-documents', 'integration-regularise'],
      'third-country': ['third-offer'],
    });
  });

  test('an answer changed from the summary comes back preselected and returns straight to the result', async ({
    page,
  }) => {
    await open(page, 'fr');
    await run(page, {
      wish: 'unsure',
      status: 'asylum-refused',
      ...noConcerns,
    });
    const summary = widget(page).locator('.explorer-summary');
    await expect(summary.locator('dt')).toHaveCount(9);
    await expect(summary).toContainText('Je ne sais pas encore');
    await widget(page).getByRole('button', { name: 'Modifier Votre souhait' }).click();
    await expect(page.locator('input[name="wish"][value="unsure"]')).toBeChecked();
    await expect(heading(page)).toBeFocused();
    await page.locator('input[name="wish"][value="elsewhere"]').check();
    await continueButton(page).click();
    await expectResult(page, ['third-country', 'avrr', 'integration'], 'third-country', {
      integration: ['integration-appeal', 'integration-regularise'],
      'third-country': ['third-no-route'],
    });
    await expect(summary).toContainText('Aller légalement dans un autre pays');

    // Changing a later answer also returns to the result, with the new note.
    await widget(page)
      .getByRole('button', { name: 'Modifier Famille proche dans un autre pays' })
      .click();
    await expect(page.locator('input[name="family-abroad"][value="no"]')).toBeChecked();
    await page.locator('input[name="family-abroad"][value="yes"]').check();
    await continueButton(page).click();
    await expectResult(page, ['third-country', 'avrr', 'integration'], 'third-country', {
      integration: ['integration-appeal', 'integration-regularise'],
      'third-country': ['third-family'],
    });
  });

  test('start again clears every answer and goes back to question 1', async ({ page }) => {
    await open(page, 'fr');
    await run(page, {
      wish: 'return',
      status: 'regular',
      ...noConcerns,
    });
    await widget(page).getByRole('button', { name: 'Recommencer' }).click();
    await expect(heading(page)).toBeFocused();
    await expect(widget(page)).toContainText('Question 1 sur 9');
    await expect(page.locator('input[name="wish"]:checked')).toHaveCount(0);
    await page.locator('input[name="wish"][value="stay"]').check();
    await continueButton(page).click();
    await expect(page.locator('input[name="status"]:checked')).toHaveCount(0);
  });

  test('continuing without an answer shows an error linked to the question, and back keeps the answer', async ({
    page,
  }) => {
    await open(page, 'fr');
    await expect(widget(page)).toContainText('Question 1 sur 9');
    await expect(widget(page).getByRole('button', { name: 'Question précédente' })).toHaveCount(0);
    const url = page.url();
    await continueButton(page).click();
    const summary = widget(page).getByRole('alert');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Il y a un problème');
    await expect(widget(page).locator('fieldset')).toHaveAttribute(
      'aria-describedby',
      /explorer-error/,
    );
    await expect(page.locator('#explorer-error')).toContainText('Choisissez une réponse');
    await expectNoAxeViolations(page);
    await summary.getByRole('link').click();
    await expect(page.locator('input[name="wish"][value="return"]')).toBeFocused();
    expect(page.url()).toBe(url);

    await page.locator('input[name="wish"][value="elsewhere"]').check();
    await continueButton(page).click();
    await expect(widget(page).getByRole('alert')).toHaveCount(0);
    await expect(widget(page)).toContainText('Question 2 sur 9');
    await widget(page).getByRole('button', { name: 'Question précédente' }).click();
    await expect(heading(page)).toBeFocused();
    await expect(page.locator('input[name="wish"][value="elsewhere"]')).toBeChecked();
  });

  test('a keyboard-only run with Tab, Space and Enter reaches the result and starts again', async ({
    page,
  }) => {
    await open(page, 'fr');
    const active = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement | null;
        return el
          ? `${el.tagName.toLowerCase()}|${el.getAttribute('type') ?? ''}|${el.name ?? ''}|${el.value ?? ''}`
          : '';
      });
    const tabTo = async (match: (focused: string) => boolean, limit = 80) => {
      for (let i = 0; i < limit; i++) {
        if (match(await active())) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`focus never reached the target; last: ${await active()}`);
    };
    // Every first answer: return, regular, yes, yes, yes, yes, yes, yes, valid.
    for (const question of order) {
      await tabTo((f) => f.startsWith(`input|radio|${question}|`));
      await page.keyboard.press('Space');
      await expect(page.locator(`input[name="${question}"]`).first()).toBeChecked();
      await tabTo((f) => f.startsWith('button|submit'));
      await page.keyboard.press('Enter');
      await expect(heading(page)).toBeFocused();
    }
    await expectResult(page, ['avrr', 'integration', 'third-country'], 'avrr', {
      global: ['protection'],
      avrr: ['avrr-safety', 'avrr-child', 'avrr-health', 'avrr-trafficking'],
      integration: ['integration-regular'],
      'third-country': ['third-family', 'third-offer', 'third-protection'],
    });
    const restart = widget(page).getByRole('button', { name: 'Recommencer' });
    await tabToFocus(page, restart);
    await expect(restart).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(heading(page)).toBeFocused();
    await expect(page.locator('input[name="wish"]:checked')).toHaveCount(0);
  });

  test('a run leaves no storage, cookie, URL or history change and sends nothing to another host', async ({
    page,
  }) => {
    const hosts = new Set<string>();
    page.on('request', (request) => hosts.add(new URL(request.url()).host));
    await open(page, 'fr');
    const url = page.url();
    const historyLength = await page.evaluate(() => history.length);
    const title = await page.title();
    await run(page, {
      wish: 'elsewhere',
      status: 'no-status',
      fear: 'yes',
      'family-abroad': 'yes',
      'offer-abroad': 'no',
      'child-alone': 'yes',
      health: 'yes',
      exploited: 'yes',
      documents: 'none',
    });
    await widget(page).getByRole('button', { name: 'Modifier Votre souhait' }).click();
    await continueButton(page).click();
    expect(
      await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]),
    ).toEqual([0, 0, '']);
    expect(await page.evaluate(async () => (await indexedDB.databases()).length)).toBe(0);
    expect(page.url()).toBe(url);
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    expect(await page.title()).toBe(title);
    expect([...hosts]).toEqual([new URL(url).host]);

    // Reloading starts afresh.
    await page.reload();
    await expect(page.locator('input[name="wish"]').first()).toBeEnabled();
    await expect(page.locator('input:checked')).toHaveCount(0);
    await expect(widget(page).locator('[data-option]')).toHaveCount(0);
  });

  test('print calls the browser print and the print view shows only the result and the summary', async ({
    page,
  }) => {
    await open(page, 'fr');
    await run(page, {
      wish: 'return',
      status: 'regular',
      ...noConcerns,
    });
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed++;
      };
    });
    await widget(page).getByRole('button', { name: 'Imprimer' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.explorer-result')).toBeVisible();
    await expect(page.locator('.explorer-summary')).toBeVisible();
    await expect(page.locator('header').first()).toBeHidden();
    await expect(page.locator('h1')).toBeHidden();
    await expect(widget(page).getByRole('button', { name: 'Recommencer' })).toBeHidden();
  });

  test('the island is loaded on this page only', async ({ page, request }) => {
    await open(page, 'fr');
    const other = await (await request.get('/fr/glossaire/')).text();
    expect(other).not.toContain('data-widget="explorer"');
    expect(other).not.toMatch(/_astro\/Explorer\.[^"]*\.js/);
  });
});

test.describe('the option explorer in Arabic', () => {
  test('runs right to left with Arabic numbers and shows the third country first for a child alone with family abroad', async ({
    page,
  }) => {
    test.slow(); // an accessibility check at every step
    await open(page, 'ar');
    await expect(widget(page)).toHaveAttribute('dir', 'rtl');
    await expect(widget(page)).toHaveAttribute('lang', 'ar');
    await expect(widget(page)).toContainText(await arabicProgress(page, 1));
    await runChildAloneWithFamilyAbroad(page);
    await expect(heading(page)).toBeFocused();
    await expect(heading(page)).toHaveText('خياراتك الثلاثة');
    await expect(widget(page).locator('[data-option="third-country"]')).toContainText('ما تتمناه');
    await expectNoAxeViolations(page);
  });

  test('an unsure person staying without papers sees the default order and can change and start again', async ({
    page,
  }) => {
    await open(page, 'ar');
    await run(page, {
      wish: 'unsure',
      status: 'asylum-pending',
      fear: 'skip',
      'family-abroad': 'no',
      'offer-abroad': 'no',
      'child-alone': 'no',
      health: 'yes',
      exploited: 'no',
      documents: 'valid',
    });
    await expectResult(page, ['avrr', 'integration', 'third-country'], null, {
      global: ['unsure'],
      avrr: ['avrr-asylum-withdraw', 'avrr-health'],
      integration: ['integration-asylum'],
      'third-country': ['third-no-route'],
    });
    await widget(page).getByRole('button', { name: 'تغيير ما تتمناه' }).click();
    await expect(page.locator('input[name="wish"][value="unsure"]')).toBeChecked();
    await page.locator('input[name="wish"][value="stay"]').check();
    await continueButton(page).click();
    await expectResult(page, ['integration', 'avrr', 'third-country'], 'integration', {
      avrr: ['avrr-asylum-withdraw', 'avrr-health'],
      integration: ['integration-asylum'],
      'third-country': ['third-no-route'],
    });
    await widget(page).getByRole('button', { name: 'البدء من جديد' }).click();
    await expect(widget(page)).toContainText(await arabicProgress(page, 1));
    await expect(page.locator('input:checked')).toHaveCount(0);
  });

  test('a keyboard-only error and recovery works right to left', async ({ page }) => {
    await open(page, 'ar');
    await continueButton(page).focus();
    await page.keyboard.press('Enter');
    await expect(widget(page).getByRole('alert')).toBeFocused();
    await expect(widget(page).getByRole('alert')).toContainText('هناك مشكلة');
    await expectNoAxeViolations(page);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const [lang, title] of [
    ['fr', 'Les trois options'],
    ['ar', 'الخيارات الثلاثة'],
  ]) {
    test(`the ${lang} page shows the prose fallback and hides the disabled form`, async ({
      page,
    }) => {
      await page.goto(`/${lang}/outils/explorateur/`);
      await expect(page.locator('#options')).toBeVisible();
      await expect(page.locator('#options')).toHaveText(title);
      for (const id of ['retour', 'integration', 'pays-tiers', 'protection', 'a-retenir']) {
        await expect(page.locator(`#${id}`)).toBeVisible();
      }
      // The server-rendered first step is there but cannot be used without JavaScript.
      await expect(page.locator('input[name="wish"]')).toHaveCount(4);
      for (const input of await page.locator('input[name="wish"]').all())
        await expect(input).toBeDisabled();
      await expect(page.locator('input[name="wish"]').first()).toBeHidden();
      await expect(
        page.locator('.explorer-fallback a[href="../../migrants/retour-aide/"]'),
      ).toBeVisible();
    });
  }
});

/** A language's interface strings, as the explorer receives them. */

for (const [lang, dir] of [
  ['am', 'ltr'],
  ['ps', 'rtl'],
] as const) {
  test(`${lang}: a whole run in the language (${dir}), every step without an axe violation, shows the third country first for a child alone with family abroad`, async ({
    page,
  }) => {
    test.slow(); // an accessibility check at every step
    const strings = interfaceStrings(lang);
    await open(page, lang);
    await expect(widget(page)).toHaveAttribute('dir', dir);
    await expect(widget(page)).toHaveAttribute('lang', lang);
    await runChildAloneWithFamilyAbroad(page);
    await expect(heading(page)).toBeFocused();
    await expect(heading(page)).toHaveText(strings['explorer.result.title']!);
    await expect(widget(page).locator('[data-option="third-country"]')).toContainText(
      strings['explorer.wishBadge']!,
    );
    await expectNoAxeViolations(page);
  });
}
