import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** What every axe check here applies: WCAG 2.0 to 2.2, levels A and AA, and best practices. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Axe's violations on the page, or in the part of it that `include` selects, one line each
 * ("rule: where"), so that a failing test names them.
 */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(wcagTags);
  if (include) builder.include(include);
  const { violations } = await builder.analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * WCAG 1.4.10 and 1.4.4 together: on a 320 px screen with text at 200 %, how many pixels the
 * page scrolls sideways (0 or less when it reflows).
 */
export async function sidewaysScrollAt320(page: Page): Promise<number> {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
  });
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}
