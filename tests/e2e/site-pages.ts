import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { declaredTool } from '../../src/site/mdx.ts';

/**
 * Every page of the built site, as paths, read from its sitemap (the site root, which the
 * sitemap leaves out, comes first). Tests that must hold "on every page" iterate over this.
 */
export function sitePages(outDir = process.env.OUT_DIR || 'dist'): string[] {
  const dir = join(import.meta.dirname, '../..', outDir);
  const xml = readFileSync(join(dir, 'sitemap-0.xml'), 'utf8');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  // Language-neutral links (/go/…) forward to a page that is itself in this list; go.spec.ts
  // checks them.
  return ['/', ...paths.filter((p) => p !== '/' && !p.startsWith('/go/'))];
}

/** The language of a path: its first segment, or undefined for the chooser. */
export const langOf = (path: string) => path.split('/')[1] || undefined;

/** The MDX file of a page of the site, when it has one (`/fr/migrants/` → its index.mdx). */
export function sourceOf(path: string): string | undefined {
  const docs = join(import.meta.dirname, '../../content/docs');
  const slug = path.replace(/^\/|\/$/g, '');
  return [`${slug}.mdx`, `${slug}/index.mdx`, `${slug}.md`]
    .map((f) => join(docs, f))
    .find((f) => slug && existsSync(f));
}

/**
 * The tool a page holds, as its source's frontmatter declares it (`tool: explorer`), or
 * undefined.
 */
export function toolOf(path: string): string | undefined {
  const file = sourceOf(path);
  if (!file) return undefined;
  return declaredTool(readFileSync(file, 'utf8'));
}
