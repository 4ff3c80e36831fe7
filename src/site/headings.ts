/**
 * Headings with an explicit id, the one way every part of the site reads them (the content
 * checks, the glossary, text measures): `## Qui peut ? { #qui-peut .i-people }`.
 */

/** A heading of level 2 to 6: its hashes, its text, and its attribute block if it has one. */
const HEADING = /^(#{2,6})\s+(.*?)\s*(?:\{([^}]*)\})?\s*$/;

/** Attribute blocks that give an id, wherever they are in a text. */
export const ID_BLOCKS = /\{\s*#[^}]*\}/g;

/**
 * A line read as a heading, or undefined when it is not one.
 *
 * @example headingOf('## Qui peut ? { #qui-peut .i-people }') // { level: 2, text: 'Qui peut ?', id: 'qui-peut' }
 */
export function headingOf(line: string): { level: number; text: string; id?: string } | undefined {
  const m = HEADING.exec(line);
  if (!m) return undefined;
  const id = m[3]?.match(/(?:^|\s)#([^\s}]+)/)?.[1];
  return { level: m[1]!.length, text: m[2]!, ...(id ? { id } : {}) };
}
