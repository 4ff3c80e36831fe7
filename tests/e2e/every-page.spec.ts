import { expect } from '@playwright/test';
import { languages } from '../../src/site/languages.ts';
import { axeViolations, sidewaysScrollAt320, widthRules } from './accessibility';
import { expectReadsWithoutScript } from './no-script';
import { langOf, sitePages } from './site-pages';
import { clean, outboundRels, traces } from './traces';
import { test } from './visit';
import { expectGuidanceWeight, isGuidancePage } from './weight';

/**
 * One cold visit per page of the built site, in every language, checks what must hold on
 * every page: its weight (guidance pages, issue 8), that it keeps nothing and calls no one else
 * (issue 7), its accessibility at a desktop's and a phone's width (issue 9), its language and
 * direction, its reflow at 320 px, and that it reads without JavaScript. One visit rather than
 * one per concern keeps the suite fast as languages are added: axe goes into the page once,
 * and the page without scripts is the same tab shown again, from the cache. Each test worker
 * reuses one tab, emptied before each page (tests/e2e/visit.ts).
 */
for (const path of sitePages()) {
  test(path, async ({ cold: { page, cdp, visit } }) => {
    // A module's handout holds the module and all its pages: axe takes several times longer.
    if (path.endsWith('/document/')) test.slow();
    const { loaded, foreign } = await visit(path);

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
      expect(await axeViolations(page)).toEqual([]);
      const folder = langOf(path) as keyof typeof languages | undefined;
      if (folder) {
        const { lang, dir = 'ltr' } = languages[folder] as { lang: string; dir?: string };
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.locator('html')).toHaveAttribute('dir', dir);
      }
    });

    await test.step('draws its section links and asides with the compact line icons', async () => {
      // None of Starlight's long-path drawings is left (src/features/line-icons/line-icons.ts replaces them).
      const starlightIcons = '.sl-anchor-icon svg, svg.starlight-aside__icon';
      expect(await page.locator(starlightIcons).locator(':scope:not(.line-icon)').count()).toBe(0);
    });

    await test.step('has no axe violation at a phone’s width (412 px)', async () => {
      // Layout changes with the width: a table that fits a desktop scrolls in its box on a
      // phone. The rules that depend on the width run again, in the same visit.
      await page.setViewportSize({ width: 412, height: 915 });
      expect(await axeViolations(page, undefined, widthRules)).toEqual([]);
    });

    await test.step('does not scroll sideways at 320 px with text at 200 %', async () => {
      expect(await sidewaysScrollAt320(page)).toBeLessThanOrEqual(0);
    });

    await test.step('shows its title, its first paragraph and all its text without JavaScript, and a tool its prose', async () => {
      await page.setViewportSize({ width: 1280, height: 720 });
      await expectReadsWithoutScript(page, path, cdp);
    });
  });
}
