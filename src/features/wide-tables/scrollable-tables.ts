/**
 * A table wider than a phone scrolls sideways inside its own box. A keyboard user can only
 * scroll a box that takes focus, and a screen reader user should hear what the box holds
 * (WCAG 2.1.1; axe `scrollable-region-focusable`). So every table of rendered Markdown is put
 * in a focusable region named by the table's caption or, without one, by the heading above it.
 */
import { attr, elementsOf, hasClass, setAttr, textOf, wrap, type T } from '../../site/html.ts';

let counter = 0;
const newId = (what: string) => `table-${what}-${++counter}`;

/** The element's id, given a new one first if it has none. */
function idOf(el: T.Element, what: string): string {
  const own = attr(el, 'id');
  if (own) return own;
  const id = newId(what);
  setAttr(el, 'id', id);
  return id;
}

interface Heading {
  level: number;
  id: string;
  text: string;
}

/**
 * The ids that name a table's region: its caption's (given an id if it has none), else the
 * heading above it. No two regions of a page may share a name (a handout holds several pages,
 * which may have headings of the same words): a repeated name is preceded by the heading one
 * level up (in a handout, the page's title), then followed by the table's first header cell.
 */
function labelOf(table: T.Element, headings: Heading[], names: Set<string>): string[] {
  const inside = [...elementsOf(table)];
  const caption = inside.find((el) => el.tagName === 'caption');
  if (caption) return [idOf(caption, 'caption')];
  const heading = headings.at(-1);
  if (!heading) return [];
  const candidates = [[heading]];
  const above = headings.findLast((h) => h.level < heading.level);
  if (above) candidates.push([above, heading]);
  const header = inside.find((el) => el.tagName === 'th');
  if (header) {
    // Given an id only if the name needs it.
    const id = attr(header, 'id') ?? `table-header-${counter + 1}`;
    candidates.push([...candidates.at(-1)!, { level: 7, id, text: textOf(header).trim() }]);
  }
  const name = (c: Heading[]) => c.map((h) => h.text).join(' ');
  const chosen = candidates.find((c) => !names.has(name(c))) ?? candidates.at(-1)!;
  names.add(name(chosen));
  if (header && chosen.at(-1)!.level === 7 && !attr(header, 'id')) idOf(header, 'header');
  return chosen.map((h) => h.id);
}

/**
 * Wraps each `<table>` of the fragment in `<div class="table-scroll" role="region"
 * tabindex="0" aria-labelledby="…">` (without `role` and the name when nothing names it).
 * A table already wrapped is left as it is.
 */
export function wrapTables(fragment: T.DocumentFragment): void {
  const names = new Set<string>();
  const headings: Heading[] = [];
  for (const el of [...elementsOf(fragment)]) {
    const level = /^h([1-6])$/.exec(el.tagName)?.[1];
    const id = attr(el, 'id');
    if (level && id) headings.push({ level: Number(level), id, text: textOf(el).trim() });
    if (el.tagName !== 'table') continue;
    const parent = el.parentNode!;
    if ('tagName' in parent && hasClass(parent as T.Element, ['table-scroll'])) continue;
    const ids = labelOf(el, headings, names);
    wrap(el, 'div', [
      { name: 'class', value: 'table-scroll' },
      { name: 'tabindex', value: '0' },
      ...(ids.length
        ? [
            { name: 'role', value: 'region' },
            { name: 'aria-labelledby', value: ids.join(' ') },
          ]
        : []),
    ]);
  }
}
