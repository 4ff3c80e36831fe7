import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

/** What every axe check here applies: WCAG 2.0 to 2.2, levels A and AA, and best practices. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** axe-core itself, read once per test worker. */
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * Axe's violations on the page, or in the part of it that `include` selects, one line each
 * ("rule: where"), so that a failing test names them. `rules` runs only those rules.
 *
 * Axe is put into the page once per document and asked for violations only: the passes, which
 * nothing reads, are not described node by node. On a long page that halves the time of a run,
 * and every page of every language is checked (tests/e2e/every-page.spec.ts).
 */
export async function axeViolations(
  page: Page,
  include?: string,
  rules?: readonly string[],
): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(
    async ({ include, rules, tags }) => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const { violations } = await axe.run(include ? { include: [include] } : document, {
        runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    },
    { include, rules: rules ? [...rules] : undefined, tags: wcagTags },
  );
}

/**
 * The axe rules whose result can change with the width of the screen: what scrolls, what is
 * shown only on a phone (the menu button), the size of targets. (Colours do not change with
 * the width: the full run checks their contrast.)
 * Run again at a phone's width, they cost a fraction of a full run.
 */
export const widthRules = [
  'scrollable-region-focusable',
  'target-size',
  'button-name',
  'link-name',
  'aria-hidden-focus',
  'nested-interactive',
] as const;

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

/**
 * How the focused element shows focus, or null when it shows nothing a sighted keyboard user
 * would see: an outline counts only when drawn (a style, a width above 0, a colour that is not
 * transparent); otherwise a painted box shadow, or a border that differs from the unfocused one.
 */
export function focusIndicator(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'nothing focused';
    const painted = (colour: string) =>
      colour !== 'transparent' && !/^rgba\(.*,\s*0(\.0+)?\)$/.test(colour.trim());
    const style = getComputedStyle(el);
    if (
      style.outlineStyle !== 'none' &&
      parseFloat(style.outlineWidth) > 0 &&
      painted(style.outlineColor)
    ) {
      return `outline ${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}`;
    }
    const shadowColours = style.boxShadow.match(/rgba?\([^)]*\)/g) ?? [];
    if (style.boxShadow !== 'none' && shadowColours.some(painted)) {
      return `box-shadow ${style.boxShadow}`;
    }
    const border = (s: CSSStyleDeclaration) =>
      ['Top', 'Right', 'Bottom', 'Left']
        .map((side) =>
          ['Width', 'Style', 'Color'].map((p) =>
            s.getPropertyValue(`border-${side}-${p}`.toLowerCase()),
          ),
        )
        .join(' ');
    const focused = border(style);
    el.blur();
    const unfocused = border(getComputedStyle(el));
    el.focus();
    return focused !== unfocused ? `border ${focused}` : null;
  });
}
