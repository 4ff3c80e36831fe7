import { parseFragment } from 'parse5';

import { attr, elementsOf, hasClass, isElement, type T } from '../../site/html.ts';

/**
 * The few icons the pages show (language, search, menu, arrows, section links, asides), as
 * short line drawings in the style of the section icons (./section-icons.css): on a 24 × 24
 * grid, drawn with a 2-unit round stroke by the `.line-icon` rule in src/styles/site.css.
 * Starlight's own drawings are filled outlines with long paths, several hundred bytes each,
 * repeated on every page (the section-link one once per heading); these say the same in a
 * fifth of the bytes.
 */
export const lineIcons = {
  language:
    '<circle cx="12" cy="12" r="9"/><path d="M3 12h18M12 3c3 3 3 15 0 18M12 3c-3 3-3 15 0 18"/>',
  listen: '<path d="M4 9h4l5-4v14l-5-4H4zM16 9a4 4 0 0 1 0 6M19 6a8 8 0 0 1 0 12"/>',
  search: '<circle cx="11" cy="11" r="7"/><path d="m20 20-4-4"/>',
  menu: '<path d="M4 7h16M4 12h16M4 17h16"/>',
  close: '<path d="m6 6 12 12M18 6 6 18"/>',
  /** Points right: "next" in a left-to-right page, "previous" in a right-to-left one. */
  right: '<path d="M5 12h14m-6-6 6 6-6 6"/>',
  left: '<path d="M19 12H5m6-6-6 6 6 6"/>',
  link: '<path d="M10 14a4 4 0 0 0 6 0l3-3a4 4 0 0 0-6-6l-1 1M14 10a4 4 0 0 0-6 0l-3 3a4 4 0 0 0 6 6l1-1"/>',
  note: '<circle cx="12" cy="12" r="9"/><path d="M12 11v6m0-9.5v.5"/>',
  tip: '<path d="M9 18h6m-5 3h4M12 3a6 6 0 0 0-4 10.5c.6.6 1 1.5 1 2.5h6c0-1 .4-1.9 1-2.5A6 6 0 0 0 12 3z"/>',
  caution: '<path d="M12 3 2 20h20zm0 6v5m0 3v.5"/>',
  danger: '<path d="M8 3h8l5 5v8l-5 5H8l-5-5V8zm4 5v5m0 3v.5"/>',
} as const;

export type LineIconName = keyof typeof lineIcons;

/** The markup of an icon: decorative (hidden from screen readers), sized by the text. */
export const lineIcon = (name: LineIconName, className = '') =>
  `<svg aria-hidden="true" class="line-icon${className ? ` ${className}` : ''}" width="16" height="16" viewBox="0 0 24 24">${lineIcons[name]}</svg>`;

/** Puts the icon's drawing where `holder`'s first child, Starlight's drawing, was. */
function redraw(holder: T.Element, icon: string): void {
  const drawing = holder.childNodes.findIndex((n) => isElement(n) && n.tagName === 'svg');
  if (drawing !== 0) return;
  const [svg] = parseFragment(icon).childNodes;
  svg!.parentNode = holder;
  holder.childNodes.splice(drawing, 1, svg!);
}

/** The kind of a Starlight aside (`note`, `tip`…), from its class. */
const asideKind = (aside: T.Element) =>
  /\bstarlight-aside--(\w+)\b/.exec(attr(aside, 'class') ?? '')?.[1];

/**
 * Rendered Markdown with the section-link and aside icons that Starlight draws replaced by
 * these: same place and classes, fewer bytes. Markup it does not recognise is left as it is.
 * Headings inside `<noscript>` (a tool's fallback without JavaScript) are redrawn too.
 */
export function compactIcons(fragment: T.DocumentFragment): void {
  for (const el of [...elementsOf(fragment)]) {
    if (el.tagName === 'span' && hasClass(el, ['sl-anchor-icon'])) redraw(el, lineIcon('link'));
    const kind = el.tagName === 'aside' ? asideKind(el) : undefined;
    if (!kind || !(kind in lineIcons)) continue;
    const title = el.childNodes.find(isElement);
    if (title?.tagName === 'p' && hasClass(title, ['starlight-aside__title'])) {
      redraw(title, lineIcon(kind as LineIconName, 'starlight-aside__icon'));
    }
  }
}
