import { expect, test, type Locator, type Page } from '@playwright/test';

/**
 * Seeded random walks through both tools: every control a person can press inside the widget
 * (found by role, so controls added later are pressed too), by pointer and by keyboard. After
 * every press the widget shows a question or a result, never a blank, a raw string key or an
 * error; no script error or console error happens; nothing is stored.
 *
 * Most walks run inside the page (clicks dispatched by a small walker, hundreds per page
 * load); a few more are driven by Playwright's real keyboard and mouse. A failure names the
 * seed: `FUZZ_SEED=<seed> npx playwright test widget-fuzz` replays it. FUZZ_WALKS sets how
 * many in-page walks each test makes, FUZZ_LANGS the languages (fr and ar by default).
 */

const tools = [
  { widget: 'explorer', path: 'outils/explorateur/' },
  { widget: 'eligibility', path: 'outils/eligibilite-avrr/' },
] as const;
const langs = (process.env.FUZZ_LANGS || 'fr,ar').split(',');
const walks = Number(process.env.FUZZ_WALKS || 200);
const baseSeed = Number(process.env.FUZZ_SEED || 20_260_511);

/** mulberry32: a small seeded random number generator, the same in Node and in the page. */
function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What a person can press inside the widget root. */
const pressable =
  'button, input, select, textarea, a[href^="#"], [role="button"], [role="radio"], [role="checkbox"], [role="link"][href^="#"]';

/**
 * What the widget shows, or why it is broken: a question (radios to answer) or a result
 * (options, an outcome, or the counsellor summary's list of what to bring, whose outcome may be
 * left out as sensitive), with no raw string key or "undefined" in its text.
 */
function stateOf(root: Element): string {
  const text = root.textContent?.trim() ?? '';
  if (!text) return 'broken: blank';
  // A string the view could not find shows as its key (`ui.continue`, `q.fear.legend`, the
  // question step's `step.back`).
  const raw =
    /\bundefined\b|\bNaN\b|\[object Object\]|\b(?:ui|q|a|outcome)\.[a-z][\w-]*\.[a-z][\w-]*|\bstep\.[a-z][\w.-]*/.exec(
      text,
    );
  if (raw) return `broken: shows "${raw[0]}"`;
  const visible = (el: Element) => (el as HTMLElement).checkVisibility();
  if ([...root.querySelectorAll('input[type="radio"]')].some(visible)) return 'question';
  if ([...root.querySelectorAll('[data-option], [data-outcome], [data-prepare]')].some(visible)) {
    return 'result';
  }
  return 'broken: neither a question nor a result';
}

/** Opens a tool with window.print stubbed, and collects script and console errors. */
async function open(page: Page, lang: string, tool: (typeof tools)[number]) {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  await page.goto(`/${lang}/${tool.path}`);
  const root = page.locator(`[data-widget="${tool.widget}"]`);
  // Hydrated: its controls are enabled.
  await expect(root.locator('input[type="radio"]').first()).toBeEnabled();
  return { root, errors };
}

async function expectNothingStored(page: Page) {
  expect(
    await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]),
  ).toEqual([0, 0, '']);
}

for (const lang of langs) {
  for (const tool of tools) {
    test(`${lang} ${tool.widget}: ${walks} seeded random walks by pointer end on a question or a result, with no error and nothing stored`, async ({
      page,
    }) => {
      test.slow();
      const { errors } = await open(page, lang, tool);
      const seed = baseSeed + langs.indexOf(lang) * 1000 + tools.indexOf(tool) * 100;
      // The helpers, given to the page as source (evaluated by the test, not by the page's CSP).
      await page.evaluate(`window.fuzzState = ${stateOf}; window.fuzzRandom = ${mulberry32};`);
      const outcome = await page.evaluate(
        async ({ widget, walks, seed, pressable }) => {
          const helpers = window as unknown as {
            fuzzState: (root: Element) => string;
            fuzzRandom: (s: number) => () => number;
          };
          const state = helpers.fuzzState;
          const random = helpers.fuzzRandom;
          const root = document.querySelector(`[data-widget="${widget}"]`)!;
          // Preact renders after a microtask: a task later, the press has been drawn. A message
          // posts that task at once (a chain of zero timeouts is slowed to 4 ms each).
          const channel = new MessageChannel();
          const settle = () =>
            new Promise<void>((resolve) => {
              channel.port1.onmessage = () => resolve();
              channel.port2.postMessage(0);
            });
          const seen = new Set<string>();
          for (let walk = 0; walk < walks; walk++) {
            const next = random(seed + walk);
            const steps = 1 + Math.floor(next() * 20);
            const log: string[] = [];
            for (let step = 0; step < steps; step++) {
              const controls = [...root.querySelectorAll<HTMLElement>(pressable)].filter(
                (el) => el.checkVisibility() && !(el as HTMLButtonElement).disabled,
              );
              if (controls.length === 0) {
                return { seed: seed + walk, log, state: 'broken: nothing to press' };
              }
              const control = controls[Math.floor(next() * controls.length)]!;
              log.push(
                `${control.tagName.toLowerCase()} ${control.getAttribute('name') ?? ''}=${(control as HTMLInputElement).value ?? ''} "${control.textContent?.trim().slice(0, 30)}"`,
              );
              control.click();
              await settle();
              const now = state(root);
              if (now.startsWith('broken')) return { seed: seed + walk, log, state: now };
              seen.add(now);
            }
          }
          return { seen: [...seen] };
        },
        {
          widget: tool.widget,
          walks,
          seed,
          pressable,
        },
      );
      expect(outcome, `replay with FUZZ_SEED=${baseSeed}: ${JSON.stringify(outcome)}`).toEqual({
        seen: expect.arrayContaining(['question', 'result']),
      });
      expect(errors, `seed ${seed}`).toEqual([]);
      // The walks went as far as printing a result (the stubbed print was called).
      expect(
        await page.evaluate(() => (window as unknown as { printed: number }).printed),
      ).toBeGreaterThan(0);
      await expectNothingStored(page);
    });

    test(`${lang} ${tool.widget}: seeded random walks by real keyboard and mouse end on a question or a result, with no error`, async ({
      page,
    }) => {
      test.slow();
      const { root, errors } = await open(page, lang, tool);
      const seed = baseSeed + langs.indexOf(lang) * 1000 + tools.indexOf(tool) * 100 + 50;
      const next = mulberry32(seed);
      const log: string[] = [];
      for (let step = 0; step < 40; step++) {
        // Visible and enabled, as Playwright's isVisible() and isEnabled() judge, in one call.
        const usable = await root
          .locator(pressable)
          .evaluateAll((els) =>
            els.flatMap((el, i) => (el.checkVisibility() && !el.matches(':disabled') ? [i] : [])),
          );
        const controls: Locator[] = usable.map((i) => root.locator(pressable).nth(i));
        expect(
          controls.length,
          `seed ${seed}: nothing to press after ${log.join(' → ')}`,
        ).toBeGreaterThan(0);
        const control = controls[Math.floor(next() * controls.length)]!;
        const how = next();
        const [tag, type] = await control.evaluate((el) => [
          el.tagName.toLowerCase(),
          el.getAttribute('type') ?? '',
        ]);
        if (how < 0.4) {
          log.push(`click ${tag}`);
          await control.click();
        } else {
          await control.focus();
          // Space presses a button, checks a radio or a checkbox; Enter presses a button or a link.
          const key = tag === 'input' ? 'Space' : how < 0.7 ? 'Enter' : 'Space';
          log.push(`${key} on ${tag} ${type}`);
          await page.keyboard.press(key);
        }
        const now = await root.evaluate(stateOf);
        expect(now, `seed ${seed}: ${log.join(' → ')}`).not.toMatch(/^broken/);
      }
      expect(errors, `seed ${seed}: ${log.join(' → ')}`).toEqual([]);
      await expectNothingStored(page);
    });
  }
}
