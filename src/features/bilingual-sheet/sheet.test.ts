import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { goLink, hasSheet, splitSections } from './sheet';
import { qrSvg, withAttributes } from './qr';
import { isSheetPath } from './sheet-path.mjs';
import { withoutSheets } from './integration.mjs';

describe('which pages have a bilingual sheet', () => {
  it('the guidance pages of migrants and practitioners, and the training modules', () => {
    expect(hasSheet('migrants/retour-aide')).toBe(true);
    expect(hasSheet('praticiens/avrr')).toBe(true);
    expect(hasSheet('formateurs/module-2-avrr')).toBe(true);
  });
  it('not the tools, the track pages, the home page, the glossary or the about page', () => {
    for (const slug of [
      'outils/explorateur',
      'formateurs',
      'migrants',
      '',
      'glossaire',
      'a-propos',
    ])
      expect(hasSheet(slug), slug).toBe(false);
  });
});

describe("a page's sections", () => {
  it('cuts the content at each h2, with what comes before the first one as its own section', () => {
    const wrapper = (id: string) =>
      `<div class="sl-heading-wrapper level-h2"><h2 id="${id}" class="i-people">T</h2><a class="sl-anchor-link" href="#${id}">#</a></div>`;
    const html = `<p>Intro</p>\n${wrapper('qui')}\n<p>A</p><h3 id="sous">S</h3>\n${wrapper('comment')}<ul><li>B</li></ul>`;
    const sections = splitSections(html);
    expect(sections.map((s) => s.id)).toEqual(['', 'qui', 'comment']);
    expect(sections.map((s) => s.html).join('')).toBe(html);
    expect(sections[1]!.html).toContain('<h3 id="sous">');
    expect(
      sections[2]!.html.startsWith('<div class="sl-heading-wrapper level-h2"><h2 id="comment"'),
    ).toBe(true);
  });
  it('has no empty first section when the page starts with a heading', () => {
    expect(splitSections('\n<h2 id="a">A</h2><p>x</p>').map((s) => s.id)).toEqual(['a']);
  });
});

describe("a section's language-neutral link", () => {
  it('is the /go/ address of the page and section, under the base', () => {
    expect(goLink('https://example.org/guide/', 'migrants/retour-aide', 'qui-peut')).toBe(
      'https://example.org/guide/go/migrants/retour-aide/#qui-peut',
    );
    expect(goLink('https://example.org/', 'praticiens/avrr', '')).toBe(
      'https://example.org/go/praticiens/avrr/',
    );
  });
});

/** The dark modules of the SVG `qrcode` draws (rows of `h` runs), as an RGBA image with a quiet zone. */
function pixels(svg: string, scale = 4, quiet = 4) {
  const size = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)![1]);
  const side = (size + 2 * quiet) * scale;
  const data = new Uint8ClampedArray(side * side * 4).fill(255);
  const path = /<path stroke="#000000" d="([^"]+)"/.exec(svg)![1]!;
  let x = 0;
  let y = 0;
  for (const [, op, a, b] of path.matchAll(/([MmHhVv])([-\d.]+)(?:\s([-\d.]+))?/g)) {
    if (op === 'M') [x, y] = [Number(a), Number(b)];
    else if (op === 'm') [x, y] = [x + Number(a), y + Number(b)];
    else if (op === 'h') {
      for (let i = 0; i < Number(a); i++) {
        for (let dy = 0; dy < scale; dy++)
          for (let dx = 0; dx < scale; dx++) {
            const px = (x + i + quiet) * scale + dx;
            const py = (Math.floor(y) + quiet) * scale + dy;
            data.fill(0, (py * side + px) * 4, (py * side + px) * 4 + 3);
          }
      }
      x += Number(a);
    }
  }
  return { data, side };
}

describe('the QR codes', () => {
  const link = 'https://solutions-durables.example.org/go/formateurs/module-2-avrr/#principes';

  it('hold the section link, readable by a decoder', async () => {
    const { data, side } = pixels(await qrSvg(link));
    expect(jsQR(data, side, side)?.data).toBe(link);
  });

  it('are made once per link and reused by every language', async () => {
    expect(qrSvg(link)).toBe(qrSvg(link));
  });

  it('stay small: no margin, lowest error correction, one path of runs', async () => {
    const svg = await qrSvg(link);
    expect(svg).toMatch(/^<svg viewBox="0 0 (\d+) \1"/);
    expect(Number(/viewBox="0 0 (\d+)/.exec(svg)![1])).toBeLessThanOrEqual(41);
    expect(svg.length).toBeLessThan(3500);
  });

  it('get a role and a name, escaped', () => {
    expect(
      withAttributes('<svg viewBox="0 0 21 21"><path/></svg>', {
        role: 'img',
        'aria-label': 'Code "QR" & <b>',
      }),
    ).toBe(
      '<svg role="img" aria-label="Code &quot;QR&quot; &amp; &lt;b>" viewBox="0 0 21 21"><path/></svg>',
    );
  });
});

describe('the sheets stay out of the sitemap and the offline copy', () => {
  it('knows a sheet by its address or its built file', () => {
    expect(isSheetPath('fr/migrants/retour-aide/deux-langues/index.html')).toBe(true);
    expect(isSheetPath('https://x.org/ar/praticiens/avrr/deux-langues/')).toBe(true);
    expect(isSheetPath('fr/migrants/retour-aide/index.html')).toBe(false);
  });
  it('removes only the sheets from the sitemap', () => {
    const page =
      '<url><loc>https://x.org/fr/a/b/</loc><xhtml:link href="https://x.org/en/a/b/"/></url>';
    const sheet =
      '<url><loc>https://x.org/fr/a/b/deux-langues/</loc><xhtml:link href="https://x.org/en/a/b/deux-langues/"/></url>';
    expect(withoutSheets(`<urlset>${page}${sheet}${page}</urlset>`)).toBe(
      `<urlset>${page}${page}</urlset>`,
    );
  });
});
