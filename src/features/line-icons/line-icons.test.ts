import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';

import { parseFragment, serialize } from 'parse5';

import { compactIcons, lineIcon as drawnIcon } from './line-icons';
import { rewriteHtml } from '../../site/html';

const compactMarkdownIcons = (html: string) => rewriteHtml(html, [compactIcons]);

/** An icon as it stands in a page after parsing: SVG elements with their end tags. */
const lineIcon = (...args: Parameters<typeof drawnIcon>) =>
  serialize(parseFragment(drawnIcon(...args)));

const root = join(import.meta.dirname, '../../..');

/**
 * Markdown rendered as the site renders it: Sätteri with Starlight's own plugins (section links
 * and asides), read from the installed Starlight, so that an upgrade that changes its markup
 * makes these tests fail instead of passing on a hand-made copy of the old markup.
 */
async function starlightRender(markdown: string): Promise<string> {
  const module = join(root, 'node_modules/@astrojs/starlight/dist/integrations/satteri.js');
  const { starlightSatteriPlugins } = (await import(pathToFileURL(module).href)) as {
    starlightSatteriPlugins: (options: unknown) => object;
  };
  const plugins = starlightSatteriPlugins({
    astroConfig: { srcDir: pathToFileURL(`${root}/`), root: pathToFileURL(`${root}/`) },
    starlightConfig: { markdown: { headingLinks: true, processedDirs: [] } },
    absolutePathToLang: () => 'fr',
    useTranslations: () => (key: string, options?: { title?: string }) =>
      key === 'heading.anchorLabel' ? `Section titled “${options?.title}”` : 'À savoir',
  });
  const { html } = markdownToHtml(markdown, {
    ...plugins,
    features: { headingAttributes: true, directive: true },
    fileURL: pathToFileURL(join(root, 'content/docs/fr/page.md')),
  });
  return html;
}

const starlightSvg = /<svg\b(?![^>]*\bline-icon\b)[^>]*>/;

describe('compactMarkdownIcons, on the markup Starlight renders', () => {
  it('draws the section link with the compact icon, keeping the link and its label', async () => {
    const heading = await starlightRender('## Durée { #duree }\n');
    expect(heading).toMatch(starlightSvg);
    const out = compactMarkdownIcons(heading);
    expect(out).toContain(
      `<span aria-hidden="true" class="sl-anchor-icon">${lineIcon('link')}</span>`,
    );
    expect(out).not.toMatch(starlightSvg);
    expect(out).toContain('href="#duree"');
    expect(out).toContain('Section titled “Durée”');
    // Also in a tool's fallback for readers without JavaScript.
    const fallback = compactMarkdownIcons(`<noscript><div>${heading}</div></noscript>`);
    expect(fallback).toContain(lineIcon('link'));
    expect(fallback).not.toMatch(starlightSvg);
  });

  it('gives each kind of aside its own icon, with the class Starlight sizes', async () => {
    const outs: string[] = [];
    for (const variant of ['note', 'tip', 'caution', 'danger'] as const) {
      const aside = await starlightRender(`:::${variant}\nTexte.\n:::\n`);
      expect(aside).toMatch(starlightSvg);
      const out = compactMarkdownIcons(aside);
      expect(out).toContain(lineIcon(variant, 'starlight-aside__icon') + 'À savoir</p>');
      expect(out).not.toMatch(starlightSvg);
      expect(out).toContain('<p>Texte.</p>');
      outs.push(out);
    }
    expect(new Set(outs).size).toBe(4);
  });

  it('leaves alone an svg in the text', () => {
    const figure = '<figure><svg viewBox="0 0 10 10"><path d="M0 0h10"></path></svg></figure>';
    expect(compactMarkdownIcons(figure)).toBe(figure);
  });
});
