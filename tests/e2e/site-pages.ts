import { readFileSync } from 'node:fs';
import { join } from 'node:path';

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
