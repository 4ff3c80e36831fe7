/**
 * A table wider than a phone scrolls sideways inside its own box. A keyboard user can only
 * scroll a box that takes focus, and a screen reader user should hear what the box holds
 * (WCAG 2.1.1; axe `scrollable-region-focusable`). So every table of rendered Markdown is put
 * in a focusable region named by the table's caption or, without one, by the heading above it.
 */

let counter = 0;
const newId = (what: string) => `table-${what}-${++counter}`;

/** The text of the heading, header cell or caption of id `id`, without tags. */
const textOf = (html: string, id: string) =>
  (new RegExp(`\\sid="${id}"[^>]*>([\\s\\S]*?)</(?:h[1-6]|th|caption)>`).exec(html)?.[1] ?? '')
    .replace(/<[^>]+>/g, '')
    .trim();

/**
 * What names a table's region: its caption (given an id if it has none), else the heading
 * above it. No two regions of a page may share a name (a handout holds several pages, which
 * may have headings of the same words): a repeated name is preceded by the heading one level
 * up (in a handout, the page's title), then followed by the table's first header cell.
 */
function labelOf(
  html: string,
  tableStart: number,
  table: string,
  names: Set<string>,
): { ids: string[]; table: string } {
  const caption = /<caption\b([^>]*)>/.exec(table);
  if (caption) {
    const own = /\sid="([^"]+)"/.exec(caption[1]!);
    if (own) return { ids: [own[1]!], table };
    const id = newId('caption');
    return { ids: [id], table: table.replace(/<caption\b/, `<caption id="${id}"`) };
  }
  const headings = [...html.slice(0, tableStart).matchAll(/<h([1-6])\b[^>]*\sid="([^"]+)"/g)].map(
    (m) => ({ level: Number(m[1]), id: m[2]! }),
  );
  const heading = headings.at(-1);
  if (!heading) return { ids: [], table };
  const candidates = [[heading.id]];
  const above = headings.findLast((h) => h.level < heading.level);
  if (above) candidates.push([above.id, heading.id]);
  let withHeader = table;
  const header = /<th\b([^>]*)>/.exec(table);
  if (header) {
    let id = /\sid="([^"]+)"/.exec(header[1]!)?.[1];
    if (!id) {
      id = newId('header');
      withHeader = table.replace(/<th\b/, `<th id="${id}"`);
    }
    candidates.push([...candidates.at(-1)!, id]);
  }
  const before = html.slice(0, tableStart) + withHeader;
  const name = (ids: string[]) => ids.map((id) => textOf(before, id)).join(' ');
  const ids = candidates.find((c) => !names.has(name(c))) ?? candidates.at(-1)!;
  names.add(name(ids));
  return { ids, table: ids.some((id) => id.startsWith('table-header-')) ? withHeader : table };
}

/**
 * The HTML with each `<table>` wrapped in `<div class="table-scroll" role="region"
 * tabindex="0" aria-labelledby="…">` (without `role` and the name when nothing names it).
 * A table already wrapped is left as it is.
 */
export function scrollableTables(html: string): string {
  const names = new Set<string>();
  return html.replace(
    /(<div class="table-scroll"[^>]*>)?<table\b[\s\S]*?<\/table>/g,
    (whole, wrapped: string | undefined, offset: number) => {
      if (wrapped) return whole;
      const { ids, table } = labelOf(html, offset, whole, names);
      const named = ids.length ? ` role="region" aria-labelledby="${ids.join(' ')}"` : '';
      return `<div class="table-scroll" tabindex="0"${named}>${table}</div>`;
    },
  );
}
