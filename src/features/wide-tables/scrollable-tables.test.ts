import { describe, expect, it } from 'vitest';

import { wrapTables } from './scrollable-tables';
import { rewriteHtml } from '../../site/html';

const scrollableTables = (html: string) => rewriteHtml(html, [wrapTables]);

// As Markdown renders a table: rows always inside <tbody>.
const table = (inner = '') => `<table>${inner}<tbody><tr><td>1</td></tr></tbody></table>`;

describe('scrollableTables', () => {
  it('puts a table in a focusable region named by the heading above it', () => {
    const html = `<h2 id="a">A</h2><p>…</p><h3 id="b">B</h3>${table()}`;
    expect(scrollableTables(html)).toBe(
      `<h2 id="a">A</h2><p>…</p><h3 id="b">B</h3><div class="table-scroll" tabindex="0" role="region" aria-labelledby="b">${table()}</div>`,
    );
  });

  it('names the region by the table caption when there is one, giving it an id', () => {
    const out = scrollableTables(`<h2 id="a">A</h2>${table('<caption>Aides</caption>')}`);
    const id = /<caption id="([^"]+)">Aides/.exec(out)?.[1];
    expect(id).toBeTruthy();
    expect(out).toContain(`role="region" aria-labelledby="${id}"`);
    expect(scrollableTables(table('<caption id="c">Aides</caption>'))).toContain(
      'aria-labelledby="c"',
    );
  });

  it('keeps a table without caption or heading focusable, without an unnamed region', () => {
    expect(scrollableTables(`<p>x</p>${table()}`)).toBe(
      `<p>x</p><div class="table-scroll" tabindex="0">${table()}</div>`,
    );
  });

  it('wraps every table of the page, and leaves a page without tables as it is', () => {
    const html = `<h2 id="a">A</h2>${table()}<h2 id="b">B</h2>${table()}`;
    expect(scrollableTables(html).match(/class="table-scroll"/g)).toHaveLength(2);
    expect(scrollableTables(html)).toContain('aria-labelledby="b"');
    // Two tables under one heading: the second adds its first header cell, so names differ;
    // two headings of the same words (a handout's pages): the heading one level up comes first.
    const pagesOfHandout = scrollableTables(
      `<h2 id="p1">Page 1</h2><h3 id="p1--d">Durée</h3>${table()}<h2 id="p2">Page 2</h2><h3 id="p2--d">Durée</h3>${table()}`,
    );
    expect(pagesOfHandout).toContain('aria-labelledby="p1--d"');
    expect(pagesOfHandout).toContain('aria-labelledby="p2 p2--d"');
    const two = scrollableTables(
      `<h2 id="a">A</h2>${table()}<p>…</p><table><thead><tr><th>Durée</th></tr></thead></table>`,
    );
    const second = /aria-labelledby="a ([^"]+)"/.exec(two)?.[1];
    expect(two).toContain(`<th id="${second}">Durée</th>`);
    expect(scrollableTables('<p>x</p>')).toBe('<p>x</p>');
    // Twice is the same as once (a handout's pages pass through the page's content too).
    expect(scrollableTables(scrollableTables(html))).toBe(scrollableTables(html));
  });
});
