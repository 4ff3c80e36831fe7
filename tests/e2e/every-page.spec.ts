import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

import { langOf, sitePages } from './site-pages';
import { clean, outboundRels, traces, watch } from './traces';
import { budget, expectGuidanceWeight, isGuidancePage, load } from './weight';

/** WCAG 2.0 to 2.2, levels A and AA, and axe's best practices. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * One cold visit per page of the built site checks what must hold on every page: its weight
 * (guidance pages, issue 8), that it keeps nothing and calls no one else (issue 7), and its
 * accessibility (issue 9). One visit rather than one per concern keeps the suite fast as
 * pages are added.
 */
for (const path of sitePages()) {
  test(path, async ({ page }) => {
    // A module's handout holds the module and all its pages: axe takes several times longer.
    if (path.endsWith('/document/')) test.slow();
    const { foreign } = await watch(page);
    const loaded = await load(page, path);

    if (isGuidancePage(path)) {
      await test.step('weighs at most 20 KB, 3 KB of it script, and loads no search or font', () =>
        expectGuidanceWeight(loaded));
    }

    await test.step('keeps nothing and calls no one else', async () => {
      expect(await traces(page)).toEqual(clean);
      expect(foreign).toEqual([]);
      // Links to other sites give away neither the page nor a handle on it.
      for (const rel of await outboundRels(page)) {
        expect(rel).toContain('noopener');
        expect(rel).toContain('noreferrer');
      }
    });

    await test.step('has no axe violation and names its language and direction', async () => {
      const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual(
        [],
      );
      const lang = langOf(path);
      if (lang) {
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
      }
    });

    // WCAG 1.4.10 and 1.4.4 together: a 320 px screen with text at 200 %.
    await test.step('does not scroll sideways at 320 px with text at 200 %', async () => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.evaluate(() => {
        document.documentElement.style.fontSize = '200%';
      });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
}
