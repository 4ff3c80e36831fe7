import { describe, expect, it } from 'vitest';

import { compactMarkdownIcons, lineIcon } from './line-icons';

// As Starlight 0.42 renders a heading and an aside (drawings shortened).
const heading =
  '<div class="sl-heading-wrapper level-h2"><h2 id="duree">Durée</h2><a class="sl-anchor-link" href="#duree"><span aria-hidden="true" class="sl-anchor-icon"><svg width="16" height="16" viewBox="0 0 24 24" fill="currentColor"><path d="m12.11 15.39-3.88 3.88a2.52 2.52 0 0 1-3.5 0"></path></svg></span><span class="sr-only" data-pagefind-ignore="">Section titled “Durée”</span></a></div>';
const aside = (variant: string) =>
  `<aside aria-label="À savoir" class="starlight-aside starlight-aside--${variant}"><p class="starlight-aside__title" aria-hidden="true"><svg viewBox="0 0 24 24" width="16" height="16" fill="currentColor" class="starlight-aside__icon"><path d="M12 16a1 1 0 1 0 0 2"></path></svg>À savoir</p><div class="starlight-aside__content"><p>Texte.</p></div></aside>`;

describe('compactMarkdownIcons', () => {
  it('draws the section link with the compact icon, keeping the link and its label', () => {
    const out = compactMarkdownIcons(heading);
    expect(out).toContain(
      `<span aria-hidden="true" class="sl-anchor-icon">${lineIcon('link')}</span>`,
    );
    expect(out).not.toContain('m12.11');
    expect(out).toContain('<span class="sr-only" data-pagefind-ignore="">Section titled “Durée”');
  });

  it('gives each kind of aside its own icon, with the class Starlight sizes', () => {
    for (const variant of ['note', 'tip', 'caution', 'danger']) {
      const out = compactMarkdownIcons(aside(variant));
      expect(out).toContain(lineIcon(variant as 'note', 'starlight-aside__icon') + 'À savoir</p>');
      expect(out).not.toContain('M12 16a1');
    }
    expect(compactMarkdownIcons(aside('note'))).not.toBe(compactMarkdownIcons(aside('danger')));
  });

  it('leaves alone what it does not know: another kind of aside, an svg in the text', () => {
    const figure = '<figure><svg viewBox="0 0 10 10"><path d="M0 0h10"></path></svg></figure>';
    expect(compactMarkdownIcons(aside('custom'))).toBe(aside('custom'));
    expect(compactMarkdownIcons(figure)).toBe(figure);
  });
});
