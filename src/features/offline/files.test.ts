import { describe, expect, it } from 'vitest';
import { belongsTo, offlineFiles, pagefindLanguage, scopeOf, scriptOf } from './files.mjs';

describe('the files of a language’s offline copy', () => {
  /** A small build with every kind of file the real one has. */
  const build = [
    '404.html',
    '_astro/Explorer.KNvEQqu6.js',
    '_astro/page.css',
    '_headers',
    'ar/index.html',
    'ar/migrants/vos-options/index.html',
    'en/index.html',
    'en/hors-ligne/index.html',
    'favicon.svg',
    'fr/index.html',
    'fr/hors-ligne/index.html',
    'fr/formateurs/module-2-avrr/document/index.html',
    'fr/migrants/vos-options/index.html',
    'fr/migrants/vos-options/vos-options-fr.html',
    'fr/read-aloud.json',
    'fr/search-letters.json',
    'en/read-aloud.json',
    'page-share.js',
    'fr/outils/explorateur/index.html',
    'go/vos-options/index.html',
    'index.html',
    'offline-en.js',
    'offline-fr.js',
    'pagefind/fragment/en_1badf59.pf_fragment',
    'pagefind/fragment/fr_18b6a35.pf_fragment',
    'pagefind/fragment/fr_d253513.pf_fragment',
    'pagefind/index/ar_54ba880.pf_index',
    'pagefind/index/fr_91418df.pf_index',
    'pagefind/pagefind-component-ui.js',
    'pagefind/pagefind-entry.json',
    'pagefind/pagefind-highlight.js',
    'pagefind/pagefind-ui.css',
    'pagefind/pagefind-worker.js',
    'pagefind/pagefind.ar_ebeb6652d0.pf_meta',
    'pagefind/pagefind.fr_c2111ad6bf.pf_meta',
    'pagefind/pagefind.js',
    'pagefind/wasm.ar.pagefind',
    'pagefind/wasm.fr.pagefind',
    'pagefind/wasm.unknown.pagefind',
    'sitemap-0.xml',
    'sitemap-index.xml',
  ];

  it('are its pages (not their one-file versions), the files their features fetch, the shared scripts and styles, the icon and its part of the search index', () => {
    expect(offlineFiles(build, 'fr')).toEqual([
      '_astro/Explorer.KNvEQqu6.js',
      '_astro/page.css',
      'favicon.svg',
      'fr/formateurs/module-2-avrr/document/index.html',
      'fr/hors-ligne/index.html',
      'fr/index.html',
      'fr/migrants/vos-options/index.html',
      'fr/outils/explorateur/index.html',
      'fr/read-aloud.json',
      'fr/search-letters.json',
      'page-share.js',
      'pagefind/fragment/fr_18b6a35.pf_fragment',
      'pagefind/fragment/fr_d253513.pf_fragment',
      'pagefind/index/fr_91418df.pf_index',
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind.fr_c2111ad6bf.pf_meta',
      'pagefind/pagefind.js',
      'pagefind/wasm.fr.pagefind',
    ]);
  });

  it('leave out the other languages, the chooser, /go/, the 404 page, sitemaps and Pagefind’s unused files', () => {
    const arabic = offlineFiles(build, 'ar');
    expect(arabic).toContain('ar/migrants/vos-options/index.html');
    expect(arabic).toContain('pagefind/wasm.ar.pagefind');
    for (const path of arabic) {
      expect(path).not.toMatch(/(^|[/.])(fr|en)[/_.]/);
      expect(path).not.toMatch(/^(index|404)\.html$|^go\/|sitemap|_headers|worker|-ui|highlight/);
      expect(path).not.toMatch(/^offline-|unknown/);
    }
  });

  it('hold the unknown-language engine and the fa-af index for Dari, whose pages say lang="fa-AF"', () => {
    const entry = {
      languages: {
        'fa-af': { hash: 'fa-af_9c7180f84e', wasm: null },
        fr: { hash: 'fr_c2111ad6bf', wasm: 'fr' },
      },
    };
    const dari = [
      'prs/index.html',
      'pagefind/pagefind.fa-af_9c7180f84e.pf_meta',
      'pagefind/index/fa-af_1234abc.pf_index',
      'pagefind/fragment/fa-af_77aa.pf_fragment',
    ];
    const search = pagefindLanguage(entry as never, 'fa-AF');
    expect(search).toEqual({ key: 'fa-af', wasm: 'unknown' });
    expect(offlineFiles([...build, ...dari], 'prs', search)).toEqual(
      [...dari, 'favicon.svg', 'page-share.js', '_astro/Explorer.KNvEQqu6.js', '_astro/page.css']
        .concat(['pagefind/pagefind-entry.json', 'pagefind/pagefind.js'])
        .concat(['pagefind/wasm.unknown.pagefind'])
        .sort(),
    );
    expect(pagefindLanguage(entry as never, 'fr')).toEqual({ key: 'fr', wasm: 'fr' });
  });

  it('do not mistake a language for the start of another one’s name', () => {
    expect(
      offlineFiles(['fr/index.html', 'fra/index.html', 'pagefind/wasm.fra.pagefind'], 'fr'),
    ).toEqual(['fr/index.html']);
  });
});

describe('the names of a copy', () => {
  it('put its service worker at the site root and scope it to the language folder', () => {
    const names = (base: string, lang: string) => [scriptOf(base, lang), scopeOf(base, lang)];
    expect(names('/', 'fr')).toEqual(['/offline-fr.js', '/fr/']);
    expect(names('/guide/', 'ar')).toEqual(['/guide/offline-ar.js', '/guide/ar/']);
  });

  it('find its caches, and only its own', () => {
    const scope = 'https://example.org/fr/';
    expect(belongsTo('offline-fr-precache-v2-https://example.org/fr/', 'fr', scope)).toBe(true);
    expect(belongsTo('offline-fr-runtime-https://example.org/fr/', 'fr', scope)).toBe(true);
    // Another language, another deployment on the same host, or another site's cache.
    expect(belongsTo('offline-en-precache-v2-https://example.org/en/', 'fr', scope)).toBe(false);
    expect(belongsTo('offline-fr-precache-v2-https://example.org/guide/fr/', 'fr', scope)).toBe(
      false,
    );
    expect(belongsTo('workbox-precache-v2-https://example.org/fr/', 'fr', scope)).toBe(false);
  });
});
