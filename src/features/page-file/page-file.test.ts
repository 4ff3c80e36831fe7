import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';

import { hasPageFile, onePageFile, pageFileName, pageFileStyle } from './page-file';

/** A built page as Starlight writes it, with what the file must leave out. */
const built = `<!doctype html><html lang="ps" dir="rtl"><head>
<title>د بېرته ستنېدو مرسته | دوامداره حل لارې</title>
<link rel="stylesheet" href="/_astro/page.css"><script type="module" src="/_astro/page.js"></script>
</head><body><main>
<h1 id="_top">د بېرته ستنېدو مرسته</h1>
<p class="provenance" data-provenance="machine-assisted" data-checked="no" data-pagefind-ignore>ژباړه <a href="../../a-propos/#provenance">نور</a></p>
<p class="page-file"><a href="retour-aide-ps.html" download data-page-file>ښکته</a><button type="button" hidden>شریک</button></p>
<div class="sl-markdown-content">
<div class="sl-heading-wrapper level-h2"><h2 id="qui-peut">څوک؟</h2><a class="sl-anchor-link" href="#qui-peut"><span aria-hidden="true"><svg><use href="/icons.svg#link"/></svg></span><span class="sr-only">برخه</span></a></div>
<p style="color:red" onclick="alert(1)" data-gl="avrr">متن <a href="../vos-options/#droits" data-gl="x">اختیارونه</a> <a href="#qui-peut">پورته</a> <a href="#nowhere">بل</a> <a href="https://www.iom.int/">IOM</a></p>
<script>alert(1)</script><noscript><img src="/tracker.png"></noscript>
<img src="/photo.jpg" alt="انځور"><img src="data:image/png;base64,AAAA" alt="">
<iframe src="https://example.com/"></iframe><div hidden><h2>پټ</h2></div>
<figure><svg viewBox="0 0 10 10" role="img" aria-labelledby="t"><title id="t">ډیاګرام</title><use href="https://example.com/x.svg#a"/><rect x="1" y="1" width="8" height="8" onload="alert(1)"/></svg></figure>
<aside class="starlight-aside starlight-aside--caution"><p class="starlight-aside__title">پام</p></aside>
</div></main></body></html>`;

const options = {
  url: 'https://example.org/guide/ps/migrants/retour-aide/',
  home: 'https://example.org/guide/ps/',
  siteTitle: 'دوامداره حل لارې',
  script: 'Arab' as const,
  reviewed: new Date('2026-11-22'),
  strings: { address: 'آنلاین پته:', date: 'د پاڼې نېټه: {date}', copyNote: 'کاپي' },
};

describe('which pages have a file, and its name', () => {
  it('every page with a source file, but the home page, the offline page and the tools', () => {
    const file = 'content/docs/fr/x.mdx';
    expect(hasPageFile('fr/migrants/retour-aide', {}, file)).toBe(true);
    expect(hasPageFile('ar/praticiens', {}, file)).toBe(true);
    expect(hasPageFile('ar/glossaire', {}, file)).toBe(true);
    expect(hasPageFile('fr', {}, file)).toBe(false);
    expect(hasPageFile('fr/hors-ligne', {}, file)).toBe(false);
    expect(hasPageFile('fr/outils/explorateur', { tool: 'explorer' }, file)).toBe(false);
    // A module's handout is generated: no source file.
    expect(hasPageFile('fr/formateurs/module-1-solutions-durables', {}, undefined)).toBe(false);
  });

  it('is the last slug and the language folder', () => {
    expect(pageFileName('fr/migrants/retour-aide')).toBe('retour-aide-fr.html');
    expect(pageFileName('prs/formateurs')).toBe('formateurs-prs.html');
  });
});

describe('a built page as one file', () => {
  const made = onePageFile(built, options)!;
  const { text } = made;

  it('is named by the page’s link', () => {
    expect(made.name).toBe('retour-aide-ps.html');
  });

  it('keeps the language, direction, titles, provenance, date and address', () => {
    expect(text).toMatch(/^<!doctype html>\n<html lang="ps" dir="rtl">/);
    expect(text).toContain('<title>د بېرته ستنېدو مرسته | دوامداره حل لارې</title>');
    expect(text).toContain('<h1 id="_top">د بېرته ستنېدو مرسته</h1>');
    expect(text).toContain(
      '<p data-provenance="machine-assisted" data-checked="no">ژباړه <a href="https://example.org/guide/ps/a-propos/#provenance">نور</a></p>',
    );
    const date = new Intl.DateTimeFormat('ps', { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date('2026-11-22T00:00:00Z'),
    );
    expect(text).toContain(`د پاڼې نېټه: ${date}`);
    expect(text).toContain(
      'آنلاین پته: <a href="https://example.org/guide/ps/migrants/retour-aide/" dir="ltr" data-page-address>',
    );
  });

  it('leaves out scripts, controls, hidden things, section-link icons and anything loaded from elsewhere', () => {
    expect(text).not.toMatch(/<script|<link|<iframe|<noscript|<button|<use |src="\/|pagefind/);
    expect(text).not.toContain('پټ');
    expect(text).not.toContain('sl-anchor-link');
    expect(text).not.toMatch(/\sstyle=|\son[a-z]+=|\sdata-(gl|pagefind|page-file)/);
    // The text alternative of a dropped image stays; an image written as data stays.
    expect(text).toContain('انځور');
    expect(text).toContain('<img src="data:image/png;base64,AAAA" alt="">');
  });

  it('gives links addresses that work from a file', () => {
    expect(text).toContain('<a href="https://example.org/guide/ps/migrants/vos-options/#droits">');
    expect(text).toContain('<a href="#qui-peut">');
    expect(text).toContain('<a href="https://example.org/guide/ps/migrants/retour-aide/#nowhere">');
    expect(text).toContain('<a href="https://www.iom.int/">');
  });

  it('keeps diagrams and asides, drawn by its own stylesheet, which its policy alone allows', () => {
    expect(text).toContain('<figure><svg viewBox="0 0 10 10" role="img" aria-labelledby="t">');
    expect(text).toContain('<rect x="1" y="1" width="8" height="8"></rect>');
    expect(text).toContain('<aside class="starlight-aside starlight-aside--caution">');
    const style = /<style>([^<]*)<\/style>/.exec(text)![1]!;
    expect(style).toBe(pageFileStyle('Arab'));
    const hash = createHash('sha256').update(style).digest('base64');
    expect(text).toContain(
      `content="default-src 'none'; style-src 'sha256-${hash}'; img-src data:; base-uri 'none'; form-action 'none'"`,
    );
  });

  it('draws each script with the system fonts the site names for it, Arabic first on an Arabic page', () => {
    expect(pageFileStyle('Arab')).toMatch(
      /font-family:'Noto Sans Arabic','Noto Naskh Arabic',Tahoma,system-ui/,
    );
    expect(pageFileStyle('Ethi')).toMatch(
      /font-family:'Noto Sans Ethiopic',Nyala,Ebrima,system-ui/,
    );
    expect(pageFileStyle('Beng')).toMatch(
      /font-family:'Noto Sans Bengali','Nirmala UI',Vrinda,system-ui/,
    );
    expect(pageFileStyle('Latn')).toMatch(/font-family:system-ui,-apple-system,Roboto,'Segoe UI'/);
  });

  it('is not made for a page without a link to its file', () => {
    expect(onePageFile(built.replace(' data-page-file', ''), options)).toBeUndefined();
  });
});
