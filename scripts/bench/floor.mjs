/**
 * A page's floor: the smallest document that still carries what the page says. Its gzip -9
 * size is what any site would have to send for the same content, so "total / floor" tells
 * how much the rest (styles, scripts, navigation, search, markup) costs on top.
 *
 * The floor of a page is, from its built HTML as the server sends it (before any script runs):
 *   <!doctype html><html lang="…" dir="…"><meta charset="utf-8"><title>…</title><main>…</main></html>
 * with the page's own `lang`, `dir` and `<title>`, and its `<main>` element, from which
 * - `script`, `style`, `link`, `svg`, `template`, `noscript` elements and comments are removed;
 * - elements that are hidden (`hidden`, `aria-hidden="true"`, `inert`, `input type=hidden`) are
 *   removed: controls waiting for a script to show them, decorative icons;
 * - custom elements (a hyphen in the name: `astro-island`, `copy-link`…) are replaced by their
 *   children: they are hooks for scripts, not meaning;
 * - `class`, `style` and `data-*` attributes are removed (ids, `lang`, `dir`, `href` and ARIA stay).
 * Page whitespace is kept as built.
 */

/**
 * Runs in the browser (Playwright `page.evaluate`): parses `html` without running its scripts
 * and returns the floor document, or null when the page has no `<main>`.
 *
 * @param {string} html
 * @returns {string | null}
 */
export function floorDocument(html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const main = doc.querySelector('main');
  if (!main) return null;
  main
    .querySelectorAll(
      'script, style, link, svg, template, noscript, [hidden], [aria-hidden="true"], [inert], input[type="hidden"]',
    )
    .forEach((el) => el.remove());
  const comments = doc.createTreeWalker(main, NodeFilter.SHOW_COMMENT);
  const found = [];
  while (comments.nextNode()) found.push(comments.currentNode);
  found.forEach((c) => c.parentNode?.removeChild(c));
  // Deepest first, so nested custom elements are unwrapped too.
  [...main.querySelectorAll('*')]
    .reverse()
    .filter((el) => el.localName.includes('-'))
    .forEach((el) => el.replaceWith(...el.childNodes));
  for (const el of [main, ...main.querySelectorAll('*')]) {
    for (const { name } of [...el.attributes]) {
      if (name === 'class' || name === 'style' || name.startsWith('data-')) {
        el.removeAttribute(name);
      }
    }
  }
  const root = doc.documentElement;
  const attr = (/** @type {string} */ value) =>
    value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const text = (/** @type {string} */ value) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return (
    `<!doctype html><html lang="${attr(root.lang)}" dir="${attr(root.dir || 'ltr')}">` +
    `<meta charset="utf-8"><title>${text(doc.title)}</title>${main.outerHTML}</html>`
  );
}
