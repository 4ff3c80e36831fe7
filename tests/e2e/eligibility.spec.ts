import { interfaceStrings } from '../../src/site/content-files';
import { test, expect, type Page } from '@playwright/test';
import { axeViolations } from './accessibility';
import { questions } from '../../src/widgets/Eligibility/questions';
import { alwaysNotes, sensitiveQuestions } from '../../src/widgets/Eligibility/rules';
import { plain } from '../../src/widgets/Eligibility/examples';
import { tabToFocus } from './tool-runs';

/** The AVRR eligibility checklist (issue 6), driven by its public contract: names, values, data-*. */

type Lang = 'fr' | 'ar';
const strings = { fr: interfaceStrings('fr'), ar: interfaceStrings('ar') };
const s = (lang: Lang, key: string) => strings[lang][`eligibility.${key}`];
/** The question step's own words, the same in both tools (`step.continue`). */
const step = (lang: Lang, key: string) => strings[lang][`step.${key}`];
/** Ids keep their hyphens (`child-alone`); string keys are camelCase (`childAlone`). */
const camel = (id: string) => id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

const url = (lang: Lang) => `/${lang}/outils/eligibilite-avrr/`;
/** The items in the order they are asked, and the notes every result shows: from the widget's modules. */
const order: string[] = questions.map((q) => q.id);
const always: string[] = [...alwaysNotes];

type Profile = Record<string, string>;

async function open(page: Page, lang: Lang) {
  await page.goto(url(lang));
  // The island hydrates, then enables its controls.
  await expect(page.locator('input[name="voluntary"]').first()).toBeEnabled();
}

async function answer(page: Page, lang: Lang, question: string, value: string) {
  await page.locator(`input[name="${question}"][value="${value}"]`).check();
  await page.getByRole('button', { name: step(lang, 'continue') }).click();
}

async function run(page: Page, lang: Lang, profile: Profile) {
  for (const question of order) await answer(page, lang, question, profile[question]);
  await expect(page.getByRole('heading', { name: s(lang, 'ui.resultHeading') })).toBeFocused();
}

const ids = (page: Page, attribute: string) =>
  page
    .locator(`[${attribute}]`)
    .evaluateAll(
      (elements, name) => elements.map((element) => element.getAttribute(name)),
      attribute,
    );

async function expectResult(
  page: Page,
  expected: { outcome: string; notes: string[]; prepare: string[] },
) {
  await expect(page.locator('[data-outcome]')).toHaveCount(1);
  await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', expected.outcome);
  expect((await ids(page, 'data-note')).sort()).toEqual([...expected.notes, ...always].sort());
  expect(await ids(page, 'data-prepare')).toEqual(expected.prepare);
}

const profiles: {
  name: string;
  lang: Lang;
  profile: Profile;
  outcome: string;
  notes: string[];
  prepare: string[];
}[] = [
  {
    name: 'a stranded person who chooses to return is likely eligible',
    lang: 'fr',
    profile: plain,
    outcome: 'likely-eligible',
    notes: [],
    prepare: ['identity'],
  },
  {
    name: 'a person who does not choose to return is sent to the other solutions, whatever else they answer',
    lang: 'ar',
    profile: { ...plain, voluntary: 'no', fear: 'yes', exploited: 'yes', documents: 'none' },
    outcome: 'not-voluntary',
    notes: ['protection', 'documents-help', 'trafficking-procedure'],
    prepare: ['identity'],
  },
  {
    name: 'fear comes before a specific procedure, which is still noted',
    lang: 'fr',
    profile: {
      ...plain,
      situation: 'asylum-pending',
      health: 'yes',
      documents: 'expired',
      fear: 'yes',
    },
    outcome: 'protection-first',
    notes: ['protection', 'asylum-withdraw', 'documents-help', 'health-procedure'],
    prepare: ['identity', 'asylum-papers', 'medical-records'],
  },
  {
    name: 'a child alone who was exploited gets a specific procedure with both procedures named',
    lang: 'ar',
    profile: {
      ...plain,
      situation: 'no-status',
      'child-alone': 'yes',
      exploited: 'yes',
      documents: 'none',
    },
    outcome: 'specific-procedure',
    notes: ['protection', 'documents-help', 'child-procedure', 'trafficking-procedure'],
    prepare: ['identity', 'guardian'],
  },
  {
    name: 'a specific procedure comes before being unsure',
    lang: 'fr',
    profile: { ...plain, voluntary: 'unsure', health: 'yes', exploited: 'skip' },
    outcome: 'specific-procedure',
    notes: ['health-procedure'],
    prepare: ['identity', 'medical-records'],
  },
  {
    name: 'an unsure person whose asylum claim was refused is sent to a counsellor',
    lang: 'fr',
    profile: { ...plain, voluntary: 'unsure', situation: 'asylum-refused' },
    outcome: 'talk-to-counsellor',
    notes: ['asylum-refused'],
    prepare: ['identity', 'asylum-papers'],
  },
  {
    name: 'another situation is sent to a counsellor',
    lang: 'ar',
    profile: { ...plain, situation: 'other', health: 'skip', fear: 'skip' },
    outcome: 'talk-to-counsellor',
    notes: [],
    prepare: ['identity'],
  },
];

for (const { name, lang, profile, outcome, notes, prepare } of profiles) {
  test(`${name} (${lang})`, async ({ page }) => {
    await open(page, lang);
    await run(page, lang, profile);
    await expectResult(page, { outcome, notes, prepare });
    // Every result says the decision is the person's own and that the tool does not decide.
    const result = page.locator('[data-widget="eligibility"]');
    for (const key of ['ui.yourChoice', 'ui.free', 'ui.informs']) {
      await expect(result.getByText(s(lang, key))).toBeVisible();
    }
  });
}

test('the specific procedure says which procedures apply, inside the outcome', async ({ page }) => {
  await open(page, 'fr');
  await run(page, 'fr', { ...plain, 'child-alone': 'yes', health: 'yes' });
  const outcome = page.locator('[data-outcome="specific-procedure"]');
  await expect(outcome.locator('[data-note]')).toHaveCount(2);
  await expect(outcome.locator('[data-note="child-procedure"]')).toContainText('intérêt supérieur');
  await expect(outcome.locator('[data-note="health-procedure"]')).toContainText('escorte médicale');
});

test('likely-eligible still says it is indicative and that IOM and the programme decide', async ({
  page,
}) => {
  await open(page, 'fr');
  await run(page, 'fr', plain);
  await expect(page.locator('[data-outcome="likely-eligible"]')).toContainText(
    'c’est l’OIM et le programme du pays où vous êtes qui décident',
  );
});

test('not-voluntary links to the option explorer and the other solutions (ar)', async ({
  page,
}) => {
  await open(page, 'ar');
  await run(page, 'ar', { ...plain, voluntary: 'no' });
  const outcome = page.locator('[data-outcome="not-voluntary"]');
  for (const [key, href] of [
    ['link.explorer', '../explorateur/'],
    ['link.stayHere', '../../migrants/rester-ici/'],
    ['link.otherCountry', '../../migrants/autre-pays/'],
  ]) {
    await expect(outcome.getByRole('link', { name: s('ar', key) })).toHaveAttribute('href', href);
  }
  await outcome.getByRole('link', { name: s('ar', 'link.explorer') }).click();
  await expect(page).toHaveURL(/\/ar\/outils\/explorateur\/$/);
});

test('shows progress with the page’s own digits and goes back with the answer kept', async ({
  page,
}) => {
  await open(page, 'ar');
  // Numbers as the browser writes them in Arabic (Arabic-Indic or Latin digits, by its locale data).
  const [one, two, seven] = await page.evaluate(() =>
    [1, 2, 7].map((n) => new Intl.NumberFormat('ar').format(n)),
  );
  await expect(page.getByText(`السؤال ${one} من ${seven}`)).toBeVisible();
  await expect(page.getByRole('button', { name: step('ar', 'back') })).toHaveCount(0);
  await answer(page, 'ar', 'voluntary', 'unsure');
  await expect(page.getByText(`السؤال ${two} من ${seven}`)).toBeVisible();
  await expect(page.getByRole('heading', { name: s('ar', 'q.situation.legend') })).toBeFocused();
  await page.getByRole('button', { name: step('ar', 'back') }).click();
  await expect(page.locator('input[name="voluntary"][value="unsure"]')).toBeChecked();
  await expect(page.getByRole('heading', { name: s('ar', 'q.voluntary.legend') })).toBeFocused();
});

test('continuing with nothing chosen shows an error linked to the question and focuses it', async ({
  page,
}) => {
  await open(page, 'fr');
  await page.getByRole('button', { name: step('fr', 'continue') }).click();
  const error = page.locator('fieldset').getByText(step('fr', 'error.choose'));
  await expect(error).toBeVisible();
  const errorId = await error.getAttribute('id');
  await expect(page.locator('fieldset')).toHaveAttribute(
    'aria-describedby',
    new RegExp(`\\b${errorId}\\b`),
  );
  // Focus goes to the error summary, as in the explorer (GOV.UK pattern).
  await expect(page.getByRole('alert')).toBeFocused();
  await expect(page.getByText('Question 1 sur 7')).toBeVisible();
  // Choosing an answer clears the error.
  await page.locator('input[name="voluntary"][value="yes"]').check();
  await expect(error).toHaveCount(0);
});

test('an answer changed from the summary leads straight back to an updated result', async ({
  page,
}) => {
  await open(page, 'fr');
  await run(page, 'fr', plain);
  await expectResult(page, { outcome: 'likely-eligible', notes: [], prepare: ['identity'] });
  const answers = page.locator('dl');
  await expect(answers).toContainText(s('fr', 'a.documents.valid'));
  await page
    .getByRole('button', { name: `${s('fr', 'ui.change')} ${s('fr', 'q.documents.short')}` })
    .click();
  await expect(page.getByRole('heading', { name: s('fr', 'q.documents.legend') })).toBeFocused();
  await expect(page.locator('input[name="documents"][value="valid"]')).toBeChecked();
  await answer(page, 'fr', 'documents', 'none');
  await expect(page.getByRole('heading', { name: s('fr', 'ui.resultHeading') })).toBeFocused();
  await expectResult(page, {
    outcome: 'likely-eligible',
    notes: ['documents-help'],
    prepare: ['identity'],
  });
  await expect(answers).toContainText(s('fr', 'a.documents.none'));
  // A change that moves the outcome.
  await page
    .getByRole('button', { name: `${s('fr', 'ui.change')} ${s('fr', 'q.fear.short')}` })
    .click();
  await answer(page, 'fr', 'fear', 'yes');
  await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'protection-first');
});

test('start again clears every answer and returns to the first question', async ({ page }) => {
  await open(page, 'fr');
  await run(page, 'fr', plain);
  await page.getByRole('button', { name: s('fr', 'ui.startAgain') }).click();
  await expect(page.getByRole('heading', { name: s('fr', 'q.voluntary.legend') })).toBeFocused();
  await expect(page.locator('input[name="voluntary"]:checked')).toHaveCount(0);
  await expect(page.locator('[data-outcome]')).toHaveCount(0);
  await answer(page, 'fr', 'voluntary', 'yes');
  await expect(page.locator('input[name="situation"]:checked')).toHaveCount(0);
});

for (const lang of ['fr', 'ar'] as const) {
  test(`the counsellor summary shows answers, outcome and prepare list, prints, and goes back (${lang})`, async ({
    page,
  }) => {
    await open(page, lang);
    await run(page, lang, { ...plain, situation: 'asylum-refused', health: 'yes' });
    await page.getByRole('button', { name: s(lang, 'ui.showCounsellor') }).click();
    const heading = page.getByRole('heading', { name: s(lang, 'ui.counsellorHeading') });
    await expect(heading).toBeFocused();
    const widget = page.locator('[data-widget="eligibility"]');
    await expect(widget).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
    expect(await heading.evaluate((element) => getComputedStyle(element).direction)).toBe(
      lang === 'ar' ? 'rtl' : 'ltr',
    );
    await expect(page.locator('[data-outcome]')).toHaveCount(1);
    await expect(page.locator('[data-outcome]')).toHaveAttribute(
      'data-outcome',
      'specific-procedure',
    );
    await expect(page.locator('[data-outcome]')).toContainText(
      s(lang, 'outcome.specificProcedure.title'),
    );
    expect(await ids(page, 'data-prepare')).toEqual([
      'identity',
      'asylum-papers',
      'medical-records',
    ]);
    // Sensitive answers (here: health) stay off the counsellor's screen until the person asks.
    const row = (question: string) =>
      widget.locator('dt', { hasText: s(lang, `q.${camel(question)}.short`) });
    for (const question of order.filter((q) => !sensitiveQuestions.includes(q as never))) {
      await expect(row(question)).toBeVisible();
    }
    await expect(row('health')).toHaveCount(0);
    await widget.getByLabel(s(lang, 'ui.includeSensitive')).check();
    for (const question of order) await expect(row(question)).toBeVisible();
    await expect(
      widget.locator('dd', { hasText: s(lang, 'a.situation.asylumRefused') }),
    ).toBeVisible();
    // A clean view: no notes, no change buttons.
    await expect(page.locator('[data-note]')).toHaveCount(0);
    await expect(page.getByRole('button', { name: new RegExp(s(lang, 'ui.change')) })).toHaveCount(
      0,
    );
    await expect(widget.getByText(s(lang, 'ui.nothingKept'))).toBeVisible();

    // Print calls the browser's dialog; the print stylesheet keeps only the widget.
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    await page.getByRole('button', { name: s(lang, 'ui.print') }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    await expect(heading).toBeVisible();
    await expect(page.locator('header').first()).toBeHidden();
    await expect(page.locator('h1')).toBeHidden();
    await expect(page.getByRole('button', { name: s(lang, 'ui.backToResult') })).toBeHidden();
    await page.emulateMedia({ media: 'screen' });

    await page.getByRole('button', { name: s(lang, 'ui.backToResult') }).click();
    await expect(page.getByRole('heading', { name: s(lang, 'ui.resultHeading') })).toBeFocused();
    await expect(page.locator('[data-note="health-procedure"]')).toBeVisible();
  });
}

test('the result prints alone, right to left in Arabic', async ({ page }) => {
  await open(page, 'ar');
  await run(page, 'ar', plain);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-outcome="likely-eligible"]')).toBeVisible();
  await expect(page.locator('dl')).toBeVisible();
  await expect(page.getByRole('button', { name: s('ar', 'ui.startAgain') })).toBeHidden();
  await expect(page.locator('h1')).toBeHidden();
  expect(
    await page.locator('[data-outcome]').evaluate((element) => getComputedStyle(element).direction),
  ).toBe('rtl');
});

test('a keyboard-only run with Tab, Space and Enter reaches a result and the summary', async ({
  page,
}) => {
  await open(page, 'fr');
  // Tab from the top of the page to the first answer.
  const first = page.locator('input[name="voluntary"][value="yes"]');
  await tabToFocus(page, first);
  await expect(first).toBeFocused();
  for (const question of order) {
    if (question !== 'voluntary') {
      await expect(
        page.getByRole('heading', {
          name: s('fr', `q.${camel(question)}.legend`),
        }),
      ).toBeFocused();
      await page.keyboard.press('Tab');
    }
    await expect(page.locator(`input[name="${question}"]`).first()).toBeFocused();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: step('fr', 'continue') })).toBeFocused();
    await page.keyboard.press('Enter');
  }
  // The first answer of every item: voluntary=yes, stranded, child alone, exploited, health, valid, fear.
  await expect(page.getByRole('heading', { name: s('fr', 'ui.resultHeading') })).toBeFocused();
  await expectResult(page, {
    outcome: 'protection-first',
    notes: ['protection', 'child-procedure', 'trafficking-procedure', 'health-procedure'],
    prepare: ['identity', 'medical-records', 'guardian'],
  });
  const show = page.getByRole('button', { name: s('fr', 'ui.showCounsellor') });
  for (
    let i = 0;
    i < 40 && !(await show.evaluate((element) => element === document.activeElement));
    i++
  ) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: s('fr', 'ui.counsellorHeading') })).toBeFocused();
});

test('nothing is stored, the URL never changes and no request leaves the site', async ({
  page,
  baseURL,
}) => {
  const hosts = new Set<string>();
  const methods = new Set<string>();
  page.on('request', (request) => {
    hosts.add(new URL(request.url()).host);
    methods.add(request.method());
  });
  await open(page, 'fr');
  const start = page.url();
  const historyLength = await page.evaluate(() => history.length);
  await run(page, 'fr', { ...plain, situation: 'asylum-pending', health: 'yes', fear: 'yes' });
  await page
    .getByRole('button', { name: `${s('fr', 'ui.change')} ${s('fr', 'q.health.short')}` })
    .click();
  await answer(page, 'fr', 'health', 'no');
  await page.getByRole('button', { name: s('fr', 'ui.showCounsellor') }).click();
  await page.getByRole('button', { name: s('fr', 'ui.backToResult') }).click();
  expect(page.url()).toBe(start);
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
  expect(
    await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]),
  ).toEqual([0, 0, '']);
  const indexedDatabases = await page.evaluate(async () => (await indexedDB.databases()).length);
  expect(indexedDatabases).toBe(0);
  expect([...hosts]).toEqual([new URL(baseURL!).host]);
  expect([...methods]).toEqual(['GET']);
  // Reloading starts afresh.
  await page.reload();
  await expect(page.locator('input[name="voluntary"]').first()).toBeEnabled();
  await expect(page.locator('input[name="voluntary"]:checked')).toHaveCount(0);
});

async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page, '[data-widget="eligibility"]')).toEqual([]);
}

for (const lang of ['fr', 'ar'] as const) {
  test(`no axe violations at any step, on the error, the result and the summary (${lang})`, async ({
    page,
  }) => {
    await open(page, lang);
    await page.getByRole('button', { name: step(lang, 'continue') }).click();
    await expectNoAxeViolations(page);
    const profile: Profile = {
      ...plain,
      voluntary: 'no',
      situation: 'asylum-pending',
      health: 'yes',
    };
    for (const question of order) {
      await expectNoAxeViolations(page);
      await answer(page, lang, question, profile[question]);
    }
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: s(lang, 'ui.showCounsellor') }).click();
    await expectNoAxeViolations(page);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const lang of ['fr', 'ar'] as const) {
    test(`the prose fallback explains the conditions and the form is hidden (${lang})`, async ({
      page,
    }) => {
      await page.goto(url(lang));
      const widget = page.locator('[data-widget="eligibility"]');
      await expect(widget.locator('#questions')).toBeVisible();
      await expect(widget.locator('#resultats')).toBeVisible();
      await expect(widget.locator('#procedures')).toBeVisible();
      await expect(widget.locator('#a-preparer')).toBeVisible();
      await expect(widget.locator('input[name="voluntary"]').first()).toBeHidden();
    });
  }
});
