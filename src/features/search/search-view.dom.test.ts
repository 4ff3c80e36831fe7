// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { renderExcerpt, resultCountLabel } from './search-view';
import { searchStrings } from './search-strings';
import fr from '../../../content/i18n/fr.json';

const strings = searchStrings((key) => (fr as Record<string, string>)[key]!, 'fr');

/** The excerpt as the reader sees it: the nodes put in a paragraph. */
function shown(excerpt: string) {
  const p = document.createElement('p');
  p.append(...renderExcerpt(excerpt));
  return p;
}

describe('a search excerpt shown to the reader', () => {
  it('keeps the highlighted words as <mark> and the rest as text', () => {
    const p = shown('le <mark>retour</mark> aidé');
    expect(p.innerHTML).toBe('le <mark>retour</mark> aidé');
  });

  it('shows a script in the indexed text as text, never as a script element', () => {
    const p = shown('avant <script>alert(1)</script> après <mark>retour</mark>');
    expect(p.querySelector('script')).toBeNull();
    expect(p.children).toHaveLength(1);
    expect(p.textContent).toBe('avant alert(1) après retour');
  });

  it('drops event-handler attributes: an image with onerror becomes nothing but text', () => {
    const p = shown('<img src=x onerror="alert(1)"><mark onclick="alert(2)">retour</mark>');
    expect(p.querySelector('img')).toBeNull();
    expect(p.innerHTML).toBe('<mark>retour</mark>');
  });

  it('makes no link of a javascript: link, keeping its words', () => {
    const p = shown('<a href="javascript:alert(1)">cliquez</a> <mark>ici</mark>');
    expect(p.querySelector('a')).toBeNull();
    expect(p.textContent).toBe('cliquez ici');
  });

  it('flattens marks nested in marks or hidden inside other tags to one plain mark', () => {
    const p = shown(
      '<mark><mark>re</mark><b onmouseover="x()">tour</b></mark> <i><mark>aidé</mark></i>',
    );
    expect(p.innerHTML).toBe('<mark>retour</mark> aidé');
    expect(p.querySelectorAll('[onmouseover], b, i')).toHaveLength(0);
  });
});

describe('placeholders filled with what the reader typed', () => {
  it("shows a query holding $& or $' exactly as typed", () => {
    for (const term of ['$&', "a$'b", '$`', '$$', '$1']) {
      expect(resultCountLabel(strings, 2, 'fr', term)).toBe(`2 résultats pour « ${term} »`);
    }
  });
});
