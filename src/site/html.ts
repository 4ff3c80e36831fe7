/**
 * Small helpers over parse5's tree, for the features that rewrite a page's rendered HTML
 * (glossary links, wide tables). Parsing, never regular expressions: markup around what a
 * feature changes is kept as it was.
 */
import { defaultTreeAdapter as tree, html as spec, parseFragment, serialize } from 'parse5';
import type { DefaultTreeAdapterTypes as T } from 'parse5';

export type { T };

/** The value of an element's attribute, or undefined when it has none. */
export const attr = (el: T.Element, name: string): string | undefined =>
  el.attrs.find((a) => a.name === name)?.value;

/** Sets an attribute, first among the element's attributes when it is new. */
export function setAttr(el: T.Element, name: string, value: string): void {
  const own = el.attrs.find((a) => a.name === name);
  if (own) own.value = value;
  else el.attrs.unshift({ name, value });
}

/** Whether the element's class list holds one of `list`. */
export const hasClass = (el: T.Element, list: readonly string[]): boolean => {
  const classes = (attr(el, 'class') ?? '').split(/\s+/);
  return list.some((c) => classes.includes(c));
};

export const isElement = (node: T.ChildNode | T.ParentNode): node is T.Element => 'tagName' in node;

/** The text a node holds, tags left out. */
export function textOf(node: T.ChildNode): string {
  if (node.nodeName === '#text') return (node as T.TextNode).value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

/** Every element under `parent`, in document order. */
export function* elementsOf(parent: T.ParentNode): Generator<T.Element> {
  for (const node of parent.childNodes) {
    if (!isElement(node)) continue;
    yield node;
    yield* elementsOf(node);
    if (node.tagName === 'template') yield* elementsOf(tree.getTemplateContent(node as T.Template));
  }
}

/** Puts `wrapper`, a new HTML element, where `node` was, with `node` inside it. */
export function wrap(node: T.Element, tagName: string, attrs: T.Element['attrs']): T.Element {
  const parent = node.parentNode!;
  const wrapper = tree.createElement(tagName, spec.NS.HTML, attrs);
  parent.childNodes.splice(parent.childNodes.indexOf(node), 1, wrapper);
  wrapper.parentNode = parent;
  wrapper.childNodes.push(node);
  node.parentNode = wrapper;
  return wrapper;
}

/** A step that changes a parsed fragment in place. */
export type HtmlStep = (fragment: T.DocumentFragment) => void;

/**
 * Rendered HTML changed by `steps`, in order, over one parse and one serialisation. Scripts are
 * read as off, as a browser without JavaScript reads them: what a `<noscript>` holds (a tool's
 * fallback) is markup that a step can see, not raw text; each step decides whether to look.
 */
export function rewriteHtml(html: string, steps: readonly (HtmlStep | undefined)[]): string {
  const fragment = parseFragment(html, { scriptingEnabled: false });
  for (const step of steps) step?.(fragment);
  return serialize(fragment, { scriptingEnabled: false });
}
