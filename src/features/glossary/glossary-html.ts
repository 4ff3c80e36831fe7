/**
 * Links the first use of each glossary term in a page's rendered content to its entry, with a
 * real HTML parser (parse5): the markup around the words is kept as it was.
 *
 * Left alone: headings, existing links, code, emphasis (publication titles are written in bold
 * or italics), form controls, the titles of asides, text hidden from sight or from screen
 * readers, the widgets (and their no-JavaScript fallbacks), and anything inside an element
 * marked `data-no-glossary`. A link the author already wrote to a glossary entry counts as a
 * use of that term and is marked like the generated ones, so that it opens the definition in
 * place too.
 */
import { defaultTreeAdapter as tree, html as spec } from 'parse5';

import { attr, hasClass, textOf, type T } from '../../site/html.ts';

import type { Matcher } from './glossary';

/** The attribute that marks a link to a glossary entry (the script enhances these). */
export const TERM_ATTRIBUTE = 'data-gl';

/** Never looked into: not text a reader sees as such, or a widget's own. */
const OPAQUE_TAGS = new Set([
  ...['astro-island', 'astro-slot', 'iframe', 'math', 'noscript', 'object', 'script'],
  ...['select', 'style', 'svg', 'template', 'textarea', 'title'],
]);
const OPAQUE_ATTRIBUTES = ['hidden', 'inert', 'data-widget', 'data-no-glossary'];
const OPAQUE_CLASSES = ['sr-only'];

/**
 * Where no term is linked (an author's glossary link in them still counts): links, headings,
 * code, controls, abbreviations and definitions, and emphasis, since titles of publications
 * are written in bold or italics.
 */
const NO_LINK_TAGS = new Set([
  ...['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'kbd', 'pre', 'samp', 'var'],
  ...['button', 'label', 'summary', 'abbr', 'dfn', 'b', 'cite', 'em', 'i', 'strong'],
]);
const NO_LINK_CLASSES = ['starlight-aside__title'];

export interface LinkedTerm {
  id: string;
  /** The words as they appear on the page. */
  text: string;
  /** false when the author had already linked them. */
  added: boolean;
}

export interface GlossaryLinkOptions {
  matcher: Matcher;
  /** The ids of the language's glossary entries. */
  ids: ReadonlySet<string>;
  /** The address of an entry, relative to the page (`../../glossaire/#avrr`). */
  href: (id: string) => string;
}

function isOpaque(el: T.Element): boolean {
  return (
    el.namespaceURI !== spec.NS.HTML ||
    OPAQUE_TAGS.has(el.tagName) ||
    OPAQUE_ATTRIBUTES.some((name) => attr(el, name) !== undefined) ||
    attr(el, 'aria-hidden') === 'true' ||
    hasClass(el, OPAQUE_CLASSES)
  );
}

const allowsLinks = (el: T.Element) =>
  !NO_LINK_TAGS.has(el.tagName) && !hasClass(el, NO_LINK_CLASSES);

/** The glossary id an existing link points to (`…/glossaire/#avrr` gives `avrr`). */
export function glossaryIdOf(href: string | undefined): string | undefined {
  return href?.match(/(?:^|\/)glossaire\/#([A-Za-z0-9_-]+)$/)?.[1];
}

/**
 * Links the first use of each term in the fragment, and returns the terms linked, in the order
 * a reader meets them.
 */
export function linkTerms(
  fragment: T.DocumentFragment,
  { matcher, ids, href }: GlossaryLinkOptions,
): LinkedTerm[] {
  const used = new Set<string>();
  const linked: LinkedTerm[] = [];

  const visitText = (node: T.TextNode) => {
    const parent = node.parentNode!;
    const matches = matcher.find(node.value).filter((m) => {
      if (used.has(m.id) || !ids.has(m.id)) return false;
      used.add(m.id);
      return true;
    });
    if (matches.length === 0) return;
    const pieces: T.ChildNode[] = [];
    let at = 0;
    const text = (value: string) => pieces.push({ nodeName: '#text', value, parentNode: parent });
    for (const m of matches) {
      if (m.start > at) text(node.value.slice(at, m.start));
      const words = node.value.slice(m.start, m.end);
      const link = tree.createElement('a', spec.NS.HTML, [
        { name: 'href', value: href(m.id) },
        { name: TERM_ATTRIBUTE, value: '' },
      ]);
      tree.insertText(link, words);
      link.parentNode = parent;
      pieces.push(link);
      linked.push({ id: m.id, text: words, added: true });
      at = m.end;
    }
    if (at < node.value.length) text(node.value.slice(at));
    const index = parent.childNodes.indexOf(node);
    parent.childNodes.splice(index, 1, ...pieces);
  };

  const visit = (parent: T.ParentNode, linking: boolean) => {
    // A copy: visiting a text node replaces it with several nodes.
    for (const node of [...parent.childNodes]) {
      if (node.nodeName === '#text') {
        if (linking) visitText(node as T.TextNode);
      } else if ('tagName' in node) {
        const id = node.tagName === 'a' ? glossaryIdOf(attr(node, 'href')) : undefined;
        if (id && ids.has(id)) {
          if (attr(node, TERM_ATTRIBUTE) === undefined) {
            node.attrs.push({ name: TERM_ATTRIBUTE, value: '' });
          }
          used.add(id);
          linked.push({ id, text: textOf(node), added: false });
        }
        if (!isOpaque(node)) visit(node, linking && allowsLinks(node));
      }
    }
  };

  visit(fragment, true);
  return linked;
}
