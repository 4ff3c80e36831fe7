import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sitePages } from './site-pages';

/**
 * `_headers`, as the hosts the README names read it. Cloudflare Pages reads at most 100 rules
 * and 2,000 characters a line (and ignores the rest); Netlify documents no such limit, so
 * Cloudflare's are the ones to keep. Each page must get the headers a <meta> policy cannot
 * give, from whichever rules match its address (a `*` matches anything, as on both hosts).
 */
const outDir = process.env.OUT_DIR || 'dist';
const text = readFileSync(join(import.meta.dirname, '../..', outDir, '_headers'), 'utf8');

type Rule = { pattern: string; headers: [string, string][] };
const rules: Rule[] = [];
for (const line of text.split('\n')) {
  if (!line.trim() || line.trimStart().startsWith('#')) continue;
  if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
  else {
    const at = line.indexOf(':');
    rules.at(-1)!.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
  }
}

const matches = (pattern: string, path: string) =>
  new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:\w+/g, '[^/]+'))
      .join('.*')}$`,
  ).test(path);

/** The headers a page gets: those of every rule that matches it. */
const headersOf = (path: string) =>
  rules.filter((r) => matches(r.pattern, path)).flatMap((r) => r.headers);

test('_headers has at most 100 rules and no line over 2,000 characters (Cloudflare Pages)', () => {
  expect(rules.length).toBeGreaterThan(0);
  expect(rules.length).toBeLessThanOrEqual(100);
  const long = text.split('\n').filter((line) => line.length > 2000);
  expect(long.map((line) => line.slice(0, 80))).toEqual([]);
});

test('every page gets frame-ancestors none, Referrer-Policy, nosniff and Permissions-Policy', () => {
  const pages = sitePages();
  expect(pages.length).toBeGreaterThan(100);
  for (const path of pages) {
    const headers = headersOf(path);
    const value = (name: string) =>
      headers.filter(([k]) => k.toLowerCase() === name.toLowerCase()).map(([, v]) => v);
    expect(value('Content-Security-Policy').join(';'), path).toMatch(/frame-ancestors 'none'/);
    expect(value('Referrer-Policy'), path).toEqual(['no-referrer']);
    expect(value('X-Content-Type-Options'), path).toEqual(['nosniff']);
    const permissions = value('Permissions-Policy');
    expect(permissions, path).toHaveLength(1);
    expect(permissions[0], path).toContain('camera=()');
    // FLoC is gone from browsers: nothing on the site uses interest-cohort.
    expect(permissions[0], path).not.toContain('interest-cohort');
  }
});

test('a page served with _headers carries frame-ancestors none in its policy header', async ({
  request,
}) => {
  const response = await request.get('/fr/migrants/vos-options/');
  expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
});
