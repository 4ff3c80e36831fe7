/**
 * The bilingual sheet's pure parts: which pages have one, how a page's rendered content splits
 * into its sections, and each section's language-neutral link (`/go/<slug>/#<id>`), which its
 * QR code holds.
 */

/**
 * Whether a page (its slug, without the language) has a bilingual sheet: the guidance pages of
 * the migrants' and practitioners' tracks and the training modules. Not the tools (a form to
 * fill in, not text to read side by side), nor the track and home pages (lists of links), the
 * glossary (already a list of terms with their own links), the offline copy or the about page.
 *
 * @example hasSheet('migrants/retour-aide') // true
 * @example hasSheet('outils/explorateur') // false
 */
export const hasSheet = (slug: string): boolean =>
  /^(migrants|praticiens)\/[a-z0-9-]+$|^formateurs\/module-[a-z0-9-]+$/.test(slug);

export interface Section {
  /** The id of the section's `h2`, or `''` for what comes before the first one. */
  id: string;
  html: string;
}

/** The start of a top-level `h2`: Starlight's wrapper (with the section's link icon) or the bare heading. */
const sectionStart = /(?:<div class="sl-heading-wrapper level-h2">\s*)?<h2\b[^>]*?\sid="([^"]+)"/g;

/**
 * A page's rendered content cut into its sections: what comes before the first `h2` (id `''`,
 * left out when empty), then each `h2` with what follows it up to the next.
 *
 * @example splitSections('<p>A</p><h2 id="b">B</h2><p>C</p>')
 * // [{ id: '', html: '<p>A</p>' }, { id: 'b', html: '<h2 id="b">B</h2><p>C</p>' }]
 */
export function splitSections(html: string): Section[] {
  const starts = [...html.matchAll(sectionStart)].map((m) => ({ id: m[1]!, at: m.index }));
  const intro = html.slice(0, starts[0]?.at ?? html.length);
  return [
    ...(intro.trim() ? [{ id: '', html: intro }] : []),
    ...starts.map(({ id, at }, i) => ({ id, html: html.slice(at, starts[i + 1]?.at) })),
  ];
}

/**
 * The language-neutral link to a section of a page, in full: it opens the page in the language
 * of the phone that follows it (src/features/language-chooser/go.route.astro).
 *
 * @param site the site's address with its base, ending with `/`: `https://example.org/guide/`
 * @example goLink('https://example.org/guide/', 'migrants/retour-aide', 'qui-peut')
 * // 'https://example.org/guide/go/migrants/retour-aide/#qui-peut'
 */
export const goLink = (site: string, slug: string, id: string): string =>
  new URL(`go/${slug}/${id ? `#${id}` : ''}`, site).href;
