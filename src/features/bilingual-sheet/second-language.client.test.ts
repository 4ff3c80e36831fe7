// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { safeCopy, sectionsOf } from './second-language.client';

const parse = (main: string) =>
  new DOMParser().parseFromString(
    `<html><body><main><h1>Titre</h1><div class="sl-markdown-content">${main}</div></main></body></html>`,
    'text/html',
  );

const wrapper = (id: string, text: string) =>
  `<div class="sl-heading-wrapper level-h2"><h2 id="${id}">${text}</h2><a class="sl-anchor-link" href="#${id}">#</a></div>`;

describe("another language's version of the page", () => {
  it('is cut into the same sections, by the ids of its h2', () => {
    const sections = sectionsOf(
      parse(`<p>Intro</p>${wrapper('a', 'A')}<p>1</p><p>2</p>${wrapper('b', 'B')}<p>3</p>`),
    );
    expect([...sections.keys()]).toEqual(['', 'a', 'b']);
    expect(sections.get('a')!.map((el) => el.textContent)).toEqual(['A#', '1', '2']);
  });

  it('is copied without scripts, event handlers, style attributes or javascript: links', () => {
    const doc = parse(
      `<p onclick="alert(1)" style="color:red">Texte<script>alert(2)</script>` +
        `<img src="x" onerror="alert(3)"><a href="javascript:alert(4)">x</a></p>` +
        `<embed src="/x"><button>B</button>`,
    );
    const copy = safeCopy(sectionsOf(doc).get('')!, {
      prefix: 'ar',
      pageUrl: 'http://localhost/ar/migrants/retour-aide/',
    });
    const html = copy.map((el) => el.outerHTML).join('');
    expect(html).not.toMatch(/script|onclick|onerror|style=|javascript:|embed|button/i);
    expect(html).toContain('Texte');
  });

  it('keeps its ids unique beside the first language, and its links leading to the real pages', () => {
    const doc = parse(
      `${wrapper('qui', 'Qui')}<p><a href="#qui">ici</a> <a href="../vos-options/#a">options</a> ` +
        `<a href="https://www.unhcr.org/">U</a><label for="q">Q</label> ` +
        `<a href="../../glossaire/#oim" data-gl="">OIM</a></p>`,
    );
    const copy = safeCopy(sectionsOf(doc).get('qui')!, {
      prefix: 'ar',
      pageUrl: 'http://localhost/guide/ar/migrants/retour-aide/',
    });
    const html = copy.map((el) => el.outerHTML).join('');
    expect(html).toContain('<h2 id="ar--qui">');
    expect(html).not.toContain('sl-anchor-link');
    expect(html).toContain('href="#ar--qui"');
    expect(html).toContain(
      'href="/guide/ar/migrants/vos-options/#a" data-url="http://localhost/guide/ar/migrants/vos-options/#a"',
    );
    expect(html).toContain('href="https://www.unhcr.org/" data-url="https://www.unhcr.org/"');
    expect(html).toContain('for="ar--q"');
    // A glossary term: a plain link to the entry in its language, its address not printed.
    expect(html).toContain('<a href="/guide/ar/glossaire/#oim" data-url="">OIM</a>');
  });

  it('turns its asides into notes, so that the sheet repeats no landmark', () => {
    const doc = parse(
      `<aside class="safeguard" aria-label="Protection"><p>P</p></aside><div><aside><p>Q</p></aside></div>`,
    );
    const copy = safeCopy(sectionsOf(doc).get('')!, {
      prefix: 'am',
      pageUrl: 'http://localhost/am/x/y/',
    });
    const html = copy.map((el) => el.outerHTML).join('');
    expect(html).not.toContain('<aside');
    expect(html).toContain(
      '<div class="safeguard" aria-label="Protection" role="note"><p>P</p></div>',
    );
    expect(html).toContain('<div><div role="note"><p>Q</p></div></div>');
  });
});
