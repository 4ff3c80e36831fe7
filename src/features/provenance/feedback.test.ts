import { describe, expect, it } from 'vitest';
import { feedbackHref } from './feedback';

const page = {
  title: 'Vos droits',
  url: 'https://example.org/fr/migrants/vos-droits/',
  version: 'abc123def456',
};
const strings = { subject: 'Erreur : {title}', body: 'Page : {url}\nVersion : {version}\n' };

describe('the "report a mistake" link', () => {
  it('is absent when the deployer set neither an address nor a form', () => {
    expect(feedbackHref({}, page, strings)).toBeUndefined();
  });

  it('opens the mail app with the page title, address and version filled in', () => {
    const href = feedbackHref({ email: 'guide@example.org' }, page, strings)!;
    expect(href.startsWith('mailto:guide@example.org?')).toBe(true);
    const query = new URLSearchParams(href.split('?')[1]);
    expect(query.get('subject')).toBe('Erreur : Vos droits');
    expect(query.get('body')).toBe(`Page : ${page.url}\nVersion : abc123def456\n`);
  });

  it('sends a form the page address and version as query parameters', () => {
    const href = feedbackHref({ url: 'https://forms.example.org/report?lang=fr' }, page, strings)!;
    const url = new URL(href);
    expect(url.searchParams.get('lang')).toBe('fr');
    expect(url.searchParams.get('page')).toBe(page.url);
    expect(url.searchParams.get('version')).toBe('abc123def456');
  });

  it('ignores an address that could inject other mail fields, and a form that is not http(s)', () => {
    expect(feedbackHref({ email: 'a@b.org?bcc=x@y.org' }, page, strings)).toBeUndefined();
    expect(feedbackHref({ url: 'javascript:alert(1)' }, page, strings)).toBeUndefined();
    expect(feedbackHref({ url: 'not a url' }, page, strings)).toBeUndefined();
  });

  it('keeps a title containing $& intact', () => {
    const href = feedbackHref({ email: 'a@b.org' }, { ...page, title: 'A $& B' }, strings)!;
    expect(new URLSearchParams(href.split('?')[1]).get('subject')).toBe('Erreur : A $& B');
  });
});
