#!/usr/bin/env node
/**
 * Checks the built site as a browser would meet it:
 * - links: every internal link and every #fragment in every page resolves (relative links
 *   included, which Starlight's validator does not follow);
 * - markup: the W3C Nu HTML Checker (vnu-jar, on the machine's Java) finds no error.
 *
 * Usage: node scripts/check-built-html.mjs [dist] [--skip-vnu]
 * Ends with "N passed, N failed" and exits non-zero on any failure.
 */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { execFileSync } from 'node:child_process';
import vnu from 'vnu-jar';

const args = process.argv.slice(2);
const root = resolve(args.find((a) => !a.startsWith('--')) ?? 'dist');
const base = process.env.SITE_BASE ?? '/';

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? htmlFiles(join(dir, e.name))
      : e.name.endsWith('.html')
        ? [join(dir, e.name)]
        : [],
  );
}

const pages = htmlFiles(root).filter((f) => !f.includes(`${sep}pagefind${sep}`));
const urlOf = (file) =>
  base +
  relative(root, file)
    .split(sep)
    .join('/')
    .replace(/(^|\/)index\.html$/, '$1');
const idsCache = new Map();
const idsOf = (file) => {
  if (!idsCache.has(file)) {
    const html = readFileSync(file, 'utf8');
    idsCache.set(file, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
  }
  return idsCache.get(file);
};
const fileFor = (pathname) => {
  if (!pathname.startsWith(base)) return undefined;
  const path = join(root, decodeURIComponent(pathname.slice(base.length)));
  if (existsSync(path) && statSync(path).isDirectory()) {
    return existsSync(join(path, 'index.html')) ? join(path, 'index.html') : undefined;
  }
  return existsSync(path) ? path : undefined;
};

const failures = [];
let checkedLinks = 0;
for (const file of pages) {
  const html = readFileSync(file, 'utf8');
  const pageUrl = new URL(urlOf(file), 'http://site.local');
  for (const [, href] of html.matchAll(/<a\s[^>]*?href="([^"]*)"/g)) {
    const url = new URL(href.replaceAll('&amp;', '&'), pageUrl);
    if (url.origin !== pageUrl.origin) continue;
    checkedLinks++;
    const target = fileFor(url.pathname);
    if (!target) {
      failures.push(`${urlOf(file)}: link to a missing page ${href}`);
      continue;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) {
      failures.push(`${urlOf(file)}: link to a missing section ${href}`);
    }
  }
}
console.log(`Links: ${checkedLinks} internal links in ${pages.length} pages checked.`);

let vnuErrors = 0;
if (!args.includes('--skip-vnu')) {
  let out = '';
  try {
    execFileSync('java', ['-jar', vnu, '--errors-only', '--format', 'json', ...pages], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    out = error.stderr || error.stdout || String(error);
  }
  const messages = out ? (JSON.parse(out).messages ?? []) : [];
  for (const m of messages.filter((m) => m.type === 'error')) {
    vnuErrors++;
    const where = m.url ? urlOf(new URL(m.url).pathname) : '';
    failures.push(`${where}:${m.lastLine ?? ''} ${m.message}`);
  }
  console.log(`Nu HTML Checker: ${pages.length} pages checked, ${vnuErrors} errors.`);
}

for (const f of failures.slice(0, 200)) console.log(`  ✗ ${f}`);
const passedPages = pages.length - new Set(failures.map((f) => f.split(':')[0])).size;
console.log(`${passedPages} passed, ${pages.length - passedPages} failed`);
process.exit(failures.length ? 1 : 0);
