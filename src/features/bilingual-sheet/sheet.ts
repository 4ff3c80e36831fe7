import { defaultTreeAdapter as tree, parseFragment, serialize } from 'parse5';

import { attr, hasClass, isElement, type T } from '../../site/html.ts';

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

/**
 * The id of the section a top-level node starts: an `h2` with an id, bare or in Starlight's
 * wrapper (with the section's link icon); undefined for any other node.
 */
function sectionStart(node: T.ChildNode): string | undefined {
  if (!isElement(node)) return undefined;
  const heading =
    node.tagName === 'div' && hasClass(node, ['sl-heading-wrapper'])
      ? node.childNodes.find(isElement)
      : node;
  return heading?.tagName === 'h2' ? attr(heading, 'id') : undefined;
}

/** Some nodes of a parsed fragment written out again as HTML. */
function htmlOf(nodes: T.ChildNode[]): string {
  const holder = tree.createDocumentFragment();
  holder.childNodes = nodes;
  return serialize(holder);
}

/**
 * A page's rendered content cut into its sections: what comes before the first `h2` (id `''`,
 * left out when empty), then each `h2` with what follows it up to the next.
 *
 * @example splitSections('<p>A</p><h2 id="b">B</h2><p>C</p>')
 * // [{ id: '', html: '<p>A</p>' }, { id: 'b', html: '<h2 id="b">B</h2><p>C</p>' }]
 */
export function splitSections(html: string): Section[] {
  const groups: { id: string; nodes: T.ChildNode[] }[] = [{ id: '', nodes: [] }];
  for (const node of parseFragment(html).childNodes) {
    const id = sectionStart(node);
    if (id !== undefined) groups.push({ id, nodes: [] });
    groups.at(-1)!.nodes.push(node);
  }
  return groups
    .map(({ id, nodes }) => ({ id, html: htmlOf(nodes) }))
    .filter((section) => section.id || section.html.trim());
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
