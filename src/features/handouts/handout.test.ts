import { describe, expect, it } from 'vitest';
import { handoutId, handoutPrefix, rewritePage } from './handout';

const pageUrl = 'https://example.org/guide/fr/praticiens/avrr/';
const rewrite = (html: string) =>
  rewritePage(html, { prefix: handoutPrefix('praticiens/avrr'), pageUrl });

describe('a page joining a handout', () => {
  it('prefixes its ids with its slug, and what refers to them', () => {
    expect(handoutId(handoutPrefix('praticiens/avrr'), 'etapes')).toBe('praticiens-avrr--etapes');
    expect(
      rewrite(
        '<svg aria-labelledby="t d"><title id="t">T</title><desc id="d">D</desc>' +
          '<use href="#icon" fill="url(#grad)"/></svg><label for="q">Q</label>',
      ),
    ).toBe(
      '<svg aria-labelledby="praticiens-avrr--t praticiens-avrr--d">' +
        '<title id="praticiens-avrr--t">T</title><desc id="praticiens-avrr--d">D</desc>' +
        // Parsed and serialized again: an empty SVG element gets its end tag.
        '<use href="#praticiens-avrr--icon" fill="url(#praticiens-avrr--grad)"></use></svg>' +
        '<label for="praticiens-avrr--q">Q</label>',
    );
  });

  it("keeps its in-page links inside the document, and drops the headings' link icons", () => {
    expect(rewrite('<a href="#etapes">Les étapes</a>')).toBe(
      '<a href="#praticiens-avrr--etapes">Les étapes</a>',
    );
    expect(
      rewrite(
        '<h2 id="a">A</h2><a class="sl-anchor-link" href="#a"><span aria-hidden="true">' +
          '<svg><path d="m1 2"/></svg></span><span class="sr-only">Section A</span></a><p>P</p>',
      ),
    ).toBe('<h3 id="praticiens-avrr--a">A</h3><p>P</p>');
  });

  it('points its links at the real pages, and keeps their full address for print', () => {
    expect(rewrite('<a href="../reintegration/#definition">R</a>')).toBe(
      '<a href="/guide/fr/praticiens/reintegration/#definition" ' +
        'data-url="https://example.org/guide/fr/praticiens/reintegration/#definition">R</a>',
    );
    expect(rewrite('<a href="https://www.unhcr.org/help/?a=1&amp;b=2" lang="en">U</a>')).toBe(
      '<a href="https://www.unhcr.org/help/?a=1&amp;b=2" ' +
        'data-url="https://www.unhcr.org/help/?a=1&amp;b=2" lang="en">U</a>',
    );
  });

  it('leaves alone what is not a web address', () => {
    const html = '<a href="mailto:someone@example.org">M</a><a href="tel:+1">T</a>';
    expect(rewrite(html)).toBe(html);
  });

  it('moves its headings one level down, under the page title', () => {
    expect(
      rewrite(
        '<div class="sl-heading-wrapper level-h2"><h2 id="a">A</h2></div><h3 class="x">B</h3>' +
          '<header><p>not a heading</p></header>',
      ),
    ).toBe(
      '<div class="sl-heading-wrapper level-h3"><h3 id="praticiens-avrr--a">A</h3></div>' +
        '<h4 class="x">B</h4><header><p>not a heading</p></header>',
    );
  });

  it('turns its asides into notes, so the document does not repeat a landmark', () => {
    expect(rewrite('<aside aria-label="Note" class="starlight-aside"><p>N</p></aside>')).toBe(
      '<div role="note" aria-label="Note" class="starlight-aside"><p>N</p></div>',
    );
  });
});

describe('a page shown alone elsewhere (the bilingual sheet)', () => {
  it('keeps its ids and heading levels, with its links still resolved', () => {
    expect(
      rewritePage('<h2 id="a">A</h2><a href="#a">A</a><a href="../avrr/">R</a>', {
        pageUrl,
        levels: 0,
      }),
    ).toBe(
      '<h2 id="a">A</h2><a href="#a">A</a><a href="/guide/fr/praticiens/avrr/" ' +
        'data-url="https://example.org/guide/fr/praticiens/avrr/">R</a>',
    );
  });
});
