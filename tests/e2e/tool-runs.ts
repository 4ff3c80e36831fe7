import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Answers every question of a tool in order, pressing Continue after each, and returns the
 * tool's root (`[data-widget="explorer"]` or `"eligibility"`), now showing its result.
 */
export async function answerAll(
  page: Page,
  root: string,
  order: readonly { id: string }[],
  answers: Record<string, string>,
): Promise<Locator> {
  const widget = page.locator(`[data-widget="${root}"]`);
  await expect(widget.locator('input[type="radio"]').first()).toBeEnabled();
  for (const { id } of order) {
    await widget.locator(`input[name="${id}"][value="${answers[id]}"]`).check();
    await widget.locator('button[type="submit"]').click();
  }
  return widget;
}

/**
 * Presses Tab, as a keyboard user does, until `target` has the focus (80 presses at most, so
 * that a control the keyboard cannot reach fails the test's next check instead of hanging).
 */
export async function tabToFocus(page: Page, target: Locator): Promise<void> {
  for (
    let i = 0;
    i < 80 && !(await target.evaluate((element) => element === document.activeElement));
    i++
  ) {
    await page.keyboard.press('Tab');
  }
}
