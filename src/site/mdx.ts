/**
 * An MDX page's source, cut into its frontmatter and its body: the one definition every
 * reader of page files uses (content checks, translation status, glossary, text measures,
 * tests). Windows line endings are read as Unix ones.
 */

/** The YAML between the opening and closing `---` lines, or undefined without frontmatter. */
export function frontmatterOf(text: string): string | undefined {
  return /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(text.replace(/\r\n/g, '\n'))?.[1];
}

/** Everything after the frontmatter (the whole text when there is none). */
export function bodyOf(text: string): string {
  return text.replace(/\r\n/g, '\n').replace(/^---\n[\s\S]*?\n---(?:\n|$)/, '');
}

/** The `import … from '…'` lines of an MDX body, each with its line ending. */
export const IMPORT_LINES = /^import\s[^\n]*\sfrom\s+['"][^'"\n]+['"];?[ \t]*(?:\n|$)/gm;

/** The tool a page's frontmatter declares (`tool: explorer`, see frontmatter.ts), if any. */
export const declaredTool = (text: string): string | undefined =>
  /^tool:\s*['"]?([\w-]+)['"]?\s*$/m.exec(frontmatterOf(text) ?? '')?.[1];
