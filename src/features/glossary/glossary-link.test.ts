import { describe, expect, it } from 'vitest';
import { glossaryPage } from './glossary-link';

const page = 'https://site.example/fr/migrants/vos-options/';
const subPath = 'https://site.example/guide/fr/migrants/vos-options/';

describe('which glossary links an in-place definition may fetch', () => {
  it("follows the site's own relative links to a glossary entry", () => {
    expect(glossaryPage('../../glossaire/#avrr', page, '/')).toBe(
      'https://site.example/fr/glossaire/',
    );
    expect(glossaryPage('/fr/glossaire/#avrr', page, '/')).toBe(
      'https://site.example/fr/glossaire/',
    );
    expect(glossaryPage('../../glossaire/#avrr', subPath, '/guide/')).toBe(
      'https://site.example/guide/fr/glossaire/',
    );
  });

  it('refuses absolute links, even to a glossary on another host', () => {
    expect(glossaryPage('https://evil.example/fr/glossaire/#avrr', page, '/')).toBeUndefined();
    expect(glossaryPage('HTTPS://site.example/fr/glossaire/#avrr', page, '/')).toBeUndefined();
  });

  it('refuses protocol-relative links, however the slashes are written', () => {
    for (const href of [
      '//evil.example/glossaire/#a',
      '\\\\evil.example/glossaire/#a',
      '/\\evil.example/glossaire/#a',
    ]) {
      expect(glossaryPage(href, page, '/'), href).toBeUndefined();
    }
  });

  it('refuses javascript: and data: links, also when split by a tab or newline', () => {
    for (const href of [
      'javascript:alert(1)//glossaire/#a',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)//glossaire/#a',
      'java\nscript:alert(1)',
      'data:text/html,<p>x</p>#glossaire/#a',
    ]) {
      expect(glossaryPage(href, page, '/'), href).toBeUndefined();
    }
  });

  it("refuses a same-host link outside the site's base path", () => {
    expect(glossaryPage('/other/fr/glossaire/#avrr', subPath, '/guide/')).toBeUndefined();
    expect(glossaryPage('../../../../glossaire/#avrr', subPath, '/guide/')).toBeUndefined();
  });

  it('refuses a link that is not a glossary entry', () => {
    expect(glossaryPage('../retour-aide/#avrr', page, '/')).toBeUndefined();
    expect(glossaryPage('../../glossaire/', page, '/')).toBeUndefined();
    expect(glossaryPage('../../glossaire/?x=1#avrr', page, '/')).toBeUndefined();
    expect(glossaryPage(null, page, '/')).toBeUndefined();
  });
});
